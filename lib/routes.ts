// The site's addresses in one table: every route under app/ (routes.test.ts holds the two together),
// and the router's rules that next.config.ts builds from it and from what the build found in the
// content (lib/content/addresses.ts, written by scripts/prepare-content.ts). No code of ours runs in
// front of a page: the routes with parameters prerender every value the content has and set
// dynamicParams = false, so an address outside the content matches no page and the fallback rewrite
// answers it with the prerendered 404 page of its language; old Grav addresses redirect in the router.

import type { OldAddress, SiteAddresses } from './content/addresses';
import type { Language } from './i18n/languages';

export interface Route {
  /** The file under app/ that answers. */
  file: string;
  /** The default language's address in Next's path syntax; the other languages add `/<lang>` in front. */
  path: string;
  /** Under app/[lang]: the same address in every language. Otherwise one address for the whole site. */
  perLanguage: boolean;
  /** Reached only through a rewrite of the router's (the 404 page, old addresses): not linked anywhere. */
  internal?: boolean;
}

export const ROUTES: readonly Route[] = [
  { file: 'app/[lang]/page.tsx', path: '/', perLanguage: true },
  { file: 'app/[lang]/news/page.tsx', path: '/news', perLanguage: true },
  { file: 'app/[lang]/news/page/[page]/page.tsx', path: '/news/page/:page', perLanguage: true },
  { file: 'app/[lang]/news/[slug]/page.tsx', path: '/news/:slug', perLanguage: true },
  { file: 'app/[lang]/news/tag/[term]/page.tsx', path: '/news/tag/:term', perLanguage: true },
  { file: 'app/[lang]/news/tag/[term]/page/[page]/page.tsx', path: '/news/tag/:term/page/:page', perLanguage: true },
  { file: 'app/[lang]/news/category/[term]/page.tsx', path: '/news/category/:term', perLanguage: true },
  { file: 'app/[lang]/news/category/[term]/page/[page]/page.tsx', path: '/news/category/:term/page/:page', perLanguage: true },
  { file: 'app/[lang]/news/archive/[year]/[month]/page.tsx', path: '/news/archive/:year/:month', perLanguage: true },
  { file: 'app/[lang]/og/[slug]/route.tsx', path: '/og/:slug', perLanguage: true },
  { file: 'app/[lang]/feed.xml/route.ts', path: '/feed.xml', perLanguage: true },
  { file: 'app/[lang]/atom.xml/route.ts', path: '/atom.xml', perLanguage: true },
  { file: 'app/[lang]/feed.json/route.ts', path: '/feed.json', perLanguage: true },
  { file: 'app/[lang]/search/page.tsx', path: '/search', perLanguage: true },
  { file: 'app/[lang]/preview/[slug]/page.tsx', path: '/preview/:slug', perLanguage: true },
  { file: 'app/[lang]/missing/page.tsx', path: '/missing', perLanguage: true, internal: true },
  { file: 'app/admin/route.ts', path: '/admin', perLanguage: false },
  { file: 'app/api/health/route.ts', path: '/api/health', perLanguage: false },
  { file: 'app/api/preview/route.ts', path: '/api/preview', perLanguage: false },
  { file: 'app/api/preview/exit/route.ts', path: '/api/preview/exit', perLanguage: false },
  { file: 'app/api/search/route.ts', path: '/api/search', perLanguage: false },
  { file: 'app/robots.ts', path: '/robots.txt', perLanguage: false },
  { file: 'app/sitemap.ts', path: '/sitemap.xml', perLanguage: false },
];

/** First path segments that are not pages of the default language: the others' prefixes, and the routes outside app/[lang]. */
export function outsideDefaultLanguage(languages: readonly Language[]): string[] {
  const own = ROUTES.filter((route) => !route.perLanguage).map((route) => route.path.split('/')[1]);
  return [...new Set([...languages, ...own, 'media', '_next'])];
}

export interface RouterConfig {
  languages: readonly Language[];
  defaultLanguage: Language;
  legacyBlogRoute: string;
}

/**
 * Every redirect and rewrite of the site (next.config.ts returns these). Without `addresses` (a
 * development server, `next typegen`) only the fixed ones: the pages then answer 404 by themselves.
 *
 * Pages live under app/[lang]/. The default language has no prefix: its addresses are rewritten to
 * `/<default>/…`, and `/<default>/…` itself redirects to the unprefixed address (one address a page).
 */
