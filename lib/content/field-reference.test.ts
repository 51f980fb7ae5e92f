import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTable, schemaFields, withFieldTable } from './field-reference';
import { FIELDS } from './frontmatter';

const zone = 'Asia/Almaty';

describe('the field reference', () => {
  it('describes exactly the fields the schema checks', () => {
    expect(Object.keys(FIELDS).sort()).toEqual(schemaFields(zone).sort());
  });

  it('takes true/false defaults from the schema itself', () => {
    const table = fieldTable(zone);
    expect(table).toContain('| `published` | true/false | `true` |');
    expect(table).toContain('| `hide_from_post_list` | true/false | `false` |');
    expect(table).toContain('| `title` | text | **required** |');
  });

  it('is what docs/front-matter.md holds (run npm run docs after changing a field)', () => {
    const page = readFileSync(path.join(import.meta.dirname, '../../docs/front-matter.md'), 'utf8');
    expect(withFieldTable(page, fieldTable(zone))).toBe(page);
  });

  it('refuses a page without its markers', () => {
    expect(() => withFieldTable('# no table here', '| x |')).toThrow(/markers/);
  });
});
