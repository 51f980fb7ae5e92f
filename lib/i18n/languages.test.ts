import { describe, expect, it } from 'vitest';
import { languageAlternates } from '../page-metadata';
import { isLanguage, languagesWhere, localePath } from './languages';

describe('localePath', () => {
  it('leaves the default language unprefixed and prefixes the others', () => {
    expect(localePath('en', '/news/x')).toBe('/news/x');
    expect(localePath('ru', '/news/x')).toBe('/ru/news/x');
    expect(localePath('kk', '/')).toBe('/kk');
    expect(localePath('ru', '/search?q=кровь')).toBe('/ru/search?q=кровь');
  });
});

describe('isLanguage', () => {
  it('accepts only the site languages', () => {
    expect(['en', 'ru', 'kk', 'de', 'EN', '', undefined].map(isLanguage)).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('languageAlternates', () => {
  it('lists the languages a page exists in, with x-default on the default language', () => {
    expect(languageAlternates('/news/x', ['ru', 'en'])).toEqual({ en: '/news/x', ru: '/ru/news/x', 'x-default': '/news/x' });
  });
  it('points x-default at the first language when the default has no version', () => {
    expect(languageAlternates('/news/x', ['kk'])).toEqual({ kk: '/kk/news/x', 'x-default': '/kk/news/x' });
  });
});

describe('languagesWhere', () => {
  it('keeps the site order and only the languages where the page exists', async () => {
    expect(await languagesWhere(async (lang) => lang !== 'ru')).toEqual(['en', 'kk']);
  });
});
