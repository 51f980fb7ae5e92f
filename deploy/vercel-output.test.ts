// npm run test:vercel (scripts/vercel-test.sh runs Vercel's builder first, offline, on the end-to-end
// content): what Vercel would deploy, read from its Build Output API folder (.vercel/output). What
// runs per request there is what this folder says: routes, static files, prerenders, functions.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MediaManifest } from '../lib/content/media';

const OUTPUT = '.vercel/output';
const CONTENT = '.vercel-content';
const PICTURE = /\.(?:jpe?g|png|webp|avif|gif)$/i;

interface Route {
  src?: string;
  dest?: string;
  middlewarePath?: string;
  status?: number;
}

const config = JSON.parse(readFileSync(path.join(OUTPUT, 'config.json'), 'utf8')) as { routes: Route[] };

/** Every function folder (the ones that are not links to another), with the files it ships and their size. */
function functions(): Array<{ name: string; files: string[]; bytes: number }> {
  const found: Array<{ name: string; files: string[]; bytes: number }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.name.endsWith('.func') && !lstatSync(full).isSymbolicLink()) {
        const vc = JSON.parse(readFileSync(path.join(full, '.vc-config.json'), 'utf8')) as { filePathMap?: Record<string, string> };
        // Files inside the folder, and the project files it maps in (Vercel's builder links those rather than copying them).
        const inside = readdirSync(full, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
        const mapped = Object.values(vc.filePathMap ?? {}).map((file) => path.resolve(file));
        const files = [...inside, ...mapped];
        found.push({ name: path.relative(path.join(OUTPUT, 'functions'), full), files, bytes: files.reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0) });
      } else if (entry.isDirectory() && !entry.name.endsWith('.func')) {
        walk(full);
      }
    }
  };
  walk(path.join(OUTPUT, 'functions'));
  return found;
}

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
    }
    const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`${all.length} functions; the largest, ${largest.name}, ships ${(largest.bytes / 1e6).toFixed(1)} MB in ${largest.files.length} files`);
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
