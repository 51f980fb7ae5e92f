// Every framework internal the code relies on is listed in docs/upgrading-next.md, beside the file
// that relies on it: a grep over the project for the marks of an internal (a deep import of
// next/dist, a well-known symbol, a global singleton, React's page data, a file of a build folder,
// an undocumented header or environment variable, an unstable_ API). A new use that the page does
// not name fails here, so the list an upgrader reads stays complete.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

/** The marks of an internal, each with the word the page's row must contain. */
const MARKS: Array<{ mark: RegExp; word: string }> = [
  { mark: /next\/dist\//, word: 'next/dist' },
  { mark: /Symbol\.for\(/, word: 'Symbol.for' },
  { mark: /globalThis/, word: 'globalThis' },
  { mark: /__next_f/, word: '__next_f' },
  { mark: /__prerender_bypass|__next_preview_data/, word: '__prerender_bypass' },
  { mark: /process\.env\.NEXT_PHASE\b/, word: 'NEXT_PHASE' },
  { mark: /\bunstable_\w+/, word: 'unstable_' },
  { mark: /\bBUILD_ID\b/, word: 'BUILD_ID' },
  { mark: /prerender-manifest\.json/, word: 'prerender-manifest.json' },
  { mark: /server\/route-cache|server\/app\b/, word: 'server/app' },
  { mark: /x-nextjs-cache/, word: 'x-nextjs-cache' },
  { mark: /x-matched-path/, word: 'x-matched-path' },
];

/** Where the marks are looked for: every tracked source file but docs and this test. */
function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', '*.ts', '*.tsx', '*.cjs', '*.mjs', '*.js', '*.sh', '*.conf'], { cwd: ROOT }).toString();
  return out.split('\n').filter((file) => file && !file.startsWith('docs/') && file !== 'lib/internals.test.ts' && !file.includes('node_modules/'));
}

function rows(): string[] {
  return readFileSync(path.join(ROOT, 'docs/upgrading-next.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line));
}

describe('framework internals', () => {
  const table = rows();
  const uses = sourceFiles().flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(path.join(ROOT, file), 'utf8');
    } catch {
      return []; // listed by git but deleted in the work tree
    }
    return MARKS.filter(({ mark }) => mark.test(text)).map(({ word }) => ({ file, word }));
  });

  it('finds the internals it knows about (the grep works)', () => {
    expect(uses).toContainEqual({ file: 'deploy/cache-handler.cjs', word: 'next/dist' });
    expect(uses).toContainEqual({ file: 'lib/content/loader.ts', word: 'globalThis' });
  });

  it('are each named in docs/upgrading-next.md in a row that names the file', () => {
    const missing = uses
      .filter(({ file, word }) => !table.some((row) => row.includes(word) && row.includes(file)))
      .map(({ file, word }) => `${file} uses ${word}`);
    expect(missing, 'add a row (or the file to a row) in docs/upgrading-next.md: what, where, why, which test fails').toEqual([]);
  });

  it('names in every row a test or a command that would fail', () => {
    for (const row of table) {
      const cells = row.split(' | ');
      expect(cells.at(-1), row).toMatch(/\.test\.ts|\.spec\.ts|npm run/);
    }
  });
});
