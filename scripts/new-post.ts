// npm run new-post -- "Title" [--publish "dd-mm-yyyy HH:MM"] [--draft]
// Creates content/posts/<slug>/index.mdx with the slug transliterated from the title.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { postsDir } from '../lib/content/paths';
import { newPostSource } from '../lib/content/new-post';
import { slugFromTitle } from '../lib/content/transliterate';
import { site } from '../lib/site';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { publish: { type: 'string' }, draft: { type: 'boolean' } } });
const title = positionals.join(' ').trim();
if (!title) {
  console.error('usage: npm run new-post -- "Title of the news" [--publish "dd-mm-yyyy HH:MM"] [--draft]');
  process.exit(2);
}
const slug = slugFromTitle(title);
if (!slug) {
  console.error(`cannot make a slug from '${title}': use a title with letters or digits`);
  process.exit(2);
}
const folder = path.join(postsDir(), slug);
if (existsSync(folder)) {
  console.error(`${path.relative(process.cwd(), folder)} already exists: choose another title, or edit that post`);
  process.exit(1);
}
let source: string;
try {
  source = newPostSource({ title, now: new Date(), timeZone: site.timeZone, publish: values.publish, draft: values.draft });
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
await mkdir(folder, { recursive: true });
const file = path.join(folder, 'index.mdx');
await writeFile(file, source);
console.log(`Created ${path.relative(process.cwd(), file)}`);
console.log(`Put the photos in ${path.relative(process.cwd(), folder)}/ (JPEG or PNG, names with letters, digits and hyphens).`);
console.log(`It will be at /news/${slug}. Check it with: npm run content:check ${path.relative(process.cwd(), folder)}`);
