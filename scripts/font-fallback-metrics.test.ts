import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackFaces } from './font-fallback-metrics';

/** The notoFallback faces as written in globals.css. */
function facesInCss() {
  const css = readFileSync(path.join(import.meta.dirname, '../app/globals.css'), 'utf8');
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
    .map((match) => Object.fromEntries([...match[1].matchAll(/([a-z-]+):\s*([^;]+);/g)].map(([, prop, value]) => [prop, value.trim()])))
    .filter((face) => face['font-family'] === 'notoFallback')
    .map((face) => ({
      script: face['unicode-range'].includes('U+0400') ? 'cyrillic' : 'latin',
      weight: face['font-weight'],
      sizeAdjust: face['size-adjust'],
      ascentOverride: face['ascent-override'],
      descentOverride: face['descent-override'],
    }));
}

describe('the fallback font faces in globals.css', () => {
  it('carry the figures measured from the font files (a Noto update would change them)', () => {
    expect(facesInCss()).toEqual(fallbackFaces());
  });
});
