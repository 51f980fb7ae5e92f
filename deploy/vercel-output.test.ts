// npm run test:vercel (scripts/vercel-test.sh runs Vercel's builder first, offline, on the end-to-end
// content): what Vercel would deploy, read from its Build Output API folder (.vercel/output). What
// runs per request there is what this folder says: routes, static files, prerenders, functions.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaManifest } from '../lib/content/media';
import { functions, OUTPUT, PICTURE, vercelConfig } from './vercel-output';

const CONTENT = '.vercel-content';
const config = vercelConfig();

describe("Vercel's output", () => {
  const all = functions();

  it('runs no function in front of any page, feed, photo or card: no routing middleware at all', () => {
    expect(config.routes.filter((route) => route.middlewarePath)).toEqual([]);
    expect(existsSync(path.join(OUTPUT, 'functions/_middleware.func'))).toBe(false);
  });

  it('carries no picture in any function, and the content of none but its text', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const fn of all) {
      expect(fn.files.filter((file) => PICTURE.test(file) && !file.includes('node_modules')), fn.name).toEqual([]);
      expect(fn.files.filter((file) => file.includes(`${path.sep}e2e${path.sep}fixtures${path.sep}`)), fn.name).toEqual([]);
      // Of the project's content folders, only the deployment's (a benchmark's or a test's would be traced by mistake).
      expect(fn.files.filter((file) => /[/\\]posts[/\\][^/\\]+[/\\]index[^/\\]*\.mdx?$/.test(file) && !file.includes(`${path.sep}${CONTENT}${path.sep}`)), fn.name).toEqual([]);
    }
    const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`${all.length} functions; the largest, ${largest.name}, ships ${(largest.bytes / 1e6).toFixed(1)} MB in ${largest.files.length} files`);
  });

  it("keys every prerendered page by its path alone: a reader's query string never reaches the function or the cache", () => {
    const configs: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !entry.name.endsWith('.func')) walk(full);
        else if (entry.name.endsWith('.prerender-config.json')) configs.push(full);
      }
    };
    walk(path.join(OUTPUT, 'functions'));
    expect(configs.length).toBeGreaterThan(20);
    // allowQuery: the query parameters Vercel keeps; only the route's own (nxtP…, e.g. nxtPlang) may be there.
    const passing = configs.filter((file) => (JSON.parse(readFileSync(file, 'utf8')).allowQuery ?? ['*']).some((name: string) => !name.startsWith('nxtP')));
    expect(passing.map((file) => path.relative(OUTPUT, file))).toEqual([]);
  });

  it('runs every function on Node 22, the newest Vercel supports in engines.node (20 is discontinued there)', () => {
    for (const fn of all) {
      const runtime = JSON.parse(readFileSync(path.join(OUTPUT, 'functions', fn.name, '.vc-config.json'), 'utf8')).runtime;
      expect(runtime, fn.name).toBe('nodejs22.x');
    }
  });

  it("serves the seed post's photos as static files under the names the site links", () => {
    const manifest = JSON.parse(readFileSync(path.join(CONTENT, '.prepared/media.json'), 'utf8')) as MediaManifest;
    const seed = manifest.folders['multidisciplinary-approach-in-hematopathology'];
    expect(seed).toHaveLength(3);
    for (const photo of seed) {
      expect(photo.src).toMatch(/^\/media\/2023-01-09-\d-[0-9a-f]{16}\.jpg$/);
      expect(existsSync(path.join(OUTPUT, 'static', photo.src)), photo.src).toBe(true);
    }
    // A draft's photo is not there under any name.
    expect(readdirSync(path.join(OUTPUT, 'static/media')).filter((name) => name.startsWith('draft-'))).toEqual([]);
  });

  it('prerenders the seed post, revalidated every 30 s and stale at most 20 s more', () => {
    const prerender = JSON.parse(readFileSync(path.join(OUTPUT, 'functions/en/news/multidisciplinary-approach-in-hematopathology.prerender-config.json'), 'utf8')) as { expiration: number; staleExpiration: number };
    expect([prerender.expiration, prerender.staleExpiration]).toEqual([30, 50]);
  });
});

