// Which page addresses exist now. proxy.ts asks this before a page renders, so that an address
// that leads nowhere is answered with the server-rendered 404 page of its language (Next 16.4
// renders a page's own notFound() only in the browser: vercel/next.js#62228). It mirrors the route
// tree of app/[lang] and asks the same queries the pages do, so the two cannot disagree on content;
// the pages still call notFound() themselves when a request reaches them anyway.

import { getArchiveMonth, getLivePost, getLivePostsWrittenIn, getNewsPage, getTermPage, mediaFileExists, postExists } from './content/queries';
import type { TaxonomyKind } from './content/taxonomy';
import { isLanguage, type Language } from './i18n/languages';
import { legacyTarget } from './legacy-routes';
import { decodeSegment, parseArchiveMonth, parsePageNumber } from './route-params';
import { site } from './site';

/** The request header, set by proxy.ts alone (a client's value is replaced), that tells the 404 page its language. */
export const NOT_FOUND_LANGUAGE_HEADER = 'x-not-found-language';

/** An address split into its language and the path after the language prefix (`/ru/news/x` → ru, `/news/x`). */
export function splitLanguage(pathname: string): { lang: Language; path: string } {
  const [, first, ...rest] = pathname.split('/');
  if (first !== site.defaultLanguage && isLanguage(first)) return { lang: first, path: `/${rest.join('/')}` };
  return { lang: site.defaultLanguage, path: pathname };
}

/** A tag or category page from raw route segments, or null when the term or page number is not there now. */
export async function getTermPageFor(lang: Language, kind: TaxonomyKind, rawTerm: string, rawPage: string | undefined) {
  const slug = decodeSegment(rawTerm);
  const number = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (!slug || !number) return null;
  return getTermPage(lang, kind, slug, number);
}

/** Feeds: they exist in every language. */
const FEEDS = /^\/(feed\.xml|atom\.xml|feed\.json)$/;

/**
 * Whether the page at `path` (without its language prefix) exists in `lang` now: a live post, a
 * list page within range, a term or archive month with live posts, or an old link that redirects.
 * Feeds exist; a post's share card exists while the post does, live or not (its route answers 404
 * until the post is live, and that answer is cached and revalidated like a page).
 */
export async function pageExists(lang: Language, path: string): Promise<boolean> {
  if (FEEDS.test(path)) return true;
  const segments = path.split('/').filter(Boolean);
  const [first, second, third, fourth, fifth] = segments;
  if (segments.length === 0) return (await getNewsPage(lang, 1)) !== null;
  if (first === 'og' && segments.length === 2) {
    const slug = decodeSegment(second);
    return slug !== null && (await postExists(lang, slug));
  }
  if (first === 'search' && segments.length === 1) return true;
  if (first === 'news') {
    if (segments.length === 1) return (await getNewsPage(lang, 1)) !== null;
    if (segments.length === 2) {
      const slug = decodeSegment(second);
      return slug !== null && (await getLivePost(lang, slug)) !== undefined;
    }
    if (second === 'page' && segments.length === 3) {
      const number = parsePageNumber(third);
      return number !== null && (await getNewsPage(lang, number)) !== null;
    }
    if ((second === 'tag' || second === 'category') && (segments.length === 3 || (segments.length === 5 && fourth === 'page'))) {
      return (await getTermPageFor(lang, second, third, fifth)) !== null;
    }
    if (second === 'archive' && segments.length === 4) {
      const month = parseArchiveMonth(third, fourth);
      return month !== null && (await getArchiveMonth(lang, month.year, month.month)) !== null;
    }
  }
  // Anything else may be an old Grav URL or a post's alias (app/[lang]/legacy redirects those).
  return legacyTarget(path.replace(/%3A/gi, ':'), site.legacyBlogRoute, await getLivePostsWrittenIn(lang)) !== null;
}

/**
 * Whether `/media/<slug>/<file>` names an image in a post's folder, live or not (the media route
 * answers 404 until a version of the post is live, and that answer is cached like a page).
 */
export async function mediaExists(pathname: string): Promise<boolean> {
  const [, media, rawSlug, rawFile, ...rest] = pathname.split('/');
  if (media !== 'media' || rest.length > 0 || !rawSlug || !rawFile) return false;
  const slug = decodeSegment(rawSlug);
  const file = decodeSegment(rawFile);
  return slug !== null && file !== null && (await mediaFileExists(slug, file));
}
