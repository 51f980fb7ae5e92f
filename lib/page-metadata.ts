// What every page declares in <head> besides its title: its canonical URL, the same page in the
// site's other languages (hreflang, with x-default) and its language's feeds. Next merges metadata
// shallowly, so a page that sets `alternates` would drop what the layout declares: every page builds
// its alternates here.
import type { Metadata } from 'next';
import { FEED_PATHS } from './feeds';
import { localePath, type Language } from './i18n/languages';
import { fill, messages } from './i18n/messages';
import { site } from './site';

function feeds(lang: Language): NonNullable<Metadata['alternates']>['types'] {
  const text = messages(lang);
  const title = (template: string) => fill(template, { site: text.site.name });
  return {
    'application/rss+xml': [{ url: localePath(lang, FEED_PATHS.rss), title: title(text.feed.rss) }],
    'application/atom+xml': [{ url: localePath(lang, FEED_PATHS.atom), title: title(text.feed.atom) }],
    'application/feed+json': [{ url: localePath(lang, FEED_PATHS.json), title: title(text.feed.json) }],
  };
}

/** hreflang links of `path` (a default-language path) in each of `languages`, with x-default. */
export function languageAlternates(path: string, languages: readonly Language[]): Record<string, string> {
  const present = site.languages.filter((lang) => languages.includes(lang));
  if (present.length === 0) return {};
  const links: Record<string, string> = Object.fromEntries(present.map((lang) => [lang, localePath(lang, path)]));
  links['x-default'] = localePath(present.includes(site.defaultLanguage) ? site.defaultLanguage : present[0], path);
  return links;
}

/** The head of a 404 page in `lang`: its title, and never indexed. */
export function missingMetadata(lang: Language): Metadata {
  return { title: messages(lang).notFound.title, robots: { index: false, follow: true } };
}

/**
 * The alternates of the page at `path` (a default-language path) in `lang`. `languages`: the
 * languages the page exists in (every language unless given). Without `path`, feeds alone.
 */
export function alternates(lang: Language, path?: string, languages: readonly Language[] = site.languages): Metadata['alternates'] {
  if (path === undefined) return { types: feeds(lang) };
  return { canonical: localePath(lang, path), languages: languageAlternates(path, languages), types: feeds(lang) };
}
