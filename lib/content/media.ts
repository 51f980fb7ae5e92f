// Photos are static files. The build prepares every post folder's photos once
// (scripts/prepare-content.ts): upright and without EXIF, XMP or IPTC data (photo-privacy.ts), under
// a name that carries a hash of the prepared bytes (`ward-3-1f0c…9a.jpg` under /media/), so that a
// CDN or nginx serves them for good with no code of ours, and nobody can guess the name of a photo
// that no page links yet. The manifest it writes beside the content is how the site knows each
// photo's address and size when it runs: no server function carries a picture.

import { createHash } from 'node:crypto';
import type { ImageFile } from './images';
import { mayBeLive, type PublishState } from './publishing';

/** Where prepared photos are served from (files under public/media/). */
export const MEDIA_PATH = '/media';

/** Bumped whenever preparation changes its output, so no cached result of an older one is reused. */
export const PREPARATION_VERSION = 'upright-no-metadata-1';

/** What the build prepared: each post folder's photos as readers get them. */
export interface MediaManifest {
  version: typeof PREPARATION_VERSION;
  /** Post folder name → its images, in natural file-name order. */
  folders: Record<string, ImageFile[]>;
}

/** The first 16 hex digits (64 bits) of the SHA-256 of `bytes`: names nobody guesses. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * The served file name of the folder's `name` whose prepared bytes hash to `hash`: lowercase,
 * letters and digits kept, anything else a hyphen (`Ward 3.JPG` → `ward-3-<hash>.jpg`).
 */
export function servedName(name: string, hash: string): string {
  const dot = name.lastIndexOf('.');
  const stem = (dot > 0 ? name.slice(0, dot) : name)
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase().replace('jpeg', 'jpg') : 'bin';
  return `${stem ? `${stem}-` : ''}${hash}.${extension}`;
}

/**
 * Whether a post folder's photos ship with a build made at `now`: some version of the post is live
 * or may still become live. A draft (`published: false`) or a post whose every version has expired
 * ships none; a scheduled post's photos ship under their unguessable names, linked by no page until
 * its time.
 */
export function folderShipsPhotos(versions: readonly PublishState[], now: Date): boolean {
  return versions.some((post) => mayBeLive(post, now));
}

/**
 * What stands for a photo that did not ship (a draft's, seen only in a preview): a grey box of the
 * photo's proportions saying so, as an inline SVG, so that the page keeps its layout.
 */
export function placeholderSrc(width: number, height: number, label = 'Photo not published'): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#e4e4e7"/>` +
    `<text x="50%" y="50%" font-family="sans-serif" font-size="${Math.max(12, Math.round(Math.min(width, height) / 12))}" fill="#52525b" text-anchor="middle">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
