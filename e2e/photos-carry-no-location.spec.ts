import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { exifHasGps } from '../lib/content/photo-privacy';
import { photoUrl } from './photos';

// header-10.jpg of this fixture post was written with a camera model and a GPS position.
const ORIGINAL = '.e2e-content/posts/with-header-image/header-10.jpg';
const MEDIA = photoUrl('with-header-image', 'header-10.jpg');

test('photos are served without EXIF location or camera data, original and optimized', async ({ request }) => {
  expect(exifHasGps((await sharp(readFileSync(ORIGINAL)).metadata()).exif)).toBe(true);
  for (const url of [MEDIA, `/_next/image?url=${encodeURIComponent(MEDIA)}&w=640&q=75`]) {
    const response = await request.get(url, { headers: { Accept: 'image/avif,image/webp,image/jpeg' } });
    expect(response.status(), url).toBe(200);
    const body = await response.body();
    const meta = await sharp(body).metadata();
    expect(meta.exif, url).toBeUndefined();
    expect(meta.xmp, url).toBeUndefined();
    expect(body.includes(Buffer.from('PhoneMaker')), url).toBe(false);
  }
});
