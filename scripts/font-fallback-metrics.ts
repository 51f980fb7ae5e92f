// npx tsx scripts/font-fallback-metrics.ts: the size-adjust and ascent/descent overrides of the
// notoFallback faces in app/globals.css. Each is Noto Sans's average letter width over Arial's,
// for Latin (next/font's sample) and for Cyrillic (Russian letter frequencies), read from the
// font files: Noto from @fontsource, Arial's widths from Liberation Sans, its metric twin
// (Debian: fonts-liberation, which .ci/run installs). A unit test checks globals.css against it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  glyphsForString(text: string): Array<{ advanceWidth: number }>;
}

export interface FallbackFace {
  script: 'latin' | 'cyrillic';
  weight: '400' | '700';
  sizeAdjust: string;
  ascentOverride: string;
  descentOverride: string;
}

const root = path.resolve(import.meta.dirname, '..');
// next/font's own copy of fontkit (the one it measures Latin fallbacks with).
const fontkit = createRequire(import.meta.url)('next/dist/compiled/@next/font/dist/fontkit/index.js').default;
const open = (file: string): Font => {
  if (!existsSync(file)) throw new Error(`${file} is missing${file.includes('Liberation') ? ': install fonts-liberation (apt-get install fonts-liberation)' : ''}`);
  return (fontkit.default ?? fontkit)(readFileSync(file)) as Font;
};

const LATIN = 'aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      ';
// Russian letters by frequency (per 1,000 letters, rounded to fifths), one space per six letters.
const RUSSIAN_FREQUENCY: Record<string, number> = { о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30, п: 28, у: 26, я: 20, ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6, ц: 5, щ: 4, э: 3, ф: 3, ъ: 1 };
const letters = Object.entries(RUSSIAN_FREQUENCY).map(([letter, n]) => letter.repeat(Math.round(n / 5))).join('');
const CYRILLIC = letters + ' '.repeat(Math.round(letters.length / 6));

const averageWidth = (font: Font, text: string) => {
  const widths = font.glyphsForString(text).map((glyph) => glyph.advanceWidth);
  return widths.reduce((sum, width) => sum + width, 0) / widths.length / font.unitsPerEm;
};
const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/** The four notoFallback faces: Latin and Cyrillic, regular and bold. */
export function fallbackFaces(): FallbackFace[] {
  const noto = path.join(root, 'node_modules/@fontsource/noto-sans/files/noto-sans');
  const liberation = '/usr/share/fonts/truetype/liberation/LiberationSans';
  return (['latin', 'cyrillic'] as const).flatMap((script) =>
    ([['400', 'Regular'], ['700', 'Bold']] as const).map(([weight, style]) => {
      const font = open(`${noto}-${script}-${weight}-normal.woff2`);
      const sample = script === 'latin' ? LATIN : CYRILLIC;
      const sizeAdjust = averageWidth(font, sample) / averageWidth(open(`${liberation}-${style}.ttf`), sample);
      return {
        script,
        weight,
        sizeAdjust: percent(sizeAdjust),
        ascentOverride: percent(font.ascent / font.unitsPerEm / sizeAdjust),
        descentOverride: percent(-font.descent / font.unitsPerEm / sizeAdjust),
      };
    }),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const face of fallbackFaces()) {
    console.log(`${face.script} ${face.weight}: size-adjust: ${face.sizeAdjust}; ascent-override: ${face.ascentOverride}; descent-override: ${face.descentOverride}; line-gap-override: 0%;`);
  }
}
