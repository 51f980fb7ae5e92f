// The only module of the pipeline that touches the file system. It reads CONTENT_DIR once per
// process (a build worker, a `next start` server) and hands out typed posts and notices, or fails
// with every problem. The running site learns a folder's photos from what the build prepared
// (lib/content/media.ts), not from the pictures, which its server functions do not carry.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { isLanguage } from '../i18n/languages';
import { site } from '../site';
import { ContentError, ProblemList, type ContentProblem } from './errors';
import { isImageFile, type ImageFile } from './images';
import { placeholderSrc, PREPARATION_VERSION, type MediaManifest } from './media';
import { contentDir, MEDIA_MANIFEST, noticesDir, postsDir, preparedDir } from './paths';
import { buildNotice, type Notice } from './notices';
import { buildPost, type Post } from './posts';
import { profiled } from '../build-profile';

/** The default language's file names; a translation adds its language: `index.ru.mdx`, `index.kk.md`. */
export const POST_FILES = ['index.mdx', 'index.md'] as const;

const POST_FILE = /^index(?:\.([a-z]{2,3}))?\.(mdx|md)$/;

/** A post file's language and format, or null when the name is not a post file. */
export function postFileLanguage(name: string): { lang: string; format: 'mdx' | 'md' } | null {
  const match = POST_FILE.exec(name);
  return match ? { lang: match[1] ?? site.defaultLanguage, format: match[2] as 'mdx' | 'md' } : null;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * Where a read learns each folder's images. `files`: from the pictures themselves (the content
 * check, the importer, the build's preparation of the photos). `prepared`: from the manifest the
 * build wrote (the running site).
 */
export type ImageSource = 'files' | 'prepared';

async function readManifest(root: string): Promise<MediaManifest | null> {
  const text = await readFile(path.join(/*turbopackIgnore: true*/ preparedDir(root), MEDIA_MANIFEST), 'utf8').catch(() => null);
  if (text === null) return null;
  const manifest = JSON.parse(text) as MediaManifest;
  return manifest.version === PREPARATION_VERSION ? manifest : null;
}

/** Each image's size as shown: upright, so EXIF orientations 5–8 (a quarter turn) swap the sides. */
async function readImageFiles(folder: string, names: string[], problems: ProblemList): Promise<ImageFile[]> {
  const images: ImageFile[] = [];
  for (const name of names.filter(isImageFile)) {
    try {
      // Reads only the file's header, not the whole photo.
      const size = await imageSizeFromFile(path.join(/*turbopackIgnore: true*/ folder, name));
      if (!size.width || !size.height) throw new Error('no dimensions');
      const turned = (size.orientation ?? 1) >= 5;
      const [width, height] = turned ? [size.height, size.width] : [size.width, size.height];
      images.push({ name, width, height, src: placeholderSrc(width, height) });
    } catch {
      problems.error(`image '${name}' cannot be read as an image (is the file complete?)`);
    }
  }
  return images;
}

export interface ReadResult {
  posts: Post[];
  problems: ContentProblem[];
}

/** Reads every post under `root/posts`, collecting every problem instead of stopping at the first. */
export function readAllPosts(root = contentDir(), images: ImageSource = 'files'): Promise<ReadResult> {
  return profiled('content: read and check every post', () => readPosts(root, images));
}

async function readPosts(root: string, source: ImageSource): Promise<ReadResult> {
  const dir = postsDir(root);
  const manifest = source === 'prepared' ? await readManifest(root) : null;
  const problems: ContentProblem[] = [];
  let folders: string[];
  try {
    folders = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return { posts: [], problems: [{ file: relative(dir), severity: 'error', message: 'the posts folder does not exist' }] };
  }
  const posts: Post[] = [];
  const bySlug = new Map<string, Post>();
  for (const folder of folders) {
    const folderPath = path.join(/*turbopackIgnore: true*/ dir, folder);
    const names = await readdir(folderPath);
    const files = names.flatMap((name) => {
      const kind = postFileLanguage(name);
      return kind ? [{ name, ...kind }] : [];
    });
    if (files.length === 0) {
      problems.push({ file: relative(folderPath), severity: 'error', message: `the folder has no ${POST_FILES.join(' or ')} (nor a translation such as index.ru.mdx)` });
      continue;
    }
    // The default language's file first: it names the post in messages about the folder's images.
    files.sort((a, b) => Number(b.lang === site.defaultLanguage) - Number(a.lang === site.defaultLanguage) || a.name.localeCompare(b.name));
    const imageProblems = new ProblemList(relative(path.join(/*turbopackIgnore: true*/ folderPath, files[0].name)));
    const images = source === 'files' ? await readImageFiles(folderPath, names, imageProblems) : preparedImages(manifest, folder, names, imageProblems);
    problems.push(...imageProblems.items);
    const versions: Post[] = [];
    for (const file of files) {
      const filePath = path.join(/*turbopackIgnore: true*/ folderPath, file.name);
      const list = new ProblemList(relative(filePath));
      if (!isLanguage(file.lang)) {
        list.error(`'${file.lang}' is not one of the site's languages (${site.languages.join(', ')}): name the file index.<language>.mdx with one of them`);
        problems.push(...list.items);
        continue;
      }
      const twin = files.find((other) => other !== file && other.lang === file.lang);
      if (twin && file.name > twin.name) continue; // reported once, on the first of the pair
      if (twin) list.error(`both ${file.name} and ${twin.name} are the ${file.lang} version of this post; keep one`);
      const post = buildPost(
        { folder, lang: file.lang, sourcePath: relative(filePath), format: file.format, text: await readFile(filePath, 'utf8'), images },
        site.timeZone,
        list,
      );
      const first = versions[0];
      if (post && first && first.slug !== post.slug) {
        list.error(`slug '${post.slug}' differs from '${first.slug}' of ${first.sourcePath}: every language of a post has the same slug`, { field: 'slug' });
      }
      const clash = post ? bySlug.get(`${post.lang}/${post.slug}`) : undefined;
      if (post && clash) list.error(`slug '${post.slug}' is already used by ${clash.sourcePath}`, { field: 'slug' });
      problems.push(...list.items);
      if (post && !clash && !list.hasErrors && !imageProblems.hasErrors) versions.push(post);
    }
    for (const post of versions) {
      posts.push(post);
      bySlug.set(`${post.lang}/${post.slug}`, post);
    }
  }
  return { posts, problems };
}

/** A folder's images as the build prepared them; a picture on disk that the build did not prepare is an error. */
function preparedImages(manifest: MediaManifest | null, folder: string, names: string[], problems: ProblemList): ImageFile[] {
  const prepared = manifest?.folders[folder];
  if (prepared) return prepared;
  // A server has no pictures (Vercel's functions) or the pictures of its build: one here that the
  // build never saw means the content changed after it.
  const unprepared = names.filter(isImageFile);
  if (unprepared.length > 0) {
    problems.error(`photos ${unprepared.map((name) => `'${name}'`).join(', ')} were not prepared by the build (${manifest ? 'the folder is newer than the build' : 'no manifest'}): run npm run build`);
  }
  return [];
}

/** Size and mtime of every file under the posts folder: changes when any post or image does. */
async function fingerprint(dir: string): Promise<string> {
  const parts: string[] = [];
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;
    const names = await readdir(path.join(/*turbopackIgnore: true*/ dir, folder.name)).catch(() => [] as string[]);
    for (const name of names) {
      const info = await stat(path.join(/*turbopackIgnore: true*/ dir, folder.name, name)).catch(() => null);
      parts.push(`${folder.name}/${name}:${info?.size ?? '?'}:${info?.mtimeMs ?? '?'}`);
    }
  }
  return parts.join('\n');
}

