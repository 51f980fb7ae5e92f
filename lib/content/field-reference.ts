// The field reference of docs/front-matter.md, written from the schema and FIELDS in
// frontmatter.ts (`npm run docs`; a unit test fails when the page is out of date).

import { FIELDS, frontMatterSchema, type FieldName } from './frontmatter';

/** Every field's default as the site applies it when the field is missing (the true/false fields). */
export function fieldDefaults(timeZone: string): Readonly<Record<string, boolean>> {
  const parsed = frontMatterSchema(timeZone).parse({ title: 'x', date: '01-01-2000 00:00' }) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'));
}

/** The fields the schema knows, in its order. */
export function schemaFields(timeZone: string): string[] {
  return Object.keys(frontMatterSchema(timeZone).shape);
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown table of every field: name, type, default, meaning. */
export function fieldTable(timeZone: string): string {
  const defaults = fieldDefaults(timeZone);
  const rows = (schemaFields(timeZone) as FieldName[]).map((name) => {
    const doc: { type: string; otherwise?: string; meaning: string } = FIELDS[name];
    const fallback = name in defaults ? `\`${defaults[name]}\`` : (doc.otherwise ?? 'none');
    return `| \`${name}\` | ${cell(doc.type)} | ${cell(fallback)} | ${cell(doc.meaning)} |`;
  });
  return ['| field | type | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export const TABLE_START = '<!-- generated from lib/content/frontmatter.ts by `npm run docs`: edit there -->';
export const TABLE_END = '<!-- end of generated table -->';

/** `page` with the text between the two markers replaced by `table`; throws when a marker is missing. */
export function withFieldTable(page: string, table: string): string {
  const start = page.indexOf(TABLE_START);
  const end = page.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/front-matter.md: the markers ${TABLE_START} … ${TABLE_END} are missing`);
  return `${page.slice(0, start + TABLE_START.length)}\n${table}\n${page.slice(end)}`;
}
