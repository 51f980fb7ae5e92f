// Converting a Grav blog post folder into one of our content folders. Pure: takes the folder's
// file names and texts, returns the files to write and a report. The CLI (scripts/import-grav.ts)
// does the reading, copying and printing.

import { isMap, isScalar, parseDocument } from 'yaml';
import { ProblemList } from './errors';
import { splitFrontMatter, SLUG_PATTERN } from './frontmatter';
import { isImageFile } from './images';
import { analyzeBody } from './markdown';
import { formatGravDate } from './dates';
import { slugFromTitle } from './transliterate';

/** Grav page files: `item.md`, or a translation `item.ru.md`. */
export const GRAV_ITEM = /^item(?:\.([a-z]{2}))?\.md$/;
// Grav: PAGE_ORDER_PREFIX_REGEX drops a numeric "01." prefix from folder names.
const ORDER_PREFIX = /^\d+\./;
const KNOWN_SHORTCODES = new Set(['owl-carousel']);

export interface GravFolder {
  /** The post folder's name, e.g. `01.my-post` or `london-at-night`. */
  name: string;
  /** Every file name in the folder. */
  files: string[];
  /** Text of each `item*.md` and `*.meta.yaml`, by file name. */
  texts: Record<string, string>;
  /** The page file's modification time, Grav's fallback for a missing date. */
  modified: Date;
}

export interface ImportedPost {
  slug: string;
  /** File name → text, for index files; images are copied as they are. */
  write: Record<string, string>;
  copy: string[];
  /** Images the text takes from other folders (Grav resolves `../other/x.jpg` on disk): copied in. */
  copyFrom: Array<{ path: string; as: string }>;
  warnings: string[];
}

export type ImportResult = { ok: true; post: ImportedPost } | { ok: false; reason: string };

/** Grav's slug of a folder: prefix dropped, lowercased; made valid for our rules when it is not. */
export function gravSlug(folder: string): string {
  const slug = folder.replace(ORDER_PREFIX, '').toLowerCase();
  return SLUG_PATTERN.test(slug) ? slug : slugFromTitle(slug);
}

/** Markdown alt/title from Grav `file.jpg.meta.yaml` sidecars where the Markdown has none. */
function applySidecars(body: string, folder: GravFolder, warnings: string[]): string {
  let result = body;
  for (const file of folder.files.filter(isImageFile)) {
    const sidecar = folder.texts[`${file}.meta.yaml`];
    if (!sidecar) continue;
    const meta = parseDocument(sidecar).toJS() as Record<string, unknown> | null;
    const alt = typeof meta?.alt_text === 'string' ? meta.alt_text : typeof meta?.alt === 'string' ? meta.alt : null;
    if (!alt) continue;
    const empty = new RegExp(`!\\[\\]\\((${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[?#][^)\\s]*)?(?:\\s+"[^"]*")?)\\)`, 'g');
    if (empty.test(result)) {
      result = result.replace(empty, (_m, target: string) => `![${alt.replace(/[[\]]/g, '')}](${target})`);
      warnings.push(`alt text of '${file}' taken from ${file}.meta.yaml`);
    }
  }
  return result;
}

/** Whether a body reads the same as MDX and as plain Markdown (then it may become .mdx). */
function isSafeMdx(body: string, slug: string): boolean {
  const context = (format: 'md' | 'mdx') => ({ format, slug, images: new Map(), lineOffset: 0, problems: new ProblemList(''), eagerFirstImage: false });
  const asMdx = context('mdx');
  const asMd = context('md');
  const mdx = analyzeBody(body, asMdx).text;
  const md = analyzeBody(body, asMd).text;
  const onlyImageErrors = (list: ProblemList) => list.items.every((p) => p.severity === 'warning' || p.message.includes('does not exist'));
  return onlyImageErrors(asMdx.problems) && mdx === md && !/^( {4}|\t)\S/m.test(body);
}

