// Translated posts: index.<lang>.mdx beside index.mdx, each with its own front matter and
// publishing dates, sharing the folder's slug and images.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from './check';
import { formatProblem } from './errors';
import { readAllPosts } from './loader';
import { languagePosts, postPath, type Post } from './posts';
import { isLive } from './publishing';

let root: string;
const post = (title: string, extra = '') => `---\ntitle: '${title}'\ndate: '09-01-2023 10:00'\n${extra}---\n\nText of ${title}.\n`;

async function folder(slug: string, files: Record<string, string>) {
  await mkdir(path.join(root, 'posts', slug), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, 'posts', slug, name), text);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'translations-'));
  await folder('donor-day', {
    'index.mdx': post('Donor day'),
    'index.ru.mdx': post('День донора', "publish_date: '01-02-2023 10:00'\n"),
    'index.kk.md': post('Донор күні'),
  });
  await folder('only-kazakh', { 'index.kk.mdx': post('Тек қазақша') });
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('reading translations', () => {
  it('reads each language file as a version of the post with the same slug', async () => {
    const { posts, problems } = await readAllPosts(root);
    expect(problems).toEqual([]);
    const versions = posts.filter((p) => p.slug === 'donor-day').map((p) => [p.lang, p.title, p.format]);
    expect(versions).toEqual([
      ['en', 'Donor day', 'mdx'],
      ['kk', 'Донор күні', 'md'],
      ['ru', 'День донора', 'mdx'],
    ]);
  });

  it('gives each version its own publishing dates: the Russian one goes live later', async () => {
    const { posts } = await readAllPosts(root);
    const at = new Date('2023-01-15T00:00:00Z');
    const live = posts.filter((p) => p.slug === 'donor-day' && isLive(p, at)).map((p) => p.lang);
    expect(live).toEqual(['en', 'kk']);
    expect(posts.filter((p) => p.slug === 'donor-day' && isLive(p, new Date('2023-02-02T00:00:00Z'))).map((p) => p.lang)).toEqual(['en', 'kk', 'ru']);
  });

  it('reads a post that exists only in Kazakh', async () => {
    const { posts } = await readAllPosts(root);
    expect(posts.filter((p) => p.slug === 'only-kazakh').map((p) => p.lang)).toEqual(['kk']);
  });

  it('puts each version at its language URL', async () => {
    const { posts } = await readAllPosts(root);
    expect(posts.filter((p) => p.slug === 'donor-day').map(postPath)).toEqual(['/news/donor-day', '/kk/news/donor-day', '/ru/news/donor-day']);
  });
});

