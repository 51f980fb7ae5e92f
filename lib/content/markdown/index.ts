// Remark plugins shared by validation (at load, in `analyzeBody`) and rendering (the MDX module):
// the safety rules (content never runs code), galleries from [owl-carousel], and images resolved to
// files of the post's folder with their real dimensions. One set of rules, so what passes the check renders.
// Split by concern: context.ts (what the plugins share), safety.ts, galleries.ts, images.ts, notes.ts.

import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { BodyContext } from './context';
import { remarkGalleries } from './galleries';
import { remarkImages } from './images';
import { remarkNotes } from './notes';
import { remarkContentSafety } from './safety';

export type { BodyContext, BodyFormat, BodyImage, BodyReferences } from './context';
export { remarkContentSafety, remarkGalleries, remarkImages, remarkNotes };

/** The page's title is the only h1: a `# Heading` in a post becomes h2, and so on down. */
export const remarkDemoteHeadings: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'heading', (node) => {
    node.depth = Math.min(6, node.depth + 1) as typeof node.depth;
  });
};

/** The remark plugins of a post body, in order, for the validator and the renderer alike. */
export function bodyPlugins(ctx: BodyContext, body: string): PluggableList {
  const imageState = { seen: 0 };
  return [
    remarkGfm,
    [remarkContentSafety, ctx],
    [remarkGalleries, ctx, body.split('\n'), imageState],
    [remarkImages, ctx, imageState],
    remarkNotes,
    remarkDemoteHeadings,
  ];
}

/** Parses and checks a body the way the renderer will, reporting problems; returns its plain text. */
export function analyzeBody(body: string, ctx: BodyContext): { text: string } {
  const processor = unified().use(remarkParse);
  if (ctx.format === 'mdx') processor.use(remarkMdx);
  processor.use(bodyPlugins(ctx, body));
  const file = new VFile({ value: body });
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(file), file) as Root;
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
    const start = place && 'start' in place && place.start ? place.start : (place as { line?: number; column?: number } | undefined);
    const reason = (error as { reason?: string }).reason ?? String(error);
    ctx.problems.error(
      `${ctx.format === 'mdx' ? 'MDX' : 'Markdown'} does not compile: ${reason}` +
        (ctx.format === 'mdx' ? " (for plain Markdown where { } and < are text, name the file index.md)" : ''),
      { line: start?.line ? start.line + ctx.lineOffset : undefined, column: start?.column },
    );
    return { text: '' };
  }
  return { text: plainText(tree) };
}

/** The readable text of a tree, block by block, without galleries and image descriptions. */
export function plainText(tree: Root): string {
  return tree.children
    .filter((node) => node.type !== 'mdxJsxFlowElement' && node.type !== 'html')
    .map((node) => toString(node, { includeImageAlt: false, includeHtml: false }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
