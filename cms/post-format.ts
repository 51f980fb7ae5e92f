// A post file ⇄ the web editor's fields. The editor (Sveltia CMS) calls these as its custom file
// format, so it reads and writes exactly what the site reads: Grav front matter, the `===` summary
// and the body. Reading keeps the file's own text; writing changes only the fields staff changed
// (their keys keep their place, quoting and comments), so a post opened and saved unchanged is the
// same file byte for byte, and a pull request shows only what was edited.

import { Document, isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { splitFrontMatter, taxonomyValues } from '../lib/content/frontmatter';
import { SUMMARY_DELIMITER, splitSummary } from '../lib/content/summary';
import { DATE_FIELDS, FIELD_DEFAULTS, FIELD_ORDER } from './fields';

/** The editor's view of a post: front-matter fields as in the file, plus `summary` and `body`. */
export type PostEntry = Record<string, unknown> & { summary?: string; body?: string };

/** Where the entry keeps the text it was read from (never written to a file). */
export const SOURCE_KEY = '__source';

const BODY_KEYS = new Set(['summary', 'body', SOURCE_KEY]);

/** Reads a post file into the editor's fields. */
export function readPostFile(text: string): PostEntry {
  const split = splitFrontMatter(text);
  const front = split.yaml === null ? {} : (parseDocument(split.yaml, { version: '1.2' }).toJS() ?? {});
  const entry: PostEntry = typeof front === 'object' && !Array.isArray(front) ? { ...front } : {};
  // Grav lets one tag or category stand without a list; the editor's list fields want a list, read
  // as the site reads it.
  const taxonomy = entry.taxonomy;
  if (taxonomy && typeof taxonomy === 'object' && !Array.isArray(taxonomy)) {
    entry.taxonomy = Object.fromEntries(
      Object.entries(taxonomy).map(([kind, values]) => {
        const list = taxonomyValues.safeParse(values);
        return [kind, list.success ? list.data : values];
      }),
    );
  }
  const { summary, body } = splitBody(split.body);
  if (summary !== null) entry.summary = summary;
  entry.body = body;
  entry[SOURCE_KEY] = text;
  return entry;
}

function splitBody(text: string): { summary: string | null; body: string } {
  const lines = text.split('\n');
  const { delimiterIndex } = splitSummary(text);
  if (delimiterIndex === null) return { summary: null, body: trimBlankLines(text) };
  return {
    summary: trimBlankLines(lines.slice(0, delimiterIndex).join('\n')),
    body: trimBlankLines(lines.slice(delimiterIndex + 1).join('\n')),
  };
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

/**
 * Writes the editor's fields as a post file. With the file it was read from (`entry.__source`),
 * only the lines of changed fields are rewritten; a new post is written in the form's order, dates
 * quoted as Grav's Admin writes them.
 */
export function writePostFile(entry: PostEntry): string {
  const source = typeof entry[SOURCE_KEY] === 'string' ? entry[SOURCE_KEY] : null;
  const before = source === null ? null : readPostFile(source);
  const changes = new Map<string, unknown>();
  for (const key of fieldOrder(entry, before)) {
    const value = clean(entry[key]);
    if (before ? !isSame(key, value, clean(before[key])) : value !== undefined && value !== FIELD_DEFAULTS[key]) changes.set(key, value);
  }
  const bodyChanged = before === null || normalise(entry.summary) !== normalise(before.summary) || normalise(entry.body) !== normalise(before.body);
  if (source === null) return `---\n${yamlLines(changes).join('\n')}\n---\n${composeBody(entry)}`;
  if (changes.size === 0 && !bodyChanged) return source;
  const split = splitFrontMatter(source);
  const yaml = changes.size === 0 ? split.yaml ?? '' : editYaml(split.yaml ?? '', changes);
  return `---\n${yaml}${yaml ? '\n' : ''}---\n${bodyChanged ? composeBody(entry) : split.body}`;
}

/** `key: value` lines as Grav's Admin writes them (dates in single quotes); undefined values are left out. */
function yamlLines(fields: Map<string, unknown>): string[] {
  const written = [...fields].filter(([, value]) => value !== undefined);
  if (written.length === 0) return [];
  const doc = new Document({});
  for (const [key, value] of written) {
    const node = doc.createNode(value);
    if (DATE_FIELDS.has(key) && isScalar(node)) node.type = Scalar.QUOTE_SINGLE;
    doc.set(key, node);
  }
  return doc.toString({ singleQuote: true, lineWidth: 0 }).trimEnd().split('\n');
}

/** The front matter with each changed field's lines replaced (or removed), new fields added at the end. */
function editYaml(yaml: string, changes: Map<string, unknown>): string {
  const lines = yaml.split('\n');
  const lineOf = (offset: number) => yaml.slice(0, offset).split('\n').length - 1;
  const doc = parseDocument(yaml, { version: '1.2' });
  const edits: Array<{ from: number; to: number; text: string[] }> = [];
  const placed = new Set<string>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range || !changes.has(String(pair.key.value))) continue;
      const key = String(pair.key.value);
      placed.add(key);
      const node = pair.value as { range?: [number, number, number] } | null;
      let end = node?.range ? node.range[1] : pair.key.range[1];
      while (end > pair.key.range[0] && /\s/.test(yaml[end - 1])) end--;
      edits.push({ from: lineOf(pair.key.range[0]), to: lineOf(end - 1), text: yamlLines(new Map([[key, changes.get(key)]])) });
    }
  }
  for (const edit of edits.sort((a, b) => b.from - a.from)) lines.splice(edit.from, edit.to - edit.from + 1, ...edit.text);
  const added = yamlLines(new Map([...changes].filter(([key]) => !placed.has(key))));
  return [...lines.filter((line, i) => i < lines.length - 1 || line !== ''), ...added].join('\n');
}

function composeBody(entry: PostEntry): string {
  const summary = normalise(entry.summary);
  const body = normalise(entry.body);
  const parts = summary ? [summary, SUMMARY_DELIMITER, body] : [body];
  return `\n${parts.filter((part, i) => part || i < parts.length - 1).join('\n\n')}\n`;
}

function normalise(text: unknown): string {
  return typeof text === 'string' ? trimBlankLines(text.replace(/\r\n?/g, '\n')) : '';
}

/** The file's keys in their order, then the editor's other fields in the schema's order. */
function fieldOrder(entry: PostEntry, before: PostEntry | null): string[] {
  const keys = [...Object.keys(before ?? {}), ...FIELD_ORDER, ...Object.keys(entry)];
  return [...new Set(keys)].filter((key) => !BODY_KEYS.has(key));
}

/** Empty strings, lists and mappings, as the editor leaves them, mean "not set". */
function clean(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, clean(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** Same meaning: a missing field equals its default, `1` equals `true` (Grav casts both). */
function isSame(key: string, next: unknown, previous: unknown): boolean {
  const effective = (value: unknown) => {
    const v = value === undefined ? FIELD_DEFAULTS[key] : value;
    if (typeof FIELD_DEFAULTS[key] === 'boolean' && (v === 1 || v === '1' || v === 0 || v === '0')) return v === 1 || v === '1';
    return v;
  };
  return JSON.stringify(effective(next)) === JSON.stringify(effective(previous));
}
