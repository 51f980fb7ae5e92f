// npm run docs: writes the generated parts of docs/ (the front-matter field table).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fieldTable, withFieldTable } from '../lib/content/field-reference';
import { site } from '../lib/site';

const file = path.join(import.meta.dirname, '..', 'docs', 'front-matter.md');
const before = readFileSync(file, 'utf8');
const after = withFieldTable(before, fieldTable(site.timeZone));
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${path.relative(process.cwd(), file)} is up to date` : `wrote ${path.relative(process.cwd(), file)}`);
