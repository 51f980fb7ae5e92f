import { describe, expect, it } from 'vitest';
import { DEFAULT_GALLERY_OPTIONS, galleryOptionsFromTag, typeOwlValue } from './owl-carousel';
import { parseShortcodeTag } from './parse';

function optionsOf(tag: string) {
  const parsed = parseShortcodeTag(tag);
  if (!parsed.ok) throw new Error(parsed.reason);
  return galleryOptionsFromTag(parsed.tag);
}

describe('typeOwlValue (Grav: true/false booleans, JSON_NUMERIC_CHECK numbers)', () => {
  it.each([
    ['true', true],
    ['false', false],
    ['10', 10],
    ['1.5', 1.5],
    ['True', 'True'],
    ['page', 'page'],
    [null, null],
  ])('%s → %o', (input, expected) => {
    expect(typeOwlValue(input)).toEqual(expected);
  });
});

describe('galleryOptionsFromTag', () => {
  it('maps the seed tag, keeping Owl defaults for the rest (dots on, 5000 ms)', () => {
    const { options, problems } = optionsOf('[owl-carousel class="gallery-owl" items=1 margin=10 loop=true autoplay=false lazyLoad=true]');
    expect(problems).toEqual([]);
    expect(options).toEqual({
      ...DEFAULT_GALLERY_OPTIONS,
      items: 1,
      margin: 10,
      loop: true,
      autoplay: false,
      lazyLoad: true,
      className: 'gallery-owl',
    });
  });

  it('uses Owl defaults when nothing is given', () => {
    expect(optionsOf('[owl-carousel]').options).toMatchObject({ items: 3, margin: 0, dots: true, autoplayTimeout: 5000 });
  });

  it('reads autoplay, slideBy page, startPosition, center, rtl, dots', () => {
    const { options } = optionsOf('[owl-carousel items=2 autoplay=true autoplayTimeout=3000 autoplayHoverPause=true slideBy=page startPosition=1 center=true rtl=true dots=false]');
    expect(options).toMatchObject({ items: 2, autoplay: true, autoplayTimeout: 3000, autoplayHoverPause: true, slideBy: 'page', startPosition: 1, center: true, rtl: true, dots: false });
  });

  it('reads responsive breakpoints in Owl relaxed syntax, sorted by width', () => {
    const { options, problems } = optionsOf('[owl-carousel responsive="{768:{items:3,margin:20},0:{items:1}}"]');
    expect(problems).toEqual([]);
    expect(options.responsive).toEqual([{ minWidth: 0, items: 1 }, { minWidth: 768, items: 3, margin: 20 }]);
  });

  it('errors on wrong values of known options, naming option and value', () => {
    const { problems } = optionsOf('[owl-carousel items=zero loop=yes]');
    expect(problems).toEqual([
      { severity: 'error', message: 'option \'items\': expected a whole number of slides per view, 1 or more, found "zero"' },
      { severity: 'error', message: 'option \'loop\': expected true or false, found "yes"' },
    ]);
  });

  it('warns on options it cannot honour and on unknown ones, without failing', () => {
    const { problems } = optionsOf('[owl-carousel autoWidth=true sparkle=1 nav=true]');
    expect(problems).toEqual([
      { severity: 'warning', message: "option 'autoWidth' is not supported by the site's gallery and is ignored" },
      { severity: 'warning', message: "unknown option 'sparkle' is ignored" },
    ]);
  });
});
