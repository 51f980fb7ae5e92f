import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from './languages';
import { CATALOGUES, fill, formatDate, formatMonth, formatTime, plural } from './messages';
import { INTL_LOCALES } from './languages';

/** Every key path of a catalogue, plural forms as one entry. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([key]) => key === 'other')) return [prefix];
  return entries.flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function pluralEntries(value: unknown, prefix = ''): Array<[string, Record<string, string>]> {
  if (typeof value === 'string') return [];
  const record = value as Record<string, unknown>;
  if ('other' in record) return [[prefix, record as Record<string, string>]];
  return Object.entries(record).flatMap(([key, child]) => pluralEntries(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogues', () => {
  const english = keyPaths(CATALOGUES.en);

  it.each(SUPPORTED_LANGUAGES.filter((lang) => lang !== 'en'))('%s has every key English has, and no other', (lang) => {
    const keys = keyPaths(CATALOGUES[lang]);
    expect(english.filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !english.includes(key))).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s gives every plural form its language uses', (lang: Language) => {
    const categories = new Intl.PluralRules(INTL_LOCALES[lang]).resolvedOptions().pluralCategories;
    for (const [key, forms] of pluralEntries(CATALOGUES[lang])) {
      expect({ key, missing: categories.filter((category) => !forms[category]) }).toEqual({ key, missing: [] });
    }
  });

  // A translation may leave a value out (Russian names the center in the genitive itself), never add one.
  it.each(SUPPORTED_LANGUAGES)('%s puts in only values English puts in', (lang: Language) => {
    const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const flat = (catalogue: unknown) =>
      Object.fromEntries(
        keyPaths(catalogue).map((key) => {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
          return [key, typeof value === 'string' ? places(value) : places((value as { other: string }).other)];
        }),
      );
    const english = flat(CATALOGUES.en);
    const extra = Object.entries(flat(CATALOGUES[lang])).filter(([key, names]) => names.some((name) => !english[key]?.includes(name)));
    expect(extra).toEqual([]);
  });
});

describe('plural', () => {
  it('chooses Russian forms by number', () => {
    const forms = CATALOGUES.ru.post.readingTime;
    expect(plural('ru', forms, 1)).toBe('1 минута чтения');
    expect(plural('ru', forms, 3)).toBe('3 минуты чтения');
    expect(plural('ru', forms, 5)).toBe('5 минут чтения');
    expect(plural('ru', forms, 11)).toBe('11 минут чтения');
    expect(plural('ru', forms, 21)).toBe('21 минута чтения');
    expect(plural('ru', CATALOGUES.ru.search.results, 2, { query: 'кровь' })).toBe('2 результата по запросу «кровь»');
  });

  it('uses one and other in English', () => {
    expect(plural('en', CATALOGUES.en.search.results, 1, { query: 'x' })).toBe('1 result for “x”');
    expect(plural('en', CATALOGUES.en.search.results, 4, { query: 'x' })).toBe('4 results for “x”');
  });
});

describe('fill', () => {
  it('puts values in and leaves unknown places as written', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('dates in each language, in the site zone', () => {
  // 9 January 2023 10:00 in Almaty (UTC+6) is 04:00 UTC.
  const instant = new Date('2023-01-09T04:00:00Z');
  it('writes a long date', () => {
    expect(formatDate('en', instant)).toBe('9 January 2023');
    expect(formatDate('ru', instant)).toBe('9 января 2023 г.');
    expect(formatDate('kk', instant)).toBe('2023 ж. 9 қаңтар');
  });
  it('writes the day of the zone, not of UTC', () => {
    // 23:30 UTC on 8 January is already 9 January in Almaty.
    expect(formatDate('ru', new Date('2023-01-08T23:30:00Z'))).toBe('9 января 2023 г.');
  });
  it('writes a time and a month', () => {
    expect(formatTime('ru', instant)).toBe('10:00');
    expect(formatMonth('ru', 2023, 1)).toBe('январь 2023 г.');
    expect(formatMonth('kk', 2023, 1)).toBe('2023 ж. қаңтар');
    expect(formatMonth('en', 2023, 1)).toBe('January 2023');
  });
});
