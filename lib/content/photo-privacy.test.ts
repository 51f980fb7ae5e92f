import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exifHasGps, withoutMetadata } from './photo-privacy';

async function photo(withGps: boolean): Promise<Buffer> {
  const image = sharp({ create: { width: 64, height: 48, channels: 3, background: '#8a1c2b' } }).jpeg();
  return (withGps
    ? image.withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' } })
    : image.withExif({ IFD0: { Make: 'PhoneMaker' } })
  ).toBuffer();
}

describe('photo privacy', () => {
  it('finds a GPS position in EXIF, and none where there is only camera data', async () => {
    expect(exifHasGps((await sharp(await photo(true)).metadata()).exif)).toBe(true);
    expect(exifHasGps((await sharp(await photo(false)).metadata()).exif)).toBe(false);
    expect(exifHasGps(undefined)).toBe(false);
    expect(exifHasGps(Buffer.from('Exif\0\0II*\0garbage'))).toBe(false);
  });

  it('serves photos without EXIF, XMP or IPTC, at the same size', async () => {
    const cleaned = await withoutMetadata(await photo(true));
    const meta = await sharp(cleaned).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([64, 48]);
  });
});
