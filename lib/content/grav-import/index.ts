// Converting a Grav blog post folder into one of the site's content folders. Pure: takes the
// folder's file names and texts and the Grav site's settings, returns the files to write, the
// pictures to copy and the notes for the migration report. The CLI (scripts/import-grav.ts) reads
// the disk, copies, checks the result with the site's own loader and writes the report.
// One concern per module: dates.ts, addresses.ts, front-matter.ts, media.ts, body.ts.

import { isMap, parseDocument, type Document } from 'yaml';
import { ProblemList } from '../errors';
import { splitFrontMatter } from '../frontmatter';
import { analyzeBody } from '../markdown';
import { aliasesFor, gravAddresses, gravFolderSlug, siteSlug } from './addresses';
import { convertNotices, convertPluginLinks, convertRawHtml, convertShortcodes } from './body';
import { convertHeader, parseHeader } from './front-matter';
import { localPicture, rewritePictures, type MediaCopy, type PostMedia } from './media';
import { Notes } from './notes';

export { Notes } from './notes';
export type { MediaCopy } from './media';

/** Grav page files of blog posts: `item.md` (Quark, Open Matter), `post.md` (Typhoon), with a language: `item.fr.md`. */
export const GRAV_PAGE = /^(item|post|article|blog-item|blog_item)(?:\.([a-z]{2,3}(?:[-_][a-z0-9]+)?))?\.md$/i;

/** What the Grav site's `user/config/system.yaml` says, with Grav's defaults where it is silent. */
export interface GravSettings {
  /** `pages.dateformat.default`. */
  dateFormat?: string;
  /** `timezone`, else the site's (the Grav server's zone is not in the files). */
  timeZone: string;
  /** `force_lowercase_urls` (default on). */
  lowercase: boolean;
  /** `languages.supported`, the first being Grav's default; empty on a one-language site. */
  languages: string[];
  /** `languages.include_default_lang` (default on): the default language's addresses carried its prefix too. */
  includeDefaultLanguage: boolean;
  /** `home.alias` when `home.hide_in_urls` is on: the home page's children were served without it. */
  hiddenHome?: string;
}

/** What the importer needs of the site it imports into. */
export interface SiteRules {
  languages: readonly string[];
  defaultLanguage: string;
  timeZone: string;
  legacyBlogRoute: string;
}

export interface GravFolder {
  /** The post folder's name, e.g. `01.my-post` or `london-at-night`. */
  name: string;
  /** File names in the folder. */
  files: string[];
  /** Text of each page file and `*.meta.yaml`, by file name. */
  texts: Record<string, string>;
  /** The page file's modification time, Grav's fallback for a missing date. */
  modified: Date;
  /** The Grav route of the folder's parent page: `/blog`. */
  parentRoute: string;
  /** Whether a path relative to the folder (`a.jpg`, `images/b c.png`, `../other/d.jpg`) is a file. */
  has: (relative: string) => boolean;
}

export interface ImportedPost {
  slug: string;
  /** File name → text, for the post's page files. */
  write: Record<string, string>;
  /** Pictures to copy into the post's folder, under the names the text now uses. */
  copy: MediaCopy[];
  /** The old addresses that now redirect to the post (besides `<legacy blog route>/<slug>`). */
  aliases: string[];
  notes: Notes;
}

export type ImportResult = { ok: true; post: ImportedPost } | { ok: false; reason: string };

