// The content workflow's steps (scripts/ci/content.sh, what .github/workflows/content.yml runs) in a
// clean clone, as GitHub's runner would run them: no Redis, no nginx, only Node, git and a browser.
// Good content passes (the new post is built and opened, the summary names it); a bad post fails at
// the content check, with an annotation on its file and line, before anything is built.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlaceholderImage } from '../placeholder-image';

const ROOT = path.resolve(import.meta.dirname, '../..');
let clone: string;

beforeAll(async () => {
  clone = await mkdtemp(path.join(os.tmpdir(), 'content-workflow-'));
  execFileSync('git', ['clone', '--quiet', ROOT, clone]);
  // The workflow's first step, as on GitHub (there from the runner's npm cache, here from npm's).
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, stdio: 'ignore' });
}, 300_000);

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

function runWorkflow(summary: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_URL: 'https://news.example.kz', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium', CONTENT_CHECK_PORT: '3311' };
  delete env.REDIS_URL;
  const run = spawnSync('bash', ['scripts/ci/content.sh', 'HEAD'], { cwd: clone, env, encoding: 'utf8', timeout: 600_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('the content workflow in a clean clone (no Redis, no nginx)', () => {
  it('fails on a bad post at the content check, with an annotation naming its file and line, and builds nothing', async () => {
    const folder = path.join(clone, 'content/posts/ci-bad-date');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'index.mdx'), "---\ntitle: Donor day\ndate: '31-02-2024 10:00'\n---\n\nText.\n");
    const run = runWorkflow(path.join(clone, 'summary-bad.md'));
    await rm(folder, { recursive: true });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/^::error file=content\/posts\/ci-bad-date\/index\.mdx,line=3(?:,col=\d+)?::field 'date': '31-02-2024 10:00' is not a valid date: day 31 does not exist in 2024-02/m);
    expect(run.output).not.toContain('== build of this content');
  }, 120_000);

  it('passes on good content: builds it, opens the new post with its gallery, and writes the summary staff read', async () => {
    const folder = path.join(clone, 'content/posts/ci-gallery-post');
    await mkdir(folder, { recursive: true });
    for (const name of ['ward-1.jpg', 'ward-2.jpg', 'ward-3.jpg']) await writePlaceholderImage(path.join(folder, name), 800, 533, name);
    await writeFile(
      path.join(folder, 'index.mdx'),
      "---\ntitle: The new ward opens\ndate: '01-12-2026 10:00'\ntaxonomy:\n  tag: [ward]\n---\n\nThe ward in pictures.\n\n[owl-carousel items=1 nav=true]\n![The ward](ward-1.jpg)\n![Beds](ward-2.jpg)\n![Garden](ward-3.jpg)\n[/owl-carousel]\n",
    );
    const summary = path.join(clone, 'summary-good.md');
    const run = runWorkflow(summary);
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(run.output).toContain('"folder": "ci-gallery-post"');
    expect(run.output).toContain('content/posts/ci-gallery-post/index.mdx: opens, title and date shown, galleries turn, no console error');
    const text = await readFile(summary, 'utf8');
    expect(text).toContain('| new | The new ward opens | en | `/news/ci-gallery-post` | live on merge | ✅ checked |');
    expect(text).not.toContain('multidisciplinary-approach-in-hematopathology'); // unchanged: not listed
  }, 600_000);
});
