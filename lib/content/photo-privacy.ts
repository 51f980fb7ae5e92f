// Hospital photos may carry camera GPS positions and other EXIF/XMP data. The site never serves
// them (the build re-encodes them without metadata, scripts/prepare-content.ts); the content check warns about GPS in
// committed photos; `npm run content:strip-metadata` removes metadata from the files themselves.
import sharp from 'sharp';

/** Whether EXIF data (as sharp returns it, "Exif\0\0" + TIFF) holds a GPS block with any entry. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 14) return false;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return false;
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  try {
    const ifd0 = u32(4);
    const count = u16(ifd0);
    for (let i = 0; i < count; i++) {
      const entry = ifd0 + 2 + i * 12;
      if (u16(entry) === 0x8825) {
        const gps = u32(entry + 8);
        return gps > 0 && gps + 2 <= tiff.length && u16(gps) > 0;
      }
    }
  } catch {
    return false; // truncated EXIF: nothing readable
  }
  return false;
}

export async function photoHasGps(file: string): Promise<boolean> {
  const { exif } = await sharp(file).metadata();
  return exifHasGps(exif);
}

/** The image without EXIF, XMP or IPTC metadata, turned upright first (orientation lives in EXIF). */
export async function withoutMetadata(input: Buffer | string): Promise<Buffer> {
  const image = sharp(input, { animated: true }).rotate();
  const { format } = await sharp(input).metadata();
  // sharp writes no metadata unless asked; keep the colour profile so colours do not shift.
  const encoded = format === 'jpeg' ? image.keepIccProfile().jpeg({ quality: 90, mozjpeg: true }) : image.keepIccProfile();
  return encoded.toBuffer();
}
