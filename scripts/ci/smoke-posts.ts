// The content workflow's last step: opens every changed post of the pull request's own build in
// Chromium (200, its title, its date, each gallery turning, no console error), and writes what a
// member of staff reads in the job summary: which posts are new or changed, when each goes live
// (Almaty time), the content check's warnings, and the preview link when there is one.
// Usage: tsx scripts/ci/smoke-posts.ts <changed.json> <base URL of a running build> [summary file]
import { appendFile, readFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { checkContent } from '../../lib/content/check';
import { toZonedIso } from '../../lib/content/dates';
import { formatProblem } from '../../lib/content/errors';
import { contentDir } from '../../lib/content/paths';
import type { Post } from '../../lib/content/posts';
import { notLiveReason } from '../../lib/content/publishing';
import { readAllPosts } from '../../lib/content/loader';
import { site } from '../../lib/site';
import type { ChangedPost } from './changed-posts';

const almaty = (instant: Date) => `${toZonedIso(instant, site.timeZone).slice(0, 16).replace('T', ' ')} (Almaty)`;
const pathOf = (post: Post) => `${post.lang === site.defaultLanguage ? '' : `/${post.lang}`}/news/${post.slug}`;

function whenLive(post: Post, now: Date): string {
  const reason = notLiveReason(post, now);
  if (reason === 'unpublished') return 'not published (published: false)';
  if (reason === 'scheduled') return `goes live ${almaty(post.publishAt!)}`;
  if (reason === 'expired') return `expired ${almaty(post.unpublishAt!)}`;
  return post.unpublishAt ? `live on merge, until ${almaty(post.unpublishAt)}` : 'live on merge';
}

/** Opens `post` and returns what is wrong with it, or an empty list. */
async function smoke(page: Page, base: string, post: Post): Promise<string[]> {
  const problems: string[] = [];
  const errors: string[] = [];
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${base}${pathOf(post)}`, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) return [`answered ${response?.status()}`];
  const title = (await page.locator('h1').first().innerText()).trim();
  if (title !== post.title.trim()) problems.push(`title is '${title}', expected '${post.title}'`);
  const datetime = await page.locator('article time').first().getAttribute('datetime');
  if (datetime !== toZonedIso(post.date, site.timeZone)) problems.push(`date is ${datetime}, expected ${toZonedIso(post.date, site.timeZone)}`);
  for (const gallery of await page.locator('[aria-roledescription="carousel"]').all()) {
    await gallery.scrollIntoViewIfNeeded();
    // (Functions passed to the page stay anonymous: tsx would wrap a named one in a helper the page lacks.)
    const started = await page.waitForFunction((node) => node?.hasAttribute('data-ready'), await gallery.elementHandle(), { timeout: 10_000 }).then(() => true, () => false);
    if (!started) {
      problems.push('a gallery did not start');
      continue;
    }
    // The controls are [autoplay], previous, next: the last one turns the gallery forward.
    const next = gallery.locator('button').last();
    const first = gallery.locator('[aria-roledescription="slide"]').first();
    if ((await gallery.locator('[aria-roledescription="slide"]').count()) > 1 && (await next.isEnabled())) {
      const before = (await first.boundingBox())?.x;
      await next.click();
      await page.waitForTimeout(600);
      if ((await first.boundingBox())?.x === before) problems.push('a gallery does not turn');
    }
    const broken = await gallery.locator('img').evaluateAll((images) => images.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0).length);
    if (broken) problems.push(`${broken} gallery picture(s) do not load`);
  }
  const brokenImages = await page.locator('article img:not([loading="lazy"])').evaluateAll((images) => images.filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0).length);
  if (brokenImages) problems.push(`${brokenImages} picture(s) do not load`);
  problems.push(...errors.map((error) => `console error: ${error.slice(0, 200)}`));
  return problems;
}

async function main(): Promise<void> {
  const [changedFile, base, summaryFile = process.env.GITHUB_STEP_SUMMARY] = process.argv.slice(2);
  if (!changedFile || !base) {
    console.error('usage: tsx scripts/ci/smoke-posts.ts <changed.json> <base URL> [summary file]');
    process.exit(2);
  }
  const changed = JSON.parse(await readFile(changedFile, 'utf8')) as ChangedPost[];
  const now = new Date();
  const { posts } = await readAllPosts(contentDir());
  const { problems } = await checkContent(contentDir(), changed.map((c) => `${contentDir()}/posts/${c.folder}`));
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium' });
  const page = await browser.newPage();
  const rows: string[] = [];
  let failures = 0;
  for (const { folder, status } of changed) {
    for (const post of posts.filter((p) => p.folder === folder)) {
      const live = notLiveReason(post, now) === null;
      const found = live ? await smoke(page, base, post) : [];
      failures += found.length;
      for (const problem of found) console.log(`::error file=${post.sourcePath}::${pathOf(post)}: ${problem}`);
      console.log(`${post.sourcePath}: ${live ? (found.length ? found.join('; ') : 'opens, title and date shown, galleries turn, no console error') : 'not live yet: not opened'}`);
      rows.push(`| ${status} | ${post.title.replace(/\|/g, '\\|')} | ${post.lang} | \`${pathOf(post)}\` | ${whenLive(post, now)} | ${live ? (found.length ? `❌ ${found.join('; ')}` : '✅ checked') : '—'} |`);
    }
  }
  await browser.close();
  const warnings = problems.filter((p) => p.severity === 'warning');
  const preview = process.env.PREVIEW_URL;
  const summary = [
    '## Content of this pull request',
    changed.length === 0 ? 'No post is new or changed.' : ['| | title | language | address | when | page check |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n'),
    preview ? `Preview: ${preview}` : 'Preview: the link appears on the pull request when Vercel posts it.',
    warnings.length ? `### Warnings\n\n${warnings.map((w) => `- ${formatProblem(w)}`).join('\n')}` : 'No warnings.',
  ].join('\n\n');
  if (summaryFile) await appendFile(summaryFile, `${summary}\n`);
  else console.log(summary);
  process.exitCode = failures ? 1 : 0;
}

await main();
