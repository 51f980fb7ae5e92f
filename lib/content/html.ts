// A post body as an HTML string with absolute URLs, for feeds. The same remark plugins as the page
// (so the same rules and the same images); galleries become a figure of their images.

import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { profiled } from '../build-profile';
import { bodyPlugins, type BodyImage } from './markdown';
import { renderInput, type Post } from './posts';

type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attributesOf(node: MdxElement): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
      properties[attribute.name] = attribute.value;
    }
  }
  return properties;
}

/** remark-rehype passes MDX elements through; turn them into plain HTML elements. */
const rehypeMdxElements: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
    const mdx = node as unknown as MdxElement;
    const attributes = attributesOf(mdx);
    let replacement: Element;
    if (mdx.name === 'Gallery') {
      const images = JSON.parse(attributes.images ?? '[]') as BodyImage[];
      replacement = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: images.map((image) => ({
          type: 'element',
          tagName: 'img',
          properties: { src: image.src, alt: image.alt, width: image.width, height: image.height },
          children: [],
        })),
      };
    } else {
      replacement = { type: 'element', tagName: mdx.name ?? 'span', properties: attributes, children: (mdx.children ?? []) as unknown as ElementContent[] };
    }
    parent.children[index] = replacement;
  });
};

const rehypeAbsoluteUrls: Plugin<[string], HastRoot> = (origin) => (tree) => {
  visit(tree, 'element', (node) => {
    for (const key of ['src', 'href'] as const) {
      const value = node.properties[key];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[key] = origin + value;
    }
  });
};

/** The post's full HTML (or only its summary) with absolute links and image URLs under `origin`. */
export function postHtml(post: Post, origin: string, part: 'body' | 'summary' = 'body'): string {
  return profiled('feed HTML of a post', () => renderHtml(post, origin, part));
}

function renderHtml(post: Post, origin: string, part: 'body' | 'summary'): string {
  const { source, context } = renderInput(post, part, { eagerFirstImage: false });
  const processor = unified().use(remarkParse);
  if (post.format === 'mdx') processor.use(remarkMdx);
  processor
    .use(bodyPlugins(context, source))
    .use(remarkRehype, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] })
    .use(rehypeMdxElements)
    .use(rehypeAbsoluteUrls, origin);
  const tree = processor.runSync(processor.parse(source)) as HastRoot;
  return toHtml(tree);
}
