// The `[owl-carousel …]…[/owl-carousel]` gallery as a block of the web editor: staff pick photos
// and the options a reader notices (photos per view, loop, autoplay) in a form; the file keeps the
// shortcode the site already reads (lib/content/shortcodes/owl-carousel.ts). A block read from a
// file and left alone is written back exactly as it was, options and all.

import { parseShortcodeTag } from '../lib/content/shortcodes/parse';
import { DEFAULT_GALLERY_OPTIONS, GALLERY_SHORTCODE, galleryOptionsFromTag } from '../lib/content/shortcodes/owl-carousel';

export interface GalleryPhoto {
  /** The file in the post's folder, e.g. 2023-01-09-1.jpg. */
  src: string;
  /** What the photo shows (its alt text). */
  alt: string;
  /** The Markdown title some older posts give each photo; kept as it was. */
  title?: string;
}

export interface GalleryBlock {
  photos: GalleryPhoto[];
  items: number;
  loop: boolean;
  autoplay: boolean;
  /** The shortcode as read from the file; empty for a new gallery. */
  source: string;
}

/** Options a new gallery starts with; the site's defaults are Owl Carousel's (3 per view, no loop). */
export const NEW_GALLERY = { items: 1, loop: false, autoplay: false } as const;

/** The whole block, from the opening tag on its own line to the closing one. */
export const GALLERY_BLOCK_PATTERN = new RegExp(
  `^\\[${GALLERY_SHORTCODE}(?=[\\s\\]])[^\\n]*\\]\\n(?:[^\\n]*\\n)*?\\[\\/${GALLERY_SHORTCODE}\\]$`,
  'm',
);

const PHOTO_LINE = /^!\[([^\]]*)\]\(\s*(\S+?)(?:\s+"([^"]*)")?\s*\)$/;

/** Reads a block's text (as GALLERY_BLOCK_PATTERN matched it) into the form's values. */
export function readGalleryBlock(source: string): GalleryBlock {
  const lines = source.split('\n');
  const parsed = parseShortcodeTag(lines[0]);
  // The options as the site reads them: Owl Carousel's defaults (3 per view, no loop) when absent.
  const { items, loop, autoplay } = parsed.ok ? galleryOptionsFromTag(parsed.tag).options : DEFAULT_GALLERY_OPTIONS;
  const photos = lines.slice(1, -1).flatMap((line) => {
    const match = PHOTO_LINE.exec(line.trim());
    return match ? [{ src: match[2], alt: match[1], ...(match[3] !== undefined ? { title: match[3] } : {}) }] : [];
  });
  return { photos, items, loop, autoplay, source };
}

/** Writes the block back: unchanged as it was read, else its tag with the form's options. */
export function writeGalleryBlock(block: GalleryBlock): string {
  const next = normaliseBlock(block);
  if (block.source && JSON.stringify({ ...readGalleryBlock(block.source), source: '' }) === JSON.stringify({ ...next, source: '' })) return block.source;
  const tag = writeTag(block.source ? block.source.split('\n')[0] : null, next);
  const photos = next.photos.map((photo) => `![${photo.alt.replace(/[[\]]/g, '')}](${photo.src}${photo.title !== undefined ? ` "${photo.title.replace(/"/g, '')}"` : ''})`);
  return [tag, ...photos, `[/${GALLERY_SHORTCODE}]`].join('\n');
}

function normaliseBlock(block: GalleryBlock): GalleryBlock {
  const items = Number(block.items);
  return {
    photos: (block.photos ?? [])
      .filter((photo) => photo && typeof photo.src === 'string' && photo.src.trim() !== '')
      .map((photo) => ({ src: photo.src.trim(), alt: (photo.alt ?? '').trim(), ...(photo.title !== undefined && photo.title !== null ? { title: photo.title } : {}) })),
    items: Number.isInteger(items) && items > 0 ? items : NEW_GALLERY.items,
    loop: block.loop === true,
    autoplay: block.autoplay === true,
    source: block.source ?? '',
  };
}

/** The opening tag with the form's options: the old tag's text with only changed values replaced. */
function writeTag(old: string | null, block: GalleryBlock): string {
  const options: Array<[string, string]> = [['items', String(block.items)], ['loop', String(block.loop)], ['autoplay', String(block.autoplay)]];
  if (old === null) return `[${GALLERY_SHORTCODE} ${options.map(([name, value]) => `${name}=${value}`).join(' ')}]`;
  let tag = old;
  for (const [name, value] of options) {
    const written = new RegExp(`(\\s${name}=)("[^"]*"|[^\\s\\]]*)`);
    if (written.test(tag)) tag = tag.replace(written, (_, head: string, current: string) => (current.replace(/"/g, '') === value ? head + current : head + value));
    else tag = tag.replace(/\s*\]$/, ` ${name}=${value}]`);
  }
  return tag;
}
