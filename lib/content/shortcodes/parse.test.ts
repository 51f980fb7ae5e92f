import { describe, expect, it } from 'vitest';
import { looksLikeTag, parseShortcodeTag } from './parse';

describe('parseShortcodeTag', () => {
  it('reads the seed gallery tag', () => {
    const result = parseShortcodeTag('[owl-carousel class="gallery-owl" items=1 margin=10 loop=true autoplay=false lazyLoad=true]');
    expect(result).toEqual({
      ok: true,
      tag: {
        name: 'owl-carousel',
        kind: 'open',
        bbCode: null,
        params: [
          { name: 'class', value: 'gallery-owl' },
          { name: 'items', value: '1' },
          { name: 'margin', value: '10' },
          { name: 'loop', value: 'true' },
          { name: 'autoplay', value: 'false' },
          { name: 'lazyLoad', value: 'true' },
        ],
      },
    });
  });

  it.each([
    ['[x a="b c"]', [{ name: 'a', value: 'b c' }], 'double quotes keep spaces'],
    ['[x a="say \\"hi\\""]', [{ name: 'a', value: 'say "hi"' }], 'backslash escapes'],
    ["[x a='b']", [{ name: 'a', value: "'b'" }], 'single quotes are not delimiters: they stay in the value'],
    ['[x flag]', [{ name: 'flag', value: null }], 'a bare flag has no value'],
    ['[x responsive="{0:{items:1},768:{items:3}}"]', [{ name: 'responsive', value: '{0:{items:1},768:{items:3}}' }], 'braces inside quotes'],
  ])('%s', (text, params, _why) => {
    const result = parseShortcodeTag(text);
    expect(result.ok && result.tag.params).toEqual(params);
  });

  it('reads closing and self-closing tags and BBCode values', () => {
    expect(parseShortcodeTag('[/owl-carousel]')).toMatchObject({ ok: true, tag: { kind: 'close', name: 'owl-carousel' } });
    expect(parseShortcodeTag('[x a=1 /]')).toMatchObject({ ok: true, tag: { kind: 'self-closing' } });
    expect(parseShortcodeTag('[x="v"]')).toMatchObject({ ok: true, tag: { bbCode: 'v' } });
  });

  it.each([
    ['[owl-carousel items=1', "not closed with ']'"],
    ['[owl-carousel a="unterminated]', 'quote is not closed'],
    ['[owl-carousel a=]', "has no value"],
    ['[/owl-carousel extra]', 'closing tag is written [/name]'],
  ])('rejects %s', (text, reason) => {
    const result = parseShortcodeTag(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('looksLikeTag', () => {
  it.each([
    ['[owl-carousel items=1]', true],
    ['  [/owl-carousel]', true],
    ['[owl-carousel', true],
    ['[owl-carouselx]', false],
    ['See [owl-carousel] docs', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeTag(line, 'owl-carousel')).toBe(expected);
  });
});
