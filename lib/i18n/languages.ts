// The languages the site can speak, and where each one lives in the URL. The site's choice among
// them (which, in what order, which is the default) is configuration: lib/site.ts.

import { site } from '../site';

/** Every language that has a message catalogue. */
export const SUPPORTED_LANGUAGES = ['en', 'ru', 'kk'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

/** Open Graph's locale form (language_TERRITORY). */
export const OG_LOCALES: Record<Language, string> = { en: 'en_US', ru: 'ru_RU', kk: 'kk_KZ' };

/** Locale for Intl: British English writes "9 January 2023", as the center does. */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru', kk: 'kk' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (site.languages as readonly string[]).includes(value);
}

/** The site's languages (in their order) for which `exists` is true: where a page exists now. */
export async function languagesWhere(exists: (lang: Language) => Promise<boolean>): Promise<Language[]> {
  const found = await Promise.all(site.languages.map(exists));
  return site.languages.filter((_, i) => found[i]);
}

/**
 * The URL of `path` (a path of the default language, starting with `/`) in `lang`:
 * `/news/x` stays `/news/x` in the default language and is `/ru/news/x` in Russian.
 */
export function localePath(lang: Language, path: string): string {
  if (lang === site.defaultLanguage) return path;
  const [pathname, query] = splitQuery(path);
  return `/${lang}${pathname === '/' ? '' : pathname}${query}`;
}

function splitQuery(path: string): [string, string] {
  const index = path.indexOf('?');
  return index < 0 ? [path, ''] : [path.slice(0, index), path.slice(index)];
}
