// Where content lives, and where a build leaves what it prepared from it. No other imports, so that
// next.config.ts can ask without loading the pipeline. Every path here and in the loader is marked
// turbopackIgnore: the file tracer would otherwise read `path.join(<anything>, 'posts')` as every
// posts folder of the project (a benchmark's, a test's) and ship them all with each server function;
// next.config.ts ships the content's text explicitly (outputFileTracingIncludes).
import path from 'node:path';

export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

export function postsDir(root = contentDir()): string {
  return path.join(/*turbopackIgnore: true*/ root, 'posts');
}

export function noticesDir(root = contentDir()): string {
  return path.join(/*turbopackIgnore: true*/ root, 'notices');
}

/**
 * What scripts/prepare-content.ts writes beside the content for the build and the running site:
 * the photos' manifest (MEDIA_MANIFEST) and the addresses the router answers (ADDRESSES).
 */
export function preparedDir(root = contentDir()): string {
  return path.join(/*turbopackIgnore: true*/ root, '.prepared');
}

export const MEDIA_MANIFEST = 'media.json';
export const ADDRESSES = 'addresses.json';
