// The addresses a Grav site served a post at, and the site's slug for it. Grav (Page::slug,
// Page::route): the folder name without its `01.` order prefix, or the page's `slug:`, lowercased
// when `force_lowercase_urls` is on (Grav's default), under the parent folders' route; plus
// `routes.default`, `routes.canonical` and `routes.aliases`. Every one that differs from the site's
// own `<legacy blog route>/<slug>` becomes an alias, which the router answers with a 308.

import { SLUG_PATTERN } from '../frontmatter';
import { slugFromTitle } from '../transliterate';

// Grav: PAGE_ORDER_PREFIX_REGEX drops a numeric "01." prefix from folder names.
export const ORDER_PREFIX = /^\d+\./;

export interface GravRouting {
  /** The route of the post's parent page on the Grav site: `/blog`, or `` for a top-level page. */
  parentRoute: string;
  /** Grav's `system.force_lowercase_urls` (on unless the site turned it off). */
  lowercase: boolean;
  /** A prefix Grav put before every address of this language (`/fr`), or ``. */
  languagePrefix: string;
}

/** The folder's Grav slug: its name without the order prefix. */
export function gravFolderSlug(folder: string): string {
  return folder.replace(ORDER_PREFIX, '');
}

/** The site's slug for a Grav slug: the same when valid, else a valid one made from it. */
export function siteSlug(gravSlug: string): string {
  const lower = gravSlug.toLowerCase();
  return SLUG_PATTERN.test(lower) ? lower : slugFromTitle(lower.replace(/[_.&]+/g, '-'));
}

/** A path as an alias may hold it: no spaces or `?`/`#` (percent-encoded instead). */
function aliasForm(route: string): string {
  return route.replace(/[\s?#]/g, (char) => encodeURIComponent(char));
}

/** Every address Grav answered for the page, in the forms a saved link may have. */
export function gravAddresses(slug: string, header: { routes?: { default?: unknown; canonical?: unknown; aliases?: unknown } }, routing: GravRouting): string[] {
  const served = routing.lowercase ? slug.toLowerCase() : slug;
  const routes = new Set<string>();
  const add = (route: string) => {
    const clean = `/${route.replace(/^\/+|\/+$/g, '')}`;
    if (clean !== '/') routes.add(aliasForm(clean));
  };
  for (const form of new Set([served, slug])) add(`${routing.parentRoute}/${form}`);
  for (const key of ['default', 'canonical'] as const) {
    const value = header.routes?.[key];
    if (typeof value === 'string' && value.trim()) add(value.trim());
  }
  const aliases = header.routes?.aliases;
  for (const alias of Array.isArray(aliases) ? aliases : []) if (typeof alias === 'string' && alias.trim()) add(alias.trim());
  const all = [...routes];
  return routing.languagePrefix ? [...all, ...all.map((route) => `${routing.languagePrefix}${route}`)] : all;
}

/** The aliases the site needs: what Grav served and the site does not already redirect itself. */
export function aliasesFor(addresses: string[], ownSlug: string, legacyBlogRoute: string): string[] {
  const own = new Set([`${legacyBlogRoute}/${ownSlug}`, `/news/${ownSlug}`]);
  return addresses.filter((address) => !own.has(address));
}

/**
 * The Grav route of a post's parent from the folders between `pages/` and the post: order prefixes
 * dropped, lowercased unless the site turned that off; without the home page's own segment when
 * `home.hide_in_urls` is on.
 */
export function gravParentRoute(folders: string[], options: { lowercase: boolean; hiddenHome?: string }): string {
  const route = folders.map((folder) => gravFolderSlug(folder)).map((segment) => (options.lowercase ? segment.toLowerCase() : segment)).join('/');
  const full = route ? `/${route}` : '';
  if (options.hiddenHome && (full === options.hiddenHome || full.startsWith(`${options.hiddenHome}/`))) return full.slice(options.hiddenHome.length);
  return full;
}
