// Writes clearly marked placeholder photos (a labelled, coloured JPEG) for content and test fixtures.
// Usage: tsx scripts/placeholder-image.ts <file.jpg> [width] [height] [label]
import sharp from 'sharp';

const PALETTE = ['#8a1c2b', '#1f4e79', '#2e6b3a', '#6b4c9a', '#9a5b1f'];

export async function writePlaceholderImage(file: string, width = 1600, height = 1067, label = 'PLACEHOLDER'): Promise<void> {
  const colour = PALETTE[[...label].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % PALETTE.length];
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${colour}"/>
    <rect x="4%" y="4%" width="92%" height="92%" fill="none" stroke="#fff" stroke-width="${Math.max(2, width / 200)}" stroke-dasharray="24 12"/>
    <text x="50%" y="46%" font-family="sans-serif" font-size="${Math.round(width / 12)}" font-weight="700" fill="#fff" text-anchor="middle">PLACEHOLDER</text>
    <text x="50%" y="60%" font-family="sans-serif" font-size="${Math.round(width / 28)}" fill="#fff" text-anchor="middle">${escaped}</text>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: true }).toFile(file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, width, height, label] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx scripts/placeholder-image.ts <file.jpg> [width] [height] [label]');
    process.exit(2);
  }
  await writePlaceholderImage(file, Number(width) || undefined, Number(height) || undefined, label);
}
