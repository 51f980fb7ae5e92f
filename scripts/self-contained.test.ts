// The project runs from a clone alone: nothing it builds, tests or serves reads outside its folder,
// and the seed post the site ships is still the seed staff wrote (kept as a fixture, as given).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** Written this way so that this file does not name what it looks for. */
const OUTSIDE = ['..', 'shared'].join('/');
/** The same folder named without the ../: a comment citing a notes file by that path points nowhere in a clone. */
const OUTSIDE_BY_NAME = new RegExp(`(?<![\\w./-])${['shared', ''].join('/')}`);
// Dependencies and what builds and tests write (every dot-folder but .ci is output or tooling).
const isSkipped = (name: string) => name === 'node_modules' || name === 'test-results' || name === 'playwright-report' || (name.startsWith('.') && name !== '.ci');
const SOURCE = /\.(ts|tsx|js|mjs|cjs|sh|json|ya?ml|css|md)$|^run$|^Dockerfile$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return isSkipped(entry.name) ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

describe('a clone of the project is enough', () => {
  it(`no source file names ${OUTSIDE}`, () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return text.includes(OUTSIDE) || OUTSIDE_BY_NAME.test(text);
      })
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('the seed post in content/ is byte for byte the seed as given (e2e/fixtures/seed)', () => {
    const given = readFileSync(path.join(root, 'e2e/fixtures/seed/000_e9ed13e40c74da8a.txt'));
    const shipped = readFileSync(path.join(root, 'content/posts/multidisciplinary-approach-in-hematopathology/index.mdx'));
    expect(shipped.equals(given)).toBe(true);
  });

  it('the real Grav posts are here with their licence notes', () => {
    const sources = readFileSync(path.join(root, 'e2e/fixtures/grav-real/SOURCES.md'), 'utf8');
    expect(sources).toContain('MIT');
    const folders = readdirSync(path.join(root, 'e2e/fixtures/grav-real'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.sort()).toEqual(['classic-modern-architecture', 'daring-fireball-link', 'london-at-night', 'module-01', 'module-02', 'module-13']);
    for (const folder of folders) expect(sources).toContain(`\`${folder}\``);
  });
});