/** Markdown alt text from Grav `file.jpg.meta.yaml` sidecars where the Markdown has none. */
function applySidecars(body: string, folder: GravFolder, notes: Notes): string {
  let result = body;
  for (const file of folder.files) {
    const sidecar = folder.texts[`${file}.meta.yaml`];
    if (!sidecar) continue;
    const meta = parseDocument(sidecar).toJS() as Record<string, unknown> | null;
    const alt = typeof meta?.alt_text === 'string' ? meta.alt_text : typeof meta?.alt === 'string' ? meta.alt : null;
    if (!alt) continue;
    const forms = [file, encodeURI(file)].map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const empty = new RegExp(`!\\[\\]\\(((?:${forms})(?:[?#][^)\\s]*)?(?:\\s+"[^"]*")?)\\)`, 'g');
    if (empty.test(result)) {
      result = result.replace(empty, (_m, target: string) => `![${alt.replace(/[[\]]/g, '')}](${target})`);
      notes.change(`alt text of '${file}' taken from ${file}.meta.yaml`);
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

interface PageFile {
  file: string;
  /** The language Grav served it in (undefined on a one-language Grav site). */
  gravLanguage?: string;
  /** The site's language it is written in. */
  language: string;
}

/** Which page files become which of the site's languages; the rest are reported and skipped. */
function chooseLanguages(pages: string[], settings: GravSettings, site: SiteRules, notes: Notes): PageFile[] {
  const gravDefault = settings.languages[0];
  const read = pages.map((file) => ({ file, gravLanguage: GRAV_PAGE.exec(file)?.[2]?.toLowerCase() ?? gravDefault }));
  const chosen = new Map<string, PageFile>();
  // A page file with its language wins over the plain one (Grav serves item.en.md for English).
  for (const page of [...read].sort((a, b) => Number(GRAV_PAGE.exec(b.file)?.[2] !== undefined) - Number(GRAV_PAGE.exec(a.file)?.[2] !== undefined))) {
    const language = page.gravLanguage ?? site.defaultLanguage;
    if (!site.languages.includes(language)) continue;
    if (chosen.has(language)) {
      notes.person(`${page.file} skipped: ${chosen.get(language)!.file} is the ${language} version`);
      continue;
    }
    chosen.set(language, { ...page, language });
  }
  for (const page of read) {
    const language = page.gravLanguage ?? site.defaultLanguage;
    if (!site.languages.includes(language) && chosen.size > 0) notes.person(`${page.file} skipped: '${language}' is not one of the site's languages (${site.languages.join(', ')})`);
  }
  if (chosen.size === 0) {
    const page = read.find((p) => !GRAV_PAGE.exec(p.file)?.[2]) ?? read[0];
    notes.person(`no version in one of the site's languages (${site.languages.join(', ')}): ${page.file} (${page.gravLanguage ?? 'no language'}) is imported as ${site.defaultLanguage}; ${read.filter((p) => p !== page).map((p) => p.file).join(', ') || 'no other file'} skipped`);
    chosen.set(site.defaultLanguage, { ...page, language: site.defaultLanguage });
  }
  return [...chosen.values()];
}

function headerOf(doc: Document): Record<string, unknown> {
  return ((isMap(doc.contents) ? doc.toJS() : {}) ?? {}) as Record<string, unknown>;
}

/** Converts one Grav post folder. */
export function importGravFolder(folder: GravFolder, settings: GravSettings, site: SiteRules): ImportResult {
  const pages = folder.files.filter((file) => GRAV_PAGE.test(file)).sort();
  if (pages.length === 0) return { ok: false, reason: 'no item.md or post.md (not a blog post)' };
  const notes = new Notes();
  const media: PostMedia = { has: folder.has, copies: [], notes };
  const chosen = chooseLanguages(pages, settings, site, notes);

  const parsed: Array<PageFile & { doc: Document; body: string }> = [];
  for (const page of chosen) {
    const split = splitFrontMatter(folder.texts[page.file]);
    const header = parseHeader(split.yaml ?? '', notes);
    if (!header.ok) return { ok: false, reason: `${page.file}: ${header.reason}` };
    parsed.push({ ...page, doc: header.doc, body: split.body });
  }
  const primary = parsed.find((page) => page.language === site.defaultLanguage) ?? parsed[0];
  const folderSlug = gravFolderSlug(folder.name);
  const headerSlug = headerOf(primary.doc).slug;
  const gravSlug = typeof headerSlug === 'string' && headerSlug.trim() ? headerSlug.trim() : folderSlug;
  const slug = siteSlug(gravSlug);
  if (!slug) return { ok: false, reason: `cannot make a slug from '${gravSlug}'` };
  if (slug !== gravSlug) notes.change(`slug '${gravSlug}' becomes '${slug}'`);

  const write: Record<string, string> = {};
  const allAliases = new Set<string>();
  for (const page of parsed) {
    const { doc } = page;
    const header = headerOf(doc);
    convertHeader(doc, { file: page.file, folderSlug, modified: folder.modified, rules: { dateFormat: settings.dateFormat, gravTimeZone: settings.timeZone, timeZone: site.timeZone }, media, notes });
    const ownSlug = typeof header.slug === 'string' && header.slug.trim() ? header.slug.trim() : folderSlug;
    if (header.slug !== undefined && header.slug !== slug) {
      doc.delete('slug');
      notes.change(`${page.file}: slug '${String(header.slug)}' removed (the site's slug is '${slug}'; the old address redirects)`);
    }
    const prefixed = settings.languages.length > 0 && page.gravLanguage !== undefined && (page.gravLanguage !== settings.languages[0] || settings.includeDefaultLanguage);
    const addresses = gravAddresses(ownSlug, header as never, {
      parentRoute: folder.parentRoute,
      lowercase: settings.lowercase,
      // The router puts the site's own language prefix before a translation's aliases; only the
      // default language, which has none, needs Grav's.
      languagePrefix: prefixed && page.language === site.defaultLanguage ? `/${page.gravLanguage}` : '',
    });
    const aliases = aliasesFor(addresses, slug, site.legacyBlogRoute);
    if (aliases.length) {
      doc.setIn(['routes', 'aliases'], aliases);
      for (const alias of aliases) allAliases.add(page.language === site.defaultLanguage ? alias : `/${page.language}${alias}`);
    }

    let body = applySidecars(page.body, folder, notes);
    body = convertNotices(body, notes);
    body = convertPluginLinks(body, notes);
    body = convertShortcodes(body, notes);
    body = rewritePictures(body, media);
    body = convertRawHtml(body, notes);
    body = body.replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
    const yaml = doc.toString({ lineWidth: 0 }).replace(/\s+$/, '');
    const extension = isSafeMdx(body, slug) ? 'mdx' : 'md';
    const name = page.language === site.defaultLanguage ? `index.${extension}` : `index.${page.language}.${extension}`;
    write[name] = `---\n${yaml}\n---\n${body}`;
    if (page.gravLanguage && page.gravLanguage !== page.language) notes.change(`${page.file} (${page.gravLanguage}) written as ${name}`);
  }
  // Every picture of the folder comes along (a gallery or "the first image" may use one the text does not name).
  for (const file of folder.files.filter((name) => /\.(?:jpe?g|png|webp|avif|gif)$/i.test(name))) localPicture(file, media);
  for (const alias of allAliases) notes.change(`old address ${alias} redirects here`);
  return { ok: true, post: { slug, write, copy: media.copies, aliases: [...allAliases], notes } };
}

/** Reads the settings that change how Grav read posts from `user/config/system.yaml`. */
export function readGravSettings(systemYaml: string | null, fallbackTimeZone: string): GravSettings {
  const config = (systemYaml ? parseDocument(systemYaml, { version: '1.2', uniqueKeys: false }).toJS() : null) as Record<string, unknown> | null;
  const get = (...keys: string[]): unknown => keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), config);
  const dateFormat = get('pages', 'dateformat', 'default');
  const timeZone = get('timezone');
  const languages = get('languages', 'supported');
  const homeAlias = get('home', 'alias');
  return {
    dateFormat: typeof dateFormat === 'string' && dateFormat.trim() ? dateFormat : undefined,
    timeZone: typeof timeZone === 'string' && timeZone.trim() ? timeZone : fallbackTimeZone,
    lowercase: get('force_lowercase_urls') !== false,
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string').map((l) => l.toLowerCase()) : [],
    includeDefaultLanguage: get('languages', 'include_default_lang') !== false,
    hiddenHome: get('home', 'hide_in_urls') === true && typeof homeAlias === 'string' ? homeAlias : undefined,
  };
}