export function routerRules(addresses: SiteAddresses | null, config: RouterConfig): { redirects: RedirectRule[]; rewrites: { beforeFiles: Rule[]; afterFiles: Rule[]; fallback: Rule[] } } {
  const DEFAULT = config.defaultLanguage;
  const PREFIXED = config.languages.filter((lang) => lang !== DEFAULT).join('|');
  const outside = outsideDefaultLanguage(config.languages).map((segment) => segment.replace(/\./g, '\\.')).join('|');
  const blog = literalPath(config.legacyBlogRoute);
  return {
    redirects: [
      { source: `/${DEFAULT}`, destination: '/', permanent: true },
      { source: `/${DEFAULT}/:path*`, destination: '/:path*', permanent: true },
      // The first page of a list is the list itself.
      { source: '/news/page/1', destination: '/', permanent: true },
      { source: `/:lang(${PREFIXED})/news/page/1`, destination: '/:lang', permanent: true },
      { source: '/news/:kind(tag|category)/:term/page/1', destination: '/news/:kind/:term', permanent: true },
      { source: `/:lang(${PREFIXED})/news/:kind(tag|category)/:term/page/1`, destination: '/:lang/news/:kind/:term', permanent: true },
      // The old Grav site's feeds, and its other addresses.
      { source: `${blog}.rss`, destination: '/feed.xml', permanent: true },
      { source: `${blog}.atom`, destination: '/atom.xml', permanent: true },
      { source: `${blog}.json`, destination: '/feed.json', permanent: true },
      ...(addresses ? oldAddressRedirects(addresses, config) : []),
    ],
    rewrites: {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: `/${DEFAULT}` },
        { source: `/:first((?!(?:${outside})(?:/|$))[^/]+)/:rest*`, destination: `/${DEFAULT}/:first/:rest*` },
      ],
      // What no route answers (an unknown address, a value of no page): the 404 page of its language.
      fallback: fallbackRewrites(config),
    },
  };
}

interface Rule {
  source: string;
  destination: string;
}

interface RedirectRule extends Rule {
  permanent: boolean;
}

/** `text` as a literal in a path-to-regexp source: its special characters escaped. */
export function literalPath(text: string): string {
  return text.replace(/[\\:()*+?{}[\].|^$!]/g, (char) => `\\${char}`);
}

/** Next refuses a rule whose source is longer than this (load-custom-routes.js); the rest of a source stays under 200. */
const MAX_ALTERNATION = 3800;

/** `choices` as `a|b|c` alternations, as few as fit a rule each. */
function alternations(choices: string[]): string[] {
  const groups: string[] = [];
  let current = '';
  for (const choice of choices) {
    if (current && current.length + choice.length + 1 > MAX_ALTERNATION) {
      groups.push(current);
      current = '';
    }
    current = current ? `${current}|${choice}` : choice;
  }
  if (current) groups.push(current);
  return groups;
}

/** `text` as a literal inside a regular expression. */
function literalRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, (char) => `\\${char}`);
}

/** A path as written, as a browser sends it (spaces and non-ASCII letters percent-encoded) and fully encoded: the router may match any. */
function encodedForms(path: string): string[] {
  // encodeURI leaves `&`, `+`, `,`, `;`, `=`, `$`, `@` and `:` as they are; a saved link may have them encoded too.
  const strict = path.split('/').map((segment) => encodeURIComponent(decodeSafely(segment))).join('/');
  return [...new Set([path, encodeURI(path), strict])];
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function prefix(lang: Language, config: RouterConfig): string {
  return lang === config.defaultLanguage ? '' : `/${lang}`;
}

/**
 * Old Grav addresses, answered by the router (308): the blog itself, its list pages and months,
 * Grav's search, and what lib/content/addresses.ts lists (posts by `<blog>/<slug>` and their
 * `routes.aliases`, tags and categories as Grav spelled them), each in the form it was written and
 * percent-encoded as browsers send it.
 */
export function oldAddressRedirects(addresses: SiteAddresses, config: RouterConfig): RedirectRule[] {
  const blog = literalPath(config.legacyBlogRoute);
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const rules: RedirectRule[] = [];
  for (const lang of config.languages) {
    const at = prefix(lang, config);
    const home = at || '/';
    rules.push(
      { source: `${at}${blog}`, destination: home, permanent: true },
      { source: `${at}${blog}/page\\:1`, destination: home, permanent: true },
      { source: `${at}${blog}/page\\::page([1-9]\\d{0,5})`, destination: `${at}/news/page/:page`, permanent: true },
      ...months.map((name, i) => ({ source: `${at}${blog}/archives_month\\:${name}_:year(\\d{4})`, destination: `${at}/news/archive/:year/${String(i + 1).padStart(2, '0')}`, permanent: true })),
      { source: `${at}/search/query\\::query`, destination: `${at}/search?q=:query`, permanent: true },
    );
    // `<blog>/<slug>` of many posts in one rule; every other old address in one rule per target.
    const old = addresses.oldAddresses[lang];
    const isBlogSlug = (entry: OldAddress) => entry.to.startsWith('/news/') && entry.from === `${config.legacyBlogRoute}/${entry.to.slice('/news/'.length)}`;
    const slugs = old.filter(isBlogSlug).map((entry) => entry.to.slice('/news/'.length));
    for (const group of alternations(slugs.map(literalRegex))) rules.push({ source: `${at}${blog}/:slug(${group})`, destination: `${at}/news/:slug`, permanent: true });
    const byTarget = new Map<string, string[]>();
    for (const entry of old.filter((e) => !isBlogSlug(e))) byTarget.set(entry.to, [...(byTarget.get(entry.to) ?? []), ...encodedForms(entry.from)]);
    for (const [to, froms] of byTarget) {
      const paths = [...new Set(froms)].filter((from) => from !== to).map((from) => literalRegex(from.slice(1)));
      for (const group of alternations(paths)) rules.push({ source: `${at}/:old(${group})`, destination: `${at}${to}`, permanent: true });
    }
  }
  return rules;
}

/** What no route answers, in its language (the default language's addresses are prefixed by then): the 404 page. */
export function fallbackRewrites(config: RouterConfig): Rule[] {
  return [{ source: `/:lang(${config.languages.join('|')})/:path*`, destination: '/:lang/missing' }];
}
