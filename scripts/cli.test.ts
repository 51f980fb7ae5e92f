// The staff commands, run as staff run them (tsx, real files), against temporary content folders.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGravDate } from '../lib/content/dates';
import { exifHasGps } from '../lib/content/photo-privacy';

const root = path.resolve(import.meta.dirname, '..');
const BROKEN = path.join(root, 'e2e/fixtures/broken-content');

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync('npx', ['tsx', script, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, out: result.stdout };
}

describe('npm run content:check', () => {
  it('lists every problem of the broken posts with file, line and wording, and exits 1', () => {
    const { status, out } = run('scripts/content-check.ts', [], { CONTENT_DIR: BROKEN, GITHUB_ACTIONS: '' });
    expect(status).toBe(1);
    const lines = out.split('\n');
    const file = (slug: string) => `e2e/fixtures/broken-content/posts/${slug}/index.mdx`;
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file('impossible-date')}:4: error: field 'date': '31-02-2023 10:00' is not a valid date: day 31 does not exist in 2023-02 (expected dd-mm-yyyy HH:MM, dd-mm-yyyy, mm/dd/yyyy HH:MM or yyyy-mm-dd HH:MM)`,
        `${file('missing-title')}:1: error: field 'title': is required (the post title)`,
        `${file('unclosed-gallery')}:9: error: [owl-carousel] is not closed; add [/owl-carousel] on its own line after the images`,
        `${file('runs-code')}:7:1: error: import and export are not allowed in posts: the site provides every component`,
      ]),
    );
    expect(out).toMatch(/\n0 posts read in [\d.]+ s: 9 errors, \d+ warnings?\.\n/);
  });

  it('prints GitHub annotations under GitHub Actions', () => {
    const { out } = run('scripts/content-check.ts', [path.join(BROKEN, 'posts/impossible-date')], { CONTENT_DIR: BROKEN, GITHUB_ACTIONS: 'true' });
    expect(out).toContain("::error file=e2e/fixtures/broken-content/posts/impossible-date/index.mdx,line=4::field 'date': '31-02-2023 10:00' is not a valid date");
    expect(out).not.toContain('missing-title');
  });

  it('passes the site content', () => {
    expect(run('scripts/content-check.ts', [], { CONTENT_DIR: 'content' }).status).toBe(0);
  });
});

// Each case starts the CLI two or three times (about 2 s each with tsx).
describe('npm run new-post', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'new-post-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a post from a Kazakh title that passes the content check, and refuses to overwrite it', async () => {
    const first = run('scripts/new-post.ts', ['Қан тапсыру күні'], { CONTENT_DIR: dir });
    expect(first.status).toBe(0);
    expect(first.out).toContain(`Created ${path.relative(root, path.join(dir, 'posts/qan-tapsyru-kuni/index.mdx'))}`);
    const text = await readFile(path.join(dir, 'posts/qan-tapsyru-kuni/index.mdx'), 'utf8');
    expect(text).toContain("title: 'Қан тапсыру күні'");
    const date = /^date: '(.+)'$/m.exec(text)![1];
    const parsed = parseGravDate(date, 'Asia/Almaty');
    expect(parsed.ok && Math.abs(parsed.date.getTime() - Date.now())).toBeLessThan(120_000);
    expect(text).toMatch(/^===$/m);
    expect(run('scripts/content-check.ts', [], { CONTENT_DIR: dir }).status).toBe(0);
    expect(run('scripts/new-post.ts', ['Қан тапсыру күні'], { CONTENT_DIR: dir }).status).toBe(1);
  });

  it('schedules with --publish and writes drafts with --draft', async () => {
    expect(run('scripts/new-post.ts', ['Scheduled news', '--publish', '09-01-2030 10:00'], { CONTENT_DIR: dir }).status).toBe(0);
    const scheduled = await readFile(path.join(dir, 'posts/scheduled-news/index.mdx'), 'utf8');
    expect(scheduled).toContain("publish_date: '09-01-2030 10:00'");
    expect(run('scripts/new-post.ts', ['Draft news', '--draft'], { CONTENT_DIR: dir }).status).toBe(0);
    expect(await readFile(path.join(dir, 'posts/draft-news/index.mdx'), 'utf8')).toContain('published: false');
    expect(run('scripts/new-post.ts', ['Bad date', '--publish', '31-02-2030 10:00'], { CONTENT_DIR: dir }).status).toBe(2);
  });
});


describe('npm run content:strip-metadata', () => {
  it('removes the GPS position and camera data from a post photo in place', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'strip-'));
    const folder = path.join(dir, 'posts', 'a-post');
    await mkdir(folder, { recursive: true });
    const photo = path.join(folder, 'photo.jpg');
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1' } })
      .toFile(photo);
    expect(exifHasGps((await sharp(photo).metadata()).exif)).toBe(true);
    const { status, out } = run('scripts/strip-metadata.ts', [], { CONTENT_DIR: dir });
    expect(status).toBe(0);
    expect(out).toContain('1 photo cleaned.');
    const after = await sharp(photo).metadata();
    expect(after.exif).toBeUndefined();
    expect([after.width, after.height]).toEqual([40, 30]);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('next build without a canonical origin', () => {
  it('fails in CI with a message naming SITE_URL, before compiling anything', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', NEXT_DIST_DIR: '.next-no-origin', NEXT_TELEMETRY_DISABLED: '1' };
    delete env.SITE_URL;
    delete env.VERCEL;
    delete env.VERCEL_PROJECT_PRODUCTION_URL;
    const result = spawnSync('npx', ['next', 'build'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain("SITE_URL is not set in a CI build: set SITE_URL to the site's public origin");
  }, 70_000);
});
