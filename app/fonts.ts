// Noto Sans, self-hosted from @fontsource (no font service at build or run time): regular and bold,
// one face per script subset with its unicode-range, so a page downloads only the scripts it uses:
// Latin for English (and digits and punctuation everywhere), Cyrillic for Russian, Cyrillic
// Extended for Kazakh letters (ә ғ қ ң ө ұ ү һ). Static 400 and 700 files rather than the variable
// font: 86 KB for all three scripts instead of 126 KB.
import localFont from 'next/font/local';
import type { CSSProperties } from 'react';

export const notoLatin = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'swap',
  preload: true,
  // Our own fallback (globals.css: notoFallback) is scaled for Latin and Cyrillic separately.
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const notoCyrillic = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});

export const notoCyrillicExt = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    { prop: 'unicode-range', value: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  ],
});

/** The body font stack: each subset face, then the metric-matched fallback (globals.css). */
export const bodyFontFamily = [notoLatin, notoCyrillic, notoCyrillicExt]
  .map((font) => font.style.fontFamily.split(',')[0])
  .concat('notoFallback')
  .join(',');

/** The <html> element's font classes and body font stack: the root layout's and the 404 page's. */
export const documentFonts = {
  className: [notoLatin.className, notoCyrillic.className, notoCyrillicExt.className].join(' '),
  style: { '--font-body': bodyFontFamily } as CSSProperties,
};
