// The build's first step (scripts/build.sh, so npm run build, the Dockerfile, Vercel and the tests'
// builds): what the site needs from the content besides the posts' text, made once per build.
// - Every photo of a post that is live or may still become live, as a static file under
//   public/media/: upright, without EXIF, XMP or IPTC data (GPS positions), named by a hash of its
//   bytes (lib/content/media.ts). Prepared photos are kept in <distDir>/cache/media/, which Vercel
//   keeps between builds, so a build re-encodes only photos it has not seen.
// - <content>/.prepared/media.json: each folder's photos (address, size), which the running site reads.
// - <content>/.prepared/addresses.json: what exists (lib/content/addresses.ts), from which
//   next.config.ts makes the router's rules.
// Content with errors stops it here, with every problem as `path:line: error: …`.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import { siteAddresses } from '../lib/content/addresses';
import { now } from '../lib/content/clock';
import { formatProblem } from '../lib/content/errors';
import { readAllPosts } from '../lib/content/loader';
import { contentHash, folderShipsPhotos, MEDIA_PATH, placeholderSrc, PREPARATION_VERSION, servedName, type MediaManifest } from '../lib/content/media';
import { ADDRESSES, contentDir, MEDIA_MANIFEST, preparedDir } from '../lib/content/paths';
import type { Post } from '../lib/content/posts';
import { withoutMetadata } from '../lib/content/photo-privacy';
import { site } from '../lib/site';

const root = path.resolve(import.meta.dirname, '..');
const publicMedia = path.join(root, 'public', MEDIA_PATH);
const cacheDir = path.resolve(root, process.env.NEXT_DIST_DIR || '.next', 'cache', 'media');

interface Prepared {
  bytes: Buffer;
  fromCache: boolean;
}

/** The photo upright and without metadata: from the cache when this version prepared these bytes before. */
async function prepare(file: string): Promise<Prepared> {
  const source = await readFile(file);
  const key = createHash('sha256').update(PREPARATION_VERSION).update(source).digest('hex');
  const cached = path.join(cacheDir, `${key}${path.extname(file).toLowerCase()}`);
  const hit = await readFile(cached).catch(() => null);
  if (hit) return { bytes: hit, fromCache: true };
  const bytes = await withoutMetadata(source);
  await writeFile(cached, bytes);
  return { bytes, fromCache: false };
}

/** Runs `work` on every item, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const started = Date.now();
const content = contentDir();
const { posts, problems } = await readAllPosts(content);
const errors = problems.filter((problem) => problem.severity === 'error');
if (errors.length > 0) {
  for (const problem of errors) console.error(formatProblem(problem));
  console.error(`\nThe content has ${errors.length} error${errors.length === 1 ? '' : 's'}: nothing was built (npm run content:check shows warnings too).`);
  process.exit(1);
}

const at = now();
const folders = new Map<string, Post[]>();
for (const post of posts) folders.set(post.folder, [...(folders.get(post.folder) ?? []), post]);

await rm(publicMedia, { recursive: true, force: true });
await mkdir(publicMedia, { recursive: true });
await mkdir(cacheDir, { recursive: true });
const manifest: MediaManifest = { version: PREPARATION_VERSION, folders: {} };
const counts = { photos: 0, shipped: 0, encoded: 0 };
await eachLimited([...folders], 4, async ([folder, versions]) => {
  const ships = folderShipsPhotos(versions, at);
  const dir = path.dirname(path.resolve(versions[0].sourcePath));
  manifest.folders[folder] = [];
  for (const image of versions[0].images) {
    const { bytes, fromCache } = await prepare(path.join(dir, image.name));
    const { width = image.width, height = image.height } = imageSize(bytes);
    const name = servedName(image.name, contentHash(bytes));
    if (ships) await writeFile(path.join(publicMedia, name), bytes);
    manifest.folders[folder].push({ name: image.name, width, height, src: ships ? `${MEDIA_PATH}/${name}` : placeholderSrc(width, height) });
    counts.photos++;
    if (ships) counts.shipped++;
    if (!fromCache) counts.encoded++;
  }
});

await mkdir(preparedDir(content), { recursive: true });
await writeFile(path.join(preparedDir(content), MEDIA_MANIFEST), JSON.stringify(manifest));
await writeFile(path.join(preparedDir(content), ADDRESSES), JSON.stringify(siteAddresses(posts, at, site)));
console.log(
  `Prepared ${path.relative(root, content) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${posts.length} post versions, ` +
    `${counts.shipped} of ${counts.photos} photos shipped (${counts.photos - counts.shipped} of drafts or expired posts left out), ${counts.encoded} encoded anew.`,
);
