// The content check: everything the build would refuse, plus what a reviewer should look at —
// unused photos, photos without a description, links to posts that do not exist. It reads content
// with the same loader and plugins as the site (one parser), so a post that passes here builds.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDate } from '../i18n/messages';
import { now as clockNow } from './clock';
import type { ContentProblem } from './errors';
import { lineOfField, splitFrontMatter } from './frontmatter';
import { readAllNotices, readAllPosts } from './loader';
import { photoHasGps } from './photo-privacy';
import { isLanguage } from '../i18n/languages';
import { site } from '../site';

const POST_LINK = /^(?:\/([a-z]{2,3}))?\/news\/([^/?#]+)\/?(?:[?#].*)?$/;

export interface CheckResult {
  problems: ContentProblem[];
  postCount: number;
}

function order(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** The line of a front-matter field in a post's source (read again: only for the rare warnings that need it). */
async function lineInSource(sourcePath: string, field: string): Promise<number | undefined> {
  return lineOfField(splitFrontMatter(await readFile(sourcePath, 'utf8').catch(() => '')), field);
}

/** Checks all posts under `root` at `now`; with `only`, reports problems of files under those paths alone. */
export async function checkContent(root: string, only: string[] = [], now: Date = clockNow()): Promise<CheckResult> {
  const { posts, problems } = await readAllPosts(root);
  problems.push(...(await readAllNotices(root)).problems);
  const slugs = new Set(posts.map((post) => post.slug));
  // Posts with errors are not in `posts`, but their folder names still exist as slugs.
  for (const problem of problems) slugs.add(path.basename(path.dirname(problem.file)));

  // A folder's images are shared by its languages: check them once, against what any version uses.
  const folders = new Map<string, typeof posts>();
  for (const post of posts) folders.set(post.folder, [...(folders.get(post.folder) ?? []), post]);
  for (const versions of folders.values()) {
    const [first] = versions;
    const used = new Set(versions.flatMap((post) => [...post.references.images, ...(post.headerImage ? [post.headerImage.name] : [])]));
    for (const image of first.images) {
      if (await photoHasGps(path.join(path.dirname(first.sourcePath), image.name)).catch(() => false)) {
        problems.push({ file: first.sourcePath, severity: 'warning', message: `photo '${image.name}' contains a GPS position: run npm run content:strip-metadata before publishing` });
      }
      if (!used.has(image.name)) {
        problems.push({ file: first.sourcePath, severity: 'warning', message: `image '${image.name}' in the post's folder is not used (neither in the text nor as the header image)` });
      }
    }
  }
  const versionsBySlug = new Set(posts.map((post) => `${post.lang}/${post.slug}`));
  for (const post of posts) {
    for (const link of post.references.links) {
      const match = POST_LINK.exec(link.url);
      // `/de/news/x` is not a page of this site's languages: not a post link to check.
      if (!match || (match[1] !== undefined && !isLanguage(match[1]))) continue;
      const lang = match[1] ?? site.defaultLanguage;
      const slug = decodeURIComponent(match[2]);
      if (!slugs.has(slug)) {
        problems.push({ file: post.sourcePath, line: link.line, column: link.column, severity: 'error', message: `link to ${link.url}: there is no post '${match[2]}'` });
      } else if (!versionsBySlug.has(`${lang}/${slug}`) && posts.some((other) => other.slug === slug)) {
        problems.push({ file: post.sourcePath, line: link.line, column: link.column, severity: 'warning', message: `link to ${link.url}: post '${match[2]}' has no ${lang} version` });
      }
    }
  }

  // Health information past its review date: for staff to act on (readers never see it).
  for (const post of posts) {
    if (post.review?.next && post.review.next.getTime() <= now.getTime()) {
      problems.push({
        file: post.sourcePath,
        line: await lineInSource(post.sourcePath, 'next_review'),
        field: 'next_review',
        severity: 'warning',
        message: `the medical review is due since ${formatDate('en', post.review.next)} (reviewed ${formatDate('en', post.review.date)} by ${post.review.name}): have it checked again, then update reviewed_date and next_review`,
      });
    }
  }

  const wanted = only.map((p) => path.relative(process.cwd(), path.resolve(p)));
  const selected = wanted.length ? problems.filter((p) => wanted.some((w) => p.file === w || p.file.startsWith(`${w}${path.sep}`) || w === '')) : problems;
  return { problems: selected.sort(order), postCount: posts.length };
}

/** A GitHub Actions workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(problem: ContentProblem): string {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  if (problem.line && problem.column) properties.push(`col=${problem.column}`);
  const message = `${problem.field ? `field '${problem.field}': ` : ''}${problem.message}`;
  return `::${problem.severity} ${properties.join(',')}::${escapeData(message)}`;
}
