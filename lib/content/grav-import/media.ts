// Pictures of an imported post: every local picture Grav showed becomes a file in the post's folder
// under a name the site accepts (lib/content/images.ts), and every reference to it is rewritten;
// pictures and players on other sites become plain links. Nothing is dropped without a line in
// the report.

import path from 'node:path/posix';
import { isImageFile } from '../images';
import { transliterate } from '../transliterate';
import type { Notes } from './notes';

/** A file to copy into the post: `from` relative to the Grav page folder (may climb out of it). */
export interface MediaCopy {
  from: string;
  as: string;
}

export interface PostMedia {
  /** Whether a path relative to the Grav page folder names a file there. */
  has: (relative: string) => boolean;
  copies: MediaCopy[];
  notes: Notes;
}

const IMAGE_EXTENSION = /\.(?:jpe?g|png|webp|avif|gif)$/i;

/** A name the site serves for `name`: letters transliterated, spaces and signs to `-`, extension kept. */
export function safeMediaName(name: string): string {
  if (isImageFile(name)) return name;
  const extension = path.extname(name).toLowerCase();
  const stem = transliterate(path.basename(name, path.extname(name)))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, '-and-')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${stem || 'image'}${extension}`;
}

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Whether a URL points to another site. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * The post's own name for a local picture `url` (`a b.jpg`, `images/x.jpg?cropZoom=…`), copying it
 * in; null when the file is not there.
 */
export function localPicture(url: string, media: PostMedia): string | null {
  const [target, query = ''] = url.split(/(?=[?#])/);
  const relative = path.normalize(decoded(target).replace(/^\.\//, ''));
  if (!media.has(relative)) return null;
  const existing = media.copies.find((copy) => copy.from === relative);
  if (existing) return `${existing.as}${query}`;
  const safe = safeMediaName(path.basename(relative));
  const extension = path.extname(safe);
  let as = safe;
  for (let n = 2; media.copies.some((copy) => copy.as === as); n++) as = `${safe.slice(0, safe.length - extension.length)}-${n}${extension}`;
  media.copies.push({ from: relative, as });
  if (as !== relative) media.notes.change(`picture '${relative}' copied as '${as}'`);
  return `${as}${query}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname.replace(/^www\./, '');
  } catch {
    return 'another site';
  }
}

/** Link text for something on another site that Grav showed in the page. */
function externalLabel(url: string, alt: string): string {
  const host = hostOf(url);
  if (alt.trim()) return `${alt.trim()} (${host})`;
  if (/youtube\.com|youtu\.be|vimeo\.com/.test(host)) return `Video on ${host}`;
  if (/soundcloud\.com|spotify\.com|mixcloud\.com/.test(host)) return `Audio on ${host}`;
  return IMAGE_EXTENSION.test(url.split(/[?#]/)[0]) ? `Picture on ${host}` : `Content on ${host}`;
}

/** A Markdown link to what Grav embedded from another site, with a line in the report. */
export function externalLink(url: string, alt: string, what: string, notes: Notes): string {
  const href = url.startsWith('//') ? `https:${url}` : url;
  notes.person(`${what} on another site (${href}) is now a link: the site shows no pictures or players from other sites`);
  return `[${externalLabel(href, alt).replace(/[[\]]/g, '')}](${href})`;
}

/** Reads `![alt](url "title")` targets, with `<a b.jpg>` and raw spaces (which Parsedown allowed in names). */
const INLINE_IMAGE = /!\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>]*>|[^)\s]+(?:\s+[^)"'\s][^)\s]*)*?)(\s+"[^"]*"|\s+'[^']*')?\s*\)/g;

/** Rewrites every Markdown and HTML picture of `body` (reference-style ones made inline first). */
export function rewritePictures(body: string, media: PostMedia): string {
  const definitions = new Map<string, { url: string; title?: string }>();
  for (const match of body.matchAll(/^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?(?:\s+["'(](.*)["')])?\s*$/gm)) {
    definitions.set(match[1].toLowerCase(), { url: match[2], title: match[3] });
  }
  // ![alt][id], ![alt][] and ![id]: made inline so that every picture is rewritten in one way.
  let result = body.replace(/!\[((?:[^\]\\]|\\.)*)\](?:\[([^\]]*)\])?(?!\()/g, (whole, alt: string, id: string | undefined) => {
    const definition = definitions.get((id || alt).toLowerCase());
    if (!definition) return whole;
    return `![${alt}](${definition.url.includes(' ') ? `<${definition.url}>` : definition.url}${definition.title ? ` "${definition.title}"` : ''})`;
  });
  result = result.replace(INLINE_IMAGE, (whole, alt: string, rawTarget: string, title = '') => {
    const target = rawTarget.startsWith('<') ? rawTarget.slice(1, -1) : rawTarget;
    if (isExternal(target)) return externalLink(target, alt, 'a picture or player', media.notes);
    const local = localPicture(target, media);
    if (local === null) {
      media.notes.person(`picture '${target}' is not in the Grav folder: removed${alt ? ` (its description was '${alt}')` : ''}`);
      return '';
    }
    return `![${alt}](${local}${title})`;
  });
  // Raw HTML pictures: the site shows no raw HTML, so a picture in <img> becomes a Markdown one.
  result = result.replace(/<img\b([^>]*?)\/?>/gi, (whole, attributes: string) => {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes)?.slice(1).find((v) => v !== undefined);
    const src = attribute('src');
    const alt = attribute('alt') ?? '';
    if (!src) return whole;
    if (isExternal(src)) return externalLink(src, alt, 'a picture', media.notes);
    const local = localPicture(src, media);
    if (local === null) {
      media.notes.person(`picture '${src}' (in HTML) is not in the Grav folder: removed`);
      return '';
    }
    media.notes.change(`HTML picture '${src}' written as Markdown`);
    return `![${alt.replace(/[[\]]/g, '')}](${local})`;
  });
  result = result.replace(/<iframe\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>\s*<\/iframe>/gi, (_whole, src: string) => externalLink(src, '', 'an embedded player', media.notes));
  return result;
}