/**
 * A function as Vercel would unpack it: its folder with the project files it maps in, alone in an
 * empty folder, so it runs with nothing but what it ships.
 */
function unpack(func: string, target: string): void {
  const source = realpathSync(path.join(OUTPUT, 'functions', func));
  cpSync(source, target, { recursive: true, dereference: true });
  const vc = JSON.parse(readFileSync(path.join(source, '.vc-config.json'), 'utf8')) as { filePathMap: Record<string, string> };
  for (const [inside, project] of Object.entries(vc.filePathMap)) {
    const to = path.join(target, inside);
    mkdirSync(path.dirname(to), { recursive: true });
    const from = path.resolve(project);
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
}

describe('a page function, unpacked alone and run as Vercel runs it (minimal mode, the route given by the platform)', () => {
  const PORT = 3390;
  let folder: string;
  let server: ChildProcess;
  const ask = (url: string, matched: string) => fetch(`http://127.0.0.1:${PORT}${url}`, { headers: { 'x-matched-path': matched }, signal: AbortSignal.timeout(20_000) });

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'vercel-function-'));
    unpack('[lang]/news/[slug].func', path.join(folder, 'page'));
    unpack('[lang]/og/[slug].func', path.join(folder, 'card'));
    const script = `const http=require('node:http');for(const [dir,port] of [['page',${PORT}],['card',${PORT + 1}]])http.createServer(require(require('node:path').join(${JSON.stringify(folder)},dir,'___next_launcher.cjs'))).listen(port)`;
    // The environment Vercel gives a production function of this project (lib/site-url.ts reads it).
    server = spawn(process.execPath, ['-e', script], { env: { PATH: process.env.PATH, NODE_ENV: 'production', VERCEL: '1', VERCEL_ENV: 'production', VERCEL_PROJECT_PRODUCTION_URL: 'news.example.kz', CONTENT_DIR: CONTENT }, stdio: 'inherit' });
    for (let i = 0; i < 60; i++) {
      if (await fetch(`http://127.0.0.1:${PORT}/`).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('the unpacked function did not start');
  }, 60_000);
  afterAll(() => {
    server?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("renders a post the build did not prerender, with its prepared photos, and tells Vercel's cache to keep it the page's own 30 s", async () => {
    const response = await ask('/en/news/london-at-night?nxtPlang=en&nxtPslug=london-at-night', '/[lang]/news/[slug]');
    expect(response.status).toBe(200);
    // On Vercel a page rendered on first request lives as its answer says: the prerender entry's
    // `expiration: 1` is the fallback's initial value (@vercel/build-utils, Prerender), not the page's.
    expect(response.headers.get('cache-control')).toBe('s-maxage=30, stale-while-revalidate=20');
    const html = await response.text();
    expect(html).toContain('<h1 class=');
    expect(html).toMatch(/https:\/\/news\.example\.kz\/media\/unsplash-london-night-[0-9a-f]{16}\.jpg/);
  });

  it('answers a scheduled post with the 404 page, cached the same 30 s so it goes live by itself', async () => {
    const response = await ask('/en/news/scheduled-far?nxtPlang=en&nxtPslug=scheduled-far', '/[lang]/news/[slug]');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('s-maxage=30, stale-while-revalidate=20');
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });

  it('draws a share card with the fonts it ships, and without sharp', async () => {
    const response = await fetch(`http://127.0.0.1:${PORT + 1}/en/og/archive-note-01?nxtPlang=en&nxtPslug=archive-note-01`, { headers: { 'x-matched-path': '/[lang]/og/[slug]' } });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(response.headers.get('cache-control')).toBe('s-maxage=30, stale-while-revalidate=20');
    expect(existsSync(path.join(folder, 'card/node_modules/sharp'))).toBe(false);
  });
});
