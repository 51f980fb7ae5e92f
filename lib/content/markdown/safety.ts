// "Content cannot run code": what an .mdx or .md body may contain, with file:line errors for the rest.

import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { at, type BodyContext } from './context';

/** Elements an `.mdx` post may use: harmless HTML only. Anything else fails the build. */
const ALLOWED_ELEMENTS = new Set([
  'abbr', 'b', 'blockquote', 'br', 'cite', 'del', 'details', 'div', 'em', 'figcaption', 'figure', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 's', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'a',
]);
const ALLOWED_ATTRIBUTES = new Set(['title', 'id', 'lang', 'dir', 'href', 'className', 'colSpan', 'rowSpan', 'open', 'cite']);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|file):/i;

/** Rejects everything in a post that could run code or load from elsewhere, with file:line errors. */
export const remarkContentSafety: Plugin<[BodyContext], Root> = (ctx) => (tree) => {
  visit(tree, (node) => {
    const where = at(ctx, node.position);
    switch (node.type) {
      case 'mdxjsEsm':
        ctx.problems.error('import and export are not allowed in posts: the site provides every component', where);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        ctx.problems.error(
          'JavaScript expressions in { } are not allowed in posts; write \\{ for a literal brace, or name the file index.md for plain Markdown',
          where,
        );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!ALLOWED_ELEMENTS.has(name)) {
          ctx.problems.error(
            `<${name || '>'}> is not allowed in posts${name === 'img' ? ' (use Markdown images: ![description](photo.jpg))' : ''}`,
            where,
          );
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            ctx.problems.error(`<${name}>: spread attributes {…} are not allowed`, where);
          } else if (typeof attribute.value !== 'string' && attribute.value !== null && attribute.value !== undefined) {
            ctx.problems.error(`<${name} ${attribute.name}={…}>: JavaScript attribute values are not allowed; use "text"`, where);
          } else if (!ALLOWED_ATTRIBUTES.has(attribute.name)) {
            ctx.problems.error(`<${name}>: attribute '${attribute.name}' is not allowed`, where);
          } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
            ctx.problems.error(`<${name} ${attribute.name}>: '${attribute.value.slice(0, 40)}' links are not allowed`, where);
          }
        }
        break;
      }
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(node.url)) {
          ctx.problems.error(`link to '${node.url.slice(0, 40)}' is not allowed (only web, mail and page links)`, where);
        } else if (node.url.startsWith('/')) {
          ctx.references?.links.push({ url: node.url, ...where });
        }
        break;
      case 'html':
        // format 'md' drops raw HTML when rendering; say so rather than lose it silently.
        ctx.problems.warn(`raw HTML is not shown on the site: ${node.value.trim().slice(0, 60)}`, where);
        break;
    }
  });
};