describe('translations with mistakes', () => {
  let broken: string;
  beforeAll(async () => {
    broken = await mkdtemp(path.join(os.tmpdir(), 'translations-broken-'));
    const write = async (slug: string, files: Record<string, string>) => {
      await mkdir(path.join(broken, 'posts', slug), { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(broken, 'posts', slug, name), text);
    };
    await write('german', { 'index.mdx': post('English'), 'index.de.mdx': post('Deutsch') });
    await write('twice', { 'index.ru.md': post('Раз'), 'index.ru.mdx': post('Два') });
    await write('other-slug', { 'index.mdx': post('One'), 'index.ru.mdx': post('Другой', 'slug: another-slug\n') });
    // Git-based editors name the default language's file index.en.mdx; beside index.mdx it is a second English version.
    await write('english-twice', { 'index.mdx': post('One'), 'index.en.mdx': post('Two') });
    await write('english-named', { 'index.en.mdx': post('Named English') });
  });
  afterAll(() => rm(broken, { recursive: true, force: true }));

  it('names the file, the language it does not know and the ones it does', async () => {
    const { problems } = await readAllPosts(broken);
    const messages = problems.map(formatProblem);
    const rel = (slug: string, file: string) => path.relative(process.cwd(), path.join(broken, 'posts', slug, file));
    expect(messages).toContain(`${rel('german', 'index.de.mdx')}: error: 'de' is not one of the site's languages (en, ru, kk): name the file index.<language>.mdx with one of them`);
    expect(messages).toContain(`${rel('twice', 'index.ru.md')}: error: both index.ru.md and index.ru.mdx are the ru version of this post; keep one`);
    expect(messages.some((m) => m.startsWith(`${rel('other-slug', 'index.ru.mdx')}:`) && m.includes("field 'slug': slug 'another-slug' differs from 'other-slug'"))).toBe(true);
  });

  it('reads index.en.mdx as the English version, and reports a folder that also has index.mdx', async () => {
    const { posts, problems } = await readAllPosts(broken);
    const messages = problems.map(formatProblem);
    const rel = (slug: string, file: string) => path.relative(process.cwd(), path.join(broken, 'posts', slug, file));
    expect(messages).toContain(`${rel('english-twice', 'index.en.mdx')}: error: both index.en.mdx and index.mdx are the en version of this post; keep one`);
    expect(posts.find((p) => p.slug === 'english-named')).toMatchObject({ lang: 'en', title: 'Named English' });
    expect(messages.filter((m) => m.includes('english-named'))).toEqual([]);
  });
});

describe('languagePosts', () => {
  const version = (slug: string, lang: Post['lang']) => ({ slug, lang }) as Post;
  const all = [version('a', 'en'), version('a', 'ru'), version('b', 'en'), version('c', 'kk')];

  it('shows only the posts written in a language when the site does not fall back', () => {
    expect(languagePosts(all, 'ru', { defaultLanguage: 'en', listFallback: false }).map((p) => `${p.lang}/${p.slug}`)).toEqual(['ru/a']);
    expect(languagePosts(all, 'kk', { defaultLanguage: 'en', listFallback: false }).map((p) => `${p.lang}/${p.slug}`)).toEqual(['kk/c']);
  });

  it('adds the default-language version of untranslated posts when it does', () => {
    expect(languagePosts(all, 'ru', { defaultLanguage: 'en', listFallback: true }).map((p) => `${p.lang}/${p.slug}`)).toEqual(['ru/a', 'en/b']);
  });
});

describe('the content check with translations', () => {
  let site: string;
  const PHOTO = path.resolve(import.meta.dirname, '../../content/posts/multidisciplinary-approach-in-hematopathology/2023-01-09-1.jpg');
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'translations-check-'));
    const write = async (slug: string, files: Record<string, string>, images: string[] = []) => {
      await mkdir(path.join(site, 'posts', slug), { recursive: true });
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(site, 'posts', slug, name), text);
      for (const image of images) await copyFile(PHOTO, path.join(site, 'posts', slug, image));
    };
    const body = (title: string, text: string) => `---\ntitle: '${title}'\ndate: '09-01-2023 10:00'\nheader_image: false\n---\n\n${text}\n`;
    // Each version shows one of the folder's photos: together they use both.
    await write('shared-photos', { 'index.mdx': body('Photos', '![Hall](hall.jpg)'), 'index.ru.mdx': body('Фото', '![Зал](ward.jpg) [Казахская новость](/kk/news/english-only)') }, ['hall.jpg', 'ward.jpg']);
    await write('english-only', { 'index.mdx': body('English only', 'Text.') });
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it("checks a folder's photos against every version, and warns on a link to a missing translation", async () => {
    const { problems } = await checkContent(site);
    const messages = problems.map(formatProblem);
    expect(messages.filter((m) => m.includes('is not used'))).toEqual([]);
    const ru = path.relative(process.cwd(), path.join(site, 'posts', 'shared-photos', 'index.ru.mdx'));
    expect(messages.filter((m) => m.includes('/kk/news/english-only'))).toEqual([`${ru}:7:18: warning: link to /kk/news/english-only: post 'english-only' has no kk version`]);
  });
});
