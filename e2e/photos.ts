// Where the end-to-end build put a post's photos: the manifest scripts/prepare-content.ts wrote
// beside the fixture content (lib/content/media.ts). Photos are static files under public/media/.
import { readdirSync, readFileSync } from 'node:fs';
import type { MediaManifest } from '../lib/content/media';
import { E2E_CONTENT_DIR } from '../playwright.config';

const manifest = JSON.parse(readFileSync(`${E2E_CONTENT_DIR}/.prepared/media.json`, 'utf8')) as MediaManifest;

/** The address readers get the photo `name` of the post folder `folder` at (a data: placeholder for a post that ships none). */
export function photoUrl(folder: string, name: string): string {
  const photo = manifest.folders[folder]?.find((image) => image.name === name);
  if (!photo) throw new Error(`${folder}/${name} is not in ${E2E_CONTENT_DIR}/.prepared/media.json`);
  return photo.src;
}

/** The files the build serves under /media/. */
export function servedPhotoFiles(): string[] {
  return readdirSync('public/media');
}
