// Remark plugins shared by validation (at load, in `analyzeBody`) and rendering (the MDX module):
// the safety rules (content never runs code), galleries from [owl-carousel], and images resolved to
// files of the post's folder with their real dimensions. One set of rules, so what passes the check renders.

import type { Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ProblemList } from './errors';
import { parseImageReference, type ImageFile } from './images';
import { galleryOptionsFromTag, GALLERY_SHORTCODE } from './shortcodes/owl-carousel';
import { looksLikeTag, parseShortcodeTag } from './shortcodes/parse';

export type BodyFormat = 'md' | 'mdx';

export interface BodyContext {
  format: BodyFormat;
  slug: string;
  /** The post folder's images, by file name. */
  images: ReadonlyMap<string, ImageFile>;
  /** Lines of the file before the body, added to positions in messages. */
  lineOffset: number;
  problems: ProblemList;
  /** Whether the first image of this body is the page's first visible image (then it loads eagerly). */
  eagerFirstImage: boolean;
  /** When given, collects what the body refers to, for the content check. */
  references?: BodyReferences;
}

export interface BodyReferences {
  /** File names of the post's folder that the body shows. */
  images: Set<string>;
  /** Links to pages of this site (`/news/<slug>`), with where they are. */
  links: Array<{ url: string; line?: number; column?: number }>;
}

/** A resolved image as the renderer receives it. */
export interface BodyImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  title?: string;
  /** Grav `cropZoom=w,h`: shown in that aspect ratio, cropped to cover. */
  crop?: { width: number; height: number };
  className?: string;
  eager: boolean;
}

/** Elements an `.mdx` post may use: harmless HTML only. Anything else fails the build. */
const ALLOWED_ELEMENTS = new Set([
  'abbr', 'b', 'blockquote', 'br', 'cite', 'del', 'details', 'div', 'em', 'figcaption', 'figure', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'q', 's', 'small', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul', 'a',
]);
const ALLOWED_ATTRIBUTES = new Set(['title', 'id', 'lang', 'dir', 'href', 'className', 'colSpan', 'rowSpan', 'open', 'cite']);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data|file):/i;

type Position = { start?: { line: number; column: number } } | undefined;

function at(ctx: BodyContext, position: Position): { line?: number; column?: number } {
  const start = position?.start;
  return start ? { line: start.line + ctx.lineOffset, column: start.column } : {};
}

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

function resolveImage(node: Image, ctx: BodyContext, state: { seen: number }): BodyImage | null {
  const parsed = parseImageReference(node.url);
  const where = at(ctx, node.position);
  if (!parsed.ok) {
    ctx.problems.error(parsed.reason, where);
    return null;
  }
  const file = ctx.images.get(parsed.ref.file);
  if (!file) {
    ctx.problems.error(`image '${parsed.ref.file}' does not exist in the post's folder`, where);
    return null;
  }
  const image: BodyImage = {
    src: file.src,
    width: file.width,
    height: file.height,
    // Images keep their Markdown alt text; an empty alt takes the title (as Grav's sidecar fallback did).
    alt: node.alt || node.title || '',
    ...(node.title ? { title: node.title } : {}),
    eager: ctx.eagerFirstImage && state.seen === 0,
  };
  state.seen++;
  ctx.references?.images.add(file.name);
  if (!image.alt) {
    ctx.problems.warn(`image '${file.name}' has no description: write one in ![description](${file.name}) for readers who cannot see it`, where);
  }
  for (const action of parsed.ref.actions) {
    const size = /^(\d+),(\d+)$/.exec(action.value);
    if ((action.name === 'cropZoom' || action.name === 'zoomCrop') && size) {
      image.crop = { width: Number(size[1]), height: Number(size[2]) };
    } else if ((action.name === 'classes' || action.name === 'class') && /^[\w-]+(,[\w-]+)*$/.test(action.value)) {
      image.className = action.value.split(',').join(' ');
    } else if (action.name === 'loading' && (action.value === 'lazy' || action.value === 'eager')) {
      image.eager = action.value === 'eager';
    } else {
      ctx.problems.warn(`image media action '${action.name}${action.value ? `=${action.value}` : ''}' is not applied; the image is shown as it is`, where);
    }
  }
  return image;
}

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

/** Every other image: resolved to its prepared file, with dimensions the renderer passes to next/image. */
export const remarkImages: Plugin<[BodyContext, { seen: number }], Root> = (ctx, imageState) => (tree) => {
  visit(tree, 'image', (node) => {
    const image = resolveImage(node, ctx, imageState);
    if (!image) return;
    node.url = image.src;
    node.alt = image.alt;
    node.data = {
      ...node.data,
      hProperties: {
        width: image.width,
        height: image.height,
        loading: image.eager ? 'eager' : 'lazy',
        ...(image.className ? { className: image.className } : {}),
        ...(image.crop ? { dataCrop: `${image.crop.width}x${image.crop.height}` } : {}),
      },
    };
  });
};

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
