// The only module of the pipeline that touches the file system. It reads CONTENT_DIR once per
// process (a build worker, a `next start` server) and hands out typed posts, or fails with every problem.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import { site } from '../site';
import { ContentError, ProblemList, type ContentProblem } from './errors';
import { isImageFile, type ImageFile } from './images';
import { buildPost, type Post } from './posts';

export const POST_FILES = ['index.mdx', 'index.md'] as const;

/** CONTENT_DIR, absolute or relative to the project root; default `content`. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

export function postsDir(root = contentDir()): string {
  return path.join(root, 'posts');
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

async function readImages(folder: string, names: string[], problems: ProblemList): Promise<ImageFile[]> {
  const images: ImageFile[] = [];
  for (const name of names.filter(isImageFile)) {
    try {
      const size = imageSize(await readFile(path.join(folder, name)));
      if (!size.width || !size.height) throw new Error('no dimensions');
      images.push({ name, width: size.width, height: size.height });
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
export async function readAllPosts(root = contentDir()): Promise<ReadResult> {
  const dir = postsDir(root);
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
    const folderPath = path.join(dir, folder);
    const names = await readdir(folderPath);
    const present = POST_FILES.filter((file) => names.includes(file));
    if (present.length === 0) {
      problems.push({ file: relative(folderPath), severity: 'error', message: `the folder has no ${POST_FILES.join(' or ')}` });
      continue;
    }
    const filePath = path.join(folderPath, present[0]);
    const list = new ProblemList(relative(filePath));
    if (present.length > 1) list.error(`both ${POST_FILES.join(' and ')} exist; keep one`);
    const post = buildPost(
      {
        folder,
        sourcePath: relative(filePath),
        format: present[0].endsWith('.mdx') ? 'mdx' : 'md',
        text: await readFile(filePath, 'utf8'),
        images: await readImages(folderPath, names, list),
      },
      site.timeZone,
      list,
    );
    const clash = post ? bySlug.get(post.slug) : undefined;
    if (post && clash) list.error(`slug '${post.slug}' is already used by ${clash.sourcePath}`, { field: 'slug' });
    problems.push(...list.items);
    if (post && !clash && !list.hasErrors) {
      posts.push(post);
      bySlug.set(post.slug, post);
    }
  }
  return { posts, problems };
}

let loaded: { dir: string; mtime: number; posts: Promise<Post[]> } | null = null;

/**
 * All posts, read once per process and again only when the posts folder changes (new or removed
 * folders in development). Throws a ContentError listing every error: a build with bad content fails.
 */
export async function getAllPosts(): Promise<Post[]> {
  const dir = contentDir();
  const mtime = process.env.NODE_ENV === 'development' ? (await stat(postsDir(dir)).catch(() => null))?.mtimeMs ?? 0 : 0;
  if (!loaded || loaded.dir !== dir || loaded.mtime !== mtime) {
    const posts = readAllPosts(dir).then(({ posts, problems }) => {
      if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems);
      return posts;
    });
    loaded = { dir, mtime, posts };
    posts.catch(() => {
      loaded = null;
    });
  }
  return loaded.posts;
}

/** Absolute path of a file in a post's folder, or null when the name is not a plain file name. */
export function mediaFilePath(post: Post, file: string): string | null {
  if (!isImageFile(file) || !post.images.some((image) => image.name === file)) return null;
  return path.join(/*turbopackIgnore: true*/ process.cwd(), path.dirname(post.sourcePath), file);
}
