// A Grav page header made one the site reads as Grav did: YAML that Grav's lenient parser took,
// every date in the site's canonical form, an empty title replaced by what Grav showed, true/false
// values the site accepts, and the header picture that the Grav theme showed.

import { isMap, parseDocument, type Document } from 'yaml';
import { FIELDS } from '../frontmatter';
import { canonicalDate, readGravDate } from './dates';
import { localPicture, type PostMedia } from './media';
import type { Notes } from './notes';

export const DATE_FIELDS = ['date', 'publish_date', 'unpublish_date', 'modified'] as const;

export interface HeaderRules {
  /** The Grav site's `pages.dateformat.default`, when known. */
  dateFormat?: string;
  /** The zone the Grav site read dates in. */
  gravTimeZone: string;
  /** The site's zone, in which dates are written. */
  timeZone: string;
}

const parse = (yaml: string) => parseDocument(yaml, { version: '1.2', uniqueKeys: false });

/**
 * Grav read `title: Foo: bar` (an unquoted `: ` in a value) as text, where YAML refuses it; such
 * values are quoted. Returns the document, or the parser's complaint when quoting does not help.
 */
export function parseHeader(yaml: string, notes: Notes): { ok: true; doc: Document } | { ok: false; reason: string } {
  let doc = parse(yaml);
  if (doc.errors.length === 0) return { ok: true, doc };
  const quoted = yaml
    .split('\n')
    .map((line) => {
      const match = /^(\s*(?:- )?[A-Za-z0-9_-]+:[ \t]+)(.*?)\s*$/.exec(line);
      if (!match || /^["'[{|>&*!#]/.test(match[2]) || !/: |\s#/.test(match[2])) return line;
      notes.change(`front matter '${line.trim().slice(0, 60)}' quoted (Grav read the whole value as text)`);
      return `${match[1]}'${match[2].replace(/'/g, "''")}'`;
    })
    .join('\n');
  doc = parse(quoted);
  if (doc.errors.length === 0) return { ok: true, doc };
  return { ok: false, reason: `the front matter is not YAML Grav or the site can read: ${doc.errors[0].message.split('\n')[0]}` };
}

const BOOLEAN_FIELDS = Object.entries(FIELDS).filter(([, field]) => field.type === 'true/false').map(([name]) => name);

/** The header's dates, titles, flags and header picture, rewritten in place. */
export function convertHeader(doc: Document, context: { file: string; folderSlug: string; modified: Date; rules: HeaderRules; media: PostMedia; notes: Notes }): void {
  const { rules, notes, file } = context;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as typeof doc.contents;
  const header = (doc.toJS() ?? {}) as Record<string, unknown>;
  const format = typeof header.dateformat === 'string' ? header.dateformat : rules.dateFormat;

  const title = header.title;
  if (title === undefined || title === null || String(title).trim() === '') {
    // Grav (Page::title): an empty title is ucfirst(slug).
    const shown = context.folderSlug.charAt(0).toUpperCase() + context.folderSlug.slice(1);
    doc.set('title', shown);
    notes.change(`${file}: no title; Grav showed '${shown}', written as the title`);
  } else if (typeof title !== 'string') {
    doc.set('title', String(title));
  }

  for (const field of DATE_FIELDS) {
    const value = header[field];
    if (value === undefined || value === null || value === '') {
      if (field === 'date') {
        // Grav: a page without a date is dated by its file's modification time.
        const written = canonicalDate(context.modified, rules.timeZone);
        doc.set('date', written);
        notes.change(`${file}: no date; Grav used the file's time, written as '${written}'`);
      } else if (value !== undefined) {
        doc.delete(field);
      }
      continue;
    }
    const read = readGravDate(String(value), { format, timeZone: rules.gravTimeZone });
    if (!read.ok) {
      doc.delete(field);
      if (field === 'date') {
        const written = canonicalDate(context.modified, rules.timeZone);
        doc.set('date', written);
        notes.person(`${file}: ${field} ${read.reason}; Grav fell back to the file's time, written as '${written}'`);
      } else {
        notes.person(`${file}: ${field} ${read.reason}; Grav ignored it, and so does the site (removed)`);
      }
      continue;
    }
    const written = canonicalDate(read.instant, rules.timeZone);
    doc.set(field, written);
    if (String(value).trim() !== written) notes.change(`${file}: ${field} '${String(value).trim()}' written as '${written}'`);
    if (read.ambiguous) notes.person(`${file}: ${field} ${read.ambiguous}`);
  }
  if (header.dateformat !== undefined) doc.delete('dateformat');

  for (const field of BOOLEAN_FIELDS) {
    const value = header[field];
    if (typeof value !== 'string') continue;
    const lower = value.trim().toLowerCase();
    const flag = ['true', 'yes', 'on', '1'].includes(lower) ? true : ['false', 'no', 'off', '0', ''].includes(lower) ? false : null;
    if (flag !== null) doc.set(field, flag);
  }

  // Grav's order of the folder's pictures names files that may be renamed.
  if (typeof header.media_order === 'string') {
    doc.set('media_order', header.media_order.split(',').map((name) => localPicture(name.trim(), context.media) ?? name.trim()).join(','));
  }

  // The header picture the Grav theme showed: Quark's hero_image, Typhoon's hero.image, Open Matter's header_image_file.
  const hero = [header.hero_image, (header.hero as { image?: unknown } | undefined)?.image].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const named = typeof header.header_image_file === 'string' ? header.header_image_file : undefined;
  const picture = named ?? hero;
  if (picture) {
    const local = localPicture(picture.split('?')[0], context.media);
    if (local) {
      doc.set('header_image_file', local);
      if (!named) {
        notes.change(`${file}: the theme's header picture '${picture}' becomes the header image`);
        if (header.header_image !== undefined && doc.get('header_image') !== true) notes.change(`${file}: header_image '${String(header.header_image)}' dropped: the Grav theme showed its hero picture`);
        doc.set('header_image', true);
      }
    } else {
      doc.delete('header_image_file');
      notes.person(`${file}: header picture '${picture}' is not in the Grav folder; the post has no header picture`);
    }
  }
}