/**
 * How often a running server looks for changed content (development: on every request). During
 * `next build` the content cannot change: each build process reads it once and never looks again
 * (listing every file of a thousand-post site costs seconds).
 */
const RECHECK_MS = process.env.NEXT_PHASE === 'phase-production-build' ? Infinity : process.env.NODE_ENV === 'development' ? 0 : 5000;

const CONTENT_STATE = Symbol.for('hematology-news.content');

/** What one kind of content (posts, notices) has read, and the read in progress. */
interface WatchState<T> {
  current: Loaded<T> | null;
  pending: Promise<T[]> | null;
}

interface Loaded<T> {
  dir: string;
  fingerprint: string;
  checkedAt: number;
  items: T[];
  /** The fingerprint of content that failed to read: not read (nor reported) again until it changes. */
  rejected?: string;
}

/**
 * What `read` finds under `folder`, read once per process and again when files there change
 * (checked at most every few seconds). Throws a ContentError listing every error when there is
 * no good content to fall back on, so a build with bad content fails; a running server keeps the
 * last good content, says which file is wrong, and picks the content up again once it is fixed.
 */
function watchedContent<T>(folder: (root: string) => string, read: (root: string) => Promise<{ items: T[]; problems: ContentProblem[] }>, what: string): () => Promise<T[]> {
  // Kept on globalThis, not in this module: Next loads the app's code once for pages and once for
  // route handlers in the same process, and both should share one read of the content.
  const shared = ((globalThis as { [CONTENT_STATE]?: Record<string, WatchState<unknown>> })[CONTENT_STATE] ??= {});
  const state = (shared[what] ??= { current: null, pending: null }) as WatchState<T>;

  async function reload(dir: string): Promise<T[]> {
    const print = await profiled('content: fingerprint files', () => fingerprint(folder(dir)));
    if (state.current && state.current.dir === dir && (state.current.fingerprint === print || state.current.rejected === print)) {
      state.current.checkedAt = Date.now();
      return state.current.items;
    }
    const { items, problems } = await read(dir);
    if (problems.some((problem) => problem.severity === 'error')) {
      const error = new ContentError(problems);
      if (!state.current || state.current.dir !== dir) throw error;
      console.error(`The ${what} changed but cannot be used; still serving the previous ${what}.\n${error.message}`);
      state.current.checkedAt = Date.now();
      state.current.rejected = print;
      return state.current.items;
    }
    state.current = { dir, fingerprint: print, checkedAt: Date.now(), items };
    return items;
  }

  return () => {
    const dir = contentDir();
    if (state.current && state.current.dir === dir && Date.now() - state.current.checkedAt < RECHECK_MS) return Promise.resolve(state.current.items);
    state.pending ??= reload(dir).finally(() => {
      state.pending = null;
    });
    return state.pending;
  };
}