function importOne(
  folder: GravFolder,
  file: string,
  language: string | undefined,
  slug: string,
  warnings: string[],
  borrowed: ImportedPost['copyFrom'],
): { name: string; text: string } {
  const source = folder.texts[file];
  const split = splitFrontMatter(source);
  const doc = parseDocument(split.yaml ?? '', { version: '1.2' });
  const header = isMap(doc.contents) ? doc.contents : null;
  const has = (key: string) => !!header?.items.some((pair) => isScalar(pair.key) && pair.key.value === key);
  const edits: string[] = [];
  if (!has('date')) {
    // Grav: a page without a date is dated by its file's modification time.
    edits.push(`date: '${formatGravDate(folder.modified, 'Asia/Almaty')}'`);
    warnings.push(`${file}: no date; Grav used the file's time, written as date '${formatGravDate(folder.modified, 'Asia/Almaty')}'`);
  }
  if (!has('title')) {
    const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
    edits.push(`title: '${title}'`);
    warnings.push(`${file}: no title; Grav showed the slug, written as title '${title}'`);
  }
  if (has('hero_image') && !has('header_image_file')) {
    const hero = doc.get('hero_image');
    if (typeof hero === 'string' && folder.files.includes(hero)) {
      edits.push(`header_image_file: '${hero}'`);
      warnings.push(`${file}: Quark's hero_image '${hero}' becomes the header image`);
    }
  }
  let body = applySidecars(split.body, folder, warnings);
  // Grav resolves image paths against the page folder on disk; ours must be in the post's folder.
  body = body.replace(/!\[([^\]]*)\]\((?!https?:|\/\/|\/)([^)\s?#]+\/[^)\s?#]+)([^)]*)\)/g, (whole, alt: string, target: string, rest: string) => {
    const name = target.split('/').pop()!;
    borrowed.push({ path: target, as: name });
    warnings.push(`${file}: image '${target}' from another folder is copied in as '${name}'`);
    return `![${alt}](${name}${rest})`;
  });
  for (const match of body.matchAll(/\[([a-zA-Z0-9-]+)(?:[\s=\]])/g)) {
    const name = match[1];
    if (KNOWN_SHORTCODES.has(name) || !new RegExp(`\\[/${name}\\]`).test(body)) continue;
    warnings.push(`${file}: shortcode [${name}] is not supported and stays as text`);
  }
  body = body.replace(/\n+$/, '\n');
  const yaml = (split.yaml ?? '').replace(/\s+$/, '');
  const front = `---\n${[yaml, ...edits].filter(Boolean).join('\n')}\n---\n`;
  const extension = isSafeMdx(body, slug) ? 'mdx' : 'md';
  return { name: `index${language ? `.${language}` : ''}.${extension}`, text: `${front}${body}` };
}

/** Converts one Grav post folder. */
export function importGravFolder(folder: GravFolder): ImportResult {
  const items = folder.files.filter((file) => GRAV_ITEM.test(file));
  if (items.length === 0) return { ok: false, reason: 'no item.md (not a blog post)' };
  const slug = gravSlug(folder.name);
  if (!slug) return { ok: false, reason: `cannot make a slug from the folder name '${folder.name}'` };
  const warnings: string[] = [];
  if (slug !== folder.name.replace(ORDER_PREFIX, '').toLowerCase()) warnings.push(`folder '${folder.name}' becomes the slug '${slug}'`);
  const write: Record<string, string> = {};
  const copyFrom: ImportedPost['copyFrom'] = [];
  const primary = items.includes('item.md') ? 'item.md' : items[0];
  for (const file of items) {
    const language = file === primary ? undefined : GRAV_ITEM.exec(file)?.[1];
    const { name, text } = importOne(folder, file, language, slug, warnings, copyFrom);
    write[name] = text;
    if (language) warnings.push(`${file} kept as ${name}: translations are not served yet`);
  }
  return { ok: true, post: { slug, write, copy: folder.files.filter(isImageFile), copyFrom, warnings } };
}
