// [owl-carousel …] … [/owl-carousel] blocks of images, turned into gallery elements for the renderer.

import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { galleryOptionsFromTag, GALLERY_SHORTCODE } from '../shortcodes/owl-carousel';
import { looksLikeTag, parseShortcodeTag } from '../shortcodes/parse';
import { at, type BodyContext, type BodyImage } from './context';
import { resolveImage } from './images';

interface Line {
  line: number;
  nodes: PhrasingContent[];
}

/** A paragraph's inline content, split into source lines at the newlines inside its text. */
function paragraphLines(paragraph: Paragraph): Line[] {
  const first = paragraph.position?.start.line ?? 0;
  const lines: Line[] = [{ line: first, nodes: [] }];
  for (const node of paragraph.children) {
    if (node.type !== 'text') {
      lines[lines.length - 1].nodes.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, i) => {
      if (i > 0) lines.push({ line: lines[lines.length - 1].line + 1, nodes: [] });
      if (part) lines[lines.length - 1].nodes.push({ type: 'text', value: part });
    });
  }
  return lines;
}

function isBlank(nodes: PhrasingContent[]): boolean {
  return nodes.every((node) => node.type === 'text' && node.value.trim() === '');
}

function paragraphOf(lines: Line[]): Paragraph {
  const children: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0) children.push({ type: 'text', value: '\n' });
    children.push(...line.nodes);
  });
  return { type: 'paragraph', children };
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * `[owl-carousel …]` and `[/owl-carousel]` on lines of their own, with images between, become one
 * `<Gallery options images label>` element whose attributes are JSON strings (MDX's blockJS keeps strings).
 * Grav makes a tag line a block of its own and lets it interrupt a paragraph; so do we.
 */
export const remarkGalleries: Plugin<[BodyContext, string[], { seen: number }], Root> =
  (ctx, sourceLines, imageState) => (tree) => {
    const out: RootContent[] = [];
    let open: { line: number; tagLine: string; images: BodyImage[] } | null = null;

    const openGallery = (line: number, raw: string) => {
      if (open) {
        ctx.problems.error(`[${GALLERY_SHORTCODE}] opened on line ${open.line + ctx.lineOffset} is not closed before this one; add [/${GALLERY_SHORTCODE}]`, { line: line + ctx.lineOffset });
      }
      open = { line, tagLine: raw, images: [] };
    };
    const closeGallery = (line: number) => {
      if (!open) {
        ctx.problems.error(`[/${GALLERY_SHORTCODE}] has no opening [${GALLERY_SHORTCODE}] above it`, { line: line + ctx.lineOffset });
        return;
      }
      const parsed = parseShortcodeTag(open.tagLine);
      const { options, problems } = parsed.ok ? galleryOptionsFromTag(parsed.tag) : { options: null, problems: [] };
      for (const problem of problems) {
        const where = { line: open.line + ctx.lineOffset };
        if (problem.severity === 'error') ctx.problems.error(`[${GALLERY_SHORTCODE}] ${problem.message}`, where);
        else ctx.problems.warn(`[${GALLERY_SHORTCODE}] ${problem.message}`, where);
      }
      if (open.images.length === 0) {
        ctx.problems.error(`[${GALLERY_SHORTCODE}] has no images; put one Markdown image per line between the tags`, { line: open.line + ctx.lineOffset });
      }
      if (options) {
        // The first image title names the gallery; without one, the page gives its language's "Photo gallery".
        const label = open.images.find((image) => image.title)?.title;
        const element: MdxJsxFlowElement = {
          type: 'mdxJsxFlowElement',
          name: 'Gallery',
          attributes: [
            stringAttribute('options', JSON.stringify(options)),
            stringAttribute('images', JSON.stringify(open.images)),
            ...(label ? [stringAttribute('label', label)] : []),
          ],
          children: [],
        };
        out.push(element);
      }
      open = null;
    };
    /** Handles a line that looks like a gallery tag; false when it is not one after all. */
    const handleTag = (line: number): boolean => {
      const raw = sourceLines[line - 1] ?? '';
      if (!looksLikeTag(raw, GALLERY_SHORTCODE)) return false;
      const parsed = parseShortcodeTag(raw);
      if (!parsed.ok) {
        ctx.problems.error(`malformed [${GALLERY_SHORTCODE}] tag: ${parsed.reason}`, { line: line + ctx.lineOffset });
        if (raw.trim().startsWith(`[${GALLERY_SHORTCODE}`)) openGallery(line, `[${GALLERY_SHORTCODE}]`);
        return true;
      }
      if (parsed.tag.kind === 'close') closeGallery(line);
      else if (parsed.tag.kind === 'open') openGallery(line, raw);
      else ctx.problems.error(`[${GALLERY_SHORTCODE} /] needs images: write [${GALLERY_SHORTCODE}], the images, then [/${GALLERY_SHORTCODE}]`, { line: line + ctx.lineOffset });
      return true;
    };

    for (const node of tree.children) {
      if (node.type !== 'paragraph') {
        if (open) {
          ctx.problems.error(`only images may stand between [${GALLERY_SHORTCODE}] and [/${GALLERY_SHORTCODE}]; found a ${node.type}`, at(ctx, node.position));
        } else {
          out.push(node);
        }
        continue;
      }
      let pending: Line[] = [];
      const flush = () => {
        if (pending.some((line) => !isBlank(line.nodes))) out.push(paragraphOf(pending));
        pending = [];
      };
      for (const line of paragraphLines(node)) {
        if (line.nodes.every((n) => n.type === 'text') && handleTag(line.line)) {
          flush();
          continue;
        }
        if (!open) {
          pending.push(line);
          continue;
        }
        for (const inline of line.nodes) {
          if (inline.type === 'image') {
            const image = resolveImage(inline, ctx, imageState);
            if (image) (open as { images: BodyImage[] }).images.push(image);
          } else if (!(inline.type === 'text' && inline.value.trim() === '') && inline.type !== 'break') {
            ctx.problems.error(
              `only images may stand between [${GALLERY_SHORTCODE}] and [/${GALLERY_SHORTCODE}]; found '${toString(inline).slice(0, 40)}'`,
              { line: line.line + ctx.lineOffset },
            );
          }
        }
      }
      flush();
    }
    if (open) {
      const { line } = open as { line: number };
      ctx.problems.error(`[${GALLERY_SHORTCODE}] is not closed; add [/${GALLERY_SHORTCODE}] on its own line after the images`, { line: line + ctx.lineOffset });
    }
    tree.children = out;
  };
