import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toZonedIso } from '../lib/content/dates';
import { readAllPosts } from '../lib/content/loader';
import type { Post } from '../lib/content/posts';
import { isLive } from '../lib/content/publishing';
import { importGravSite, type ImportReport } from './import-grav';
import { writePlaceholderImage } from './placeholder-image';

// Real public Grav posts (e2e/fixtures/grav-real, licences in its SOURCES.md); their images are missing, so the test makes stand-ins with the listed names.
const FIXTURES = path.resolve(import.meta.dirname, '../e2e/fixtures/grav-real');
let work: string;
let report: ImportReport;
let posts: Map<string, Post>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'grav-real-'));
  const source = path.join(work, 'pages', '01.blog');
  await cp(FIXTURES, source, { recursive: true });
  for (const folder of await readdir(source, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const missing = (await readFile(path.join(source, folder.name, 'MISSING_MEDIA.txt'), 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const name of missing) await writePlaceholderImage(path.join(source, folder.name, name), 400, 300, name);
  }
  // A sidecar gives an image its alt text, as in Grav.
  await writeFile(path.join(source, 'london-at-night', 'unsplash-xbrunel-johnson.jpg.meta.yaml'), 'alt_text: Street at night\n');
  // Grav resolves an image in another page's folder on disk; the importer copies it in.
  const daring = path.join(source, 'daring-fireball-link', 'item.md');
  await writeFile(daring, `${await readFile(daring, 'utf8')}\n![Borrowed](../london-at-night/unsplash-london-night.jpg?cropZoom=800,400)\n`);
  report = await importGravSite(path.join(work, 'pages'), path.join(work, 'content', 'posts'));
  const read = await readAllPosts(path.join(work, 'content'));
  expect(read.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
  posts = new Map(read.posts.map((post) => [post.slug, post]));
}, 60_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const local = (post: Post | undefined) => toZonedIso(post!.date, 'Asia/Almaty').slice(0, 16);

describe('importing the real Grav posts (docs/grav-semantics.md §7)', () => {
  it('imports all six, skipping none, and the result passes the content check', () => {
    expect(report.imported.map((p) => p.slug).sort()).toEqual(['classic-modern-architecture', 'daring-fireball-link', 'london-at-night', 'module-01', 'module-02', 'module-13']);
    expect(report.skipped).toEqual([]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each([
    ['london-at-night', '2017-06-07T13:34', 'American date with the time first and a trailing space'],
    ['daring-fireball-link', '2017-07-23T13:34', 'unquoted American date'],
    ['classic-modern-architecture', '2017-06-27T17:34', 'quoted American date'],
    ['module-01', '2018-05-09T00:00', 'day-month-year'],
    ['module-02', '2018-05-16T00:00', 'day-month-year'],
  ])('%s is dated %s (%s)', (slug, date, _why) => {
    expect(local(posts.get(slug))).toBe(date);
  });

  it('splits summaries at === and falls back to the text when there is none', () => {
    expect(posts.get('london-at-night')!.summary?.trim()).toMatch(/^Lorem markdownum freta ducentem[\s\S]*caudice\.$/);
    expect(posts.get('classic-modern-architecture')!.summary?.trim()).toMatch(/accipiter\nparva ingesta\.$/);
    const link = posts.get('daring-fireball-link')!;
    expect(link.summary).toBeNull();
    expect(link.excerpt.endsWith('…')).toBe(false); // under 300 characters: the whole text
  });

  it('keeps visibility and the Open Matter flags', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(isLive(posts.get('module-13')!, now)).toBe(false);
    expect(isLive(posts.get('module-01')!, now)).toBe(true);
    expect(posts.get('classic-modern-architecture')!.showSidebar).toBe(false);
    expect(posts.get('module-01')!.showEditLink).toBe(false);
    expect(posts.get('module-01')!.headerImage).toMatchObject({ name: '10610701655_c57e2dc536_o.jpg', alt: 'SFU Academic Quadrangle', credit: 'Julian Schüngel, Flickr.com' });
    expect(posts.get('london-at-night')!.tags).toEqual(['city', 'night', 'photography']);
    expect(posts.get('daring-fireball-link')!.categories).toEqual(['blog']);
  });

  it('turns Quark hero images into header images and reads alt text from sidecars', () => {
    expect(posts.get('london-at-night')!.headerImage?.name).toBe('unsplash-london-night.jpg');
    expect(posts.get('london-at-night')!.body).toContain('![Street at night](unsplash-xbrunel-johnson.jpg)');
  });

  it('copies images the text takes from other folders, keeping media actions', async () => {
    expect(posts.get('daring-fireball-link')!.body).toContain('![Borrowed](unsplash-london-night.jpg?cropZoom=800,400)');
    expect(posts.get('daring-fireball-link')!.images.map((i) => i.name)).toContain('unsplash-london-night.jpg');
  });

  it('writes nothing with --dry-run, but still reports', async () => {
    const out = path.join(work, 'dry', 'posts');
    const dry = await importGravSite(path.join(work, 'pages'), out, true);
    expect(dry.imported).toHaveLength(6);
    expect(await readdir(out).catch(() => null)).toBeNull();
  });

  it('keeps Markdown with indented code as .md, and turns shortcodes holding a link into that link, with a note', () => {
    expect(report.imported.find((p) => p.slug === 'london-at-night')!.files).toContain('index.md');
    const module01 = report.imported.find((p) => p.slug === 'module-01')!;
    expect(module01.notes.forPerson).toContainEqual(expect.stringMatching(/^\[googleslides\] on another site \(https:\/\/docs\.google\.com\/.*\) is now a link/));
    expect(posts.get('module-01')!.body).not.toContain('[googleslides]');
  });
});

describe('importing whole Grav sites, system.yaml included (e2e/fixtures/grav-sites, grav-cases)', () => {
  const SITES = path.resolve(import.meta.dirname, '../e2e/fixtures');
  async function importSite(name: string) {
    const source = await mkdtemp(path.join(os.tmpdir(), 'grav-site-'));
    await cp(path.join(SITES, name), source, { recursive: true });
    const lists = (await readdir(source, { recursive: true })).filter((file) => path.basename(file) === 'MISSING_MEDIA.txt');
    for (const list of lists) {
      for (const name of (await readFile(path.join(source, list), 'utf8')).split('\n').filter(Boolean)) await writePlaceholderImage(path.join(source, path.dirname(list), name), 400, 300, name);
      await rm(path.join(source, list));
    }
    const out = path.join(source, '..', `${path.basename(source)}-out`, 'posts');
    const result = await importGravSite(source, out);
    const read = await readAllPosts(path.dirname(out));
    await rm(source, { recursive: true, force: true });
    await rm(path.dirname(out), { recursive: true, force: true });
    return { result, read };
  }

  it('imports the Typhoon skeleton with its post.md files and hero.image headers, passing the check', async () => {
    const { result, read } = await importSite('grav-sites/typhoon/user');
    expect(result.imported.map((p) => p.slug).sort()).toEqual(['focus-and-blur', 'page-overrides', 'random-thoughts', 'text-typography', 'the-urban-jungle']);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.posts.find((p) => p.slug === 'page-overrides')!.headerImage?.name).toBe('unsplash-overcast-mountains.jpg');
  }, 60_000);

  it('imports the multilingual skeleton in English, skipping eight languages with a line each, and keeps /en/blog/… addresses', async () => {
    const { result, read } = await importSite('grav-sites/multilang');
    expect(result.settings.languages[0]).toBe('en');
    const welcome = result.imported.find((p) => p.slug === 'welcome-to-grav')!;
    expect(welcome.files).toEqual(['index.mdx']);
    expect(welcome.aliases).toEqual(['/en/blog/welcome-to-grav']);
    expect(welcome.notes.forPerson.filter((line) => / skipped: '[a-z]+' is not one of the site's languages/.test(line))).toHaveLength(8);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(read.posts.find((p) => p.slug === 'code-snippets')!.body).not.toMatch(/<pre>/);
  }, 60_000);

  it('imports the hard cases with no error and a report line for each thing a person must check', async () => {
    const { result, read } = await importSite('grav-cases/user');
    expect(result.failed).toEqual([]);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.imported.map((p) => [p.slug, p.aliases])).toEqual([
      ['2021-08-17-what-d-d-character-would-you-be', ['/blog/2021-08-17-what-d&d-character-would-you-be']],
      ['202406-brennender-traktor', ['/blog/202406_brennender-traktor']],
      ['novost-dnya', ['/ru/blog/новость-дня']],
    ]);
    const person = result.imported.flatMap((p) => p.notes.forPerson);
    expect(person).toContainEqual(expect.stringContaining('(https://example.org/chart.png) is now a link'));
    expect(person).toContain('shortcode [presentation="slides.pdf"] has no equivalent: removed');
    expect(person).toContain("item.fr.md skipped: 'fr' is not one of the site's languages (en, ru, kk)");
    expect(person).toContainEqual(expect.stringContaining("'22:23 06/12/2010' has slashes, so Grav read it month first (12 June 2010)"));
  }, 60_000);
});

describe('importing a real French blog (e2e/fixtures/grav-sites/jibec)', () => {
  it('keeps every old address, renames the screenshot, reports what is missing, and passes the check', async () => {
    const source = await mkdtemp(path.join(os.tmpdir(), 'grav-jibec-'));
    await cp(path.resolve(import.meta.dirname, '../e2e/fixtures/grav-sites/jibec'), source, { recursive: true });
    const miaw = path.join(source, 'user/pages/01.home/03.miaw');
    await writePlaceholderImage(path.join(miaw, "Capture d'écran de 2016-08-29 08-39-02.png"), 400, 300, 'capture');
    const out = path.join(`${source}-out`, 'posts');
    const result = await importGravSite(path.join(source, 'user'), out);
    const read = await readAllPosts(path.dirname(out));
    await rm(source, { recursive: true, force: true });
    await rm(path.dirname(out), { recursive: true, force: true });
    expect(result.failed).toEqual([]);
    expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const bySlug = new Map(result.imported.map((p) => [p.slug, p]));
    expect(bySlug.get('2016-12-12-fedora-25-deception')!.aliases).toEqual([
      '/home/2016-12-12-fedora-25-déception', '/home/2016-12-12-Fedora-25-déception', '/fr/home/2016-12-12-fedora-25-déception', '/fr/home/2016-12-12-Fedora-25-déception',
    ]);
    expect(bySlug.get('2016-12-12-fedora-25-deception')!.notes.forPerson).toContainEqual(expect.stringContaining("picture '{filename}/images/2016-11-25-Textes-Gnome-Logiciels.png' is not in the Grav folder: removed"));
    expect(bySlug.get('2016-08-28-aider-francophonie')!.notes.forPerson[0]).toMatch(/item\.fr\.md \(fr\) is imported as en/);
    expect(bySlug.get('miaw')!.files).toEqual(['index.mdx', 'capture-d-ecran-de-2016-08-29-08-39-02.png']);
    const miawPost = read.posts.find((p) => p.slug === 'miaw')!;
    expect(miawPost.body).toContain('![Chat](capture-d-ecran-de-2016-08-29-08-39-02.png)');
    expect(read.posts.find((p) => p.slug === '2016-08-28-aider-francophonie')!.date.toISOString()).toBe('2016-08-27T18:00:00.000Z');
  }, 60_000);
});
