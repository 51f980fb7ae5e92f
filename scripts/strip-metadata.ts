// npm run content:strip-metadata [paths…]: removes EXIF/XMP/IPTC metadata (GPS positions, camera
// details) from the photos of posts, in place. Photos without metadata are left untouched.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { isImageFile } from '../lib/content/images';
import { postsDir } from '../lib/content/paths';
import { withoutMetadata } from '../lib/content/photo-privacy';

async function photos(target: string): Promise<string[]> {
  const entries = await readdir(target, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && isImageFile(e.name)).map((e) => path.join(e.parentPath, e.name));
}

const targets = process.argv.slice(2).length ? process.argv.slice(2) : [postsDir()];
let changed = 0;
for (const target of targets) {
  for (const file of await photos(target)) {
    const { exif, xmp, iptc } = await sharp(file).metadata();
    if (!exif && !xmp && !iptc) continue;
    const before = await readFile(file);
    await writeFile(file, await withoutMetadata(before));
    changed++;
    console.log(`stripped ${path.relative(process.cwd(), file)}`);
  }
}
console.log(`${changed} photo${changed === 1 ? '' : 's'} cleaned.`);
