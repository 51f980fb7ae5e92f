// The site's configuration: one typed object, read by pages, feeds and the content pipeline.
// Values that differ per deployment come from the environment; everything else is fixed here.
// The center's name and description are interface text: lib/i18n/messages.

import type { Language } from './i18n/languages';
import { LOCAL_ORIGIN, resolveSiteUrl } from './site-url';

export interface SiteConfig {
  /** Languages of the site, in the order the language switch lists them. */
  languages: readonly Language[];
  /** The language at `/` (the others are under `/<code>/`), and of `index.mdx`. */
  defaultLanguage: Language;
  /** Whether a language's lists also show posts not translated into it (in the default language). */
  listFallback: boolean;
  /** Canonical origin, without a trailing slash. */
  url: string;
  /** IANA zone in which Grav dates without an offset are read and in which dates are shown. */
  timeZone: string;
  /** Repository holding `content/`, for "Edit this page" links. */
  repository: { url: string; branch: string };
  /** Posts on the front page and on each page of the news list. */
  postsPerPage: number;
  /** Posts listed under "Recent news" in the sidebar. */
  recentPostsCount: number;
  /** The old Grav site's blog route: its URLs redirect to the new ones. */
  legacyBlogRoute: string;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

const origin = resolveSiteUrl(process.env);

export const site: SiteConfig = {
  languages: ['en', 'ru', 'kk'],
  defaultLanguage: 'en',
  listFallback: false,
  // A build without a usable origin fails in next.config.ts; this fallback only keeps tools that
  // import the config (unit tests, scripts) from failing with it.
  url: 'url' in origin ? origin.url : LOCAL_ORIGIN,
  timeZone: 'Asia/Almaty',
  repository: {
    url: trimSlash(process.env.SITE_REPOSITORY_URL ?? 'https://github.com/hematology-center/news'),
    branch: 'main',
  },
  postsPerPage: 10,
  recentPostsCount: 5,
  legacyBlogRoute: '/blog',
};