/** All posts (see watchedContent). */
export const getAllPosts: () => Promise<Post[]> = watchedContent(postsDir, async (root) => {
  const { posts, problems } = await readAllPosts(root, 'prepared');
  return { items: posts, problems };
}, 'posts');

const NOTICE_FILE = /^index(?:\.([a-z]{2,3}))?\.md$/;

/** Reads every notice under `root/notices` (the folder is optional), collecting every problem. */
export async function readAllNotices(root = contentDir()): Promise<{ notices: Notice[]; problems: ContentProblem[] }> {
  const dir = noticesDir(root);
  const folders = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const notices: Notice[] = [];
  const problems: ContentProblem[] = [];
  for (const name of folders) {
    const folderPath = path.join(/*turbopackIgnore: true*/ dir, name);
    const files = (await readdir(folderPath)).filter((file) => NOTICE_FILE.test(file));
    if (files.length === 0) {
      problems.push({ file: relative(folderPath), severity: 'error', message: 'the folder has no index.md (nor a translation such as index.ru.md)' });
      continue;
    }
    for (const file of files) {
      const filePath = path.join(/*turbopackIgnore: true*/ folderPath, file);
      const list = new ProblemList(relative(filePath));
      const lang = NOTICE_FILE.exec(file)?.[1] ?? site.defaultLanguage;
      if (!isLanguage(lang)) {
        list.error(`'${lang}' is not one of the site's languages (${site.languages.join(', ')}): name the file index.<language>.md with one of them`);
      } else {
        const notice = buildNotice({ name, lang, sourcePath: relative(filePath), text: await readFile(filePath, 'utf8') }, site.timeZone, list);
        if (notice) notices.push(notice);
      }
      problems.push(...list.items);
    }
  }
  return { notices, problems };
}

/** All notices (see watchedContent). */
export const getAllNotices: () => Promise<Notice[]> = watchedContent(noticesDir, async (root) => {
  const { notices, problems } = await readAllNotices(root);
  return { items: notices, problems };
}, 'notices');
