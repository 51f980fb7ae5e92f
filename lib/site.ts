// The site's configuration: one typed object, read by pages, feeds and the content pipeline.
// Values that differ per deployment come from the environment; everything else is fixed here.

export interface SiteConfig {
  /** The center's name, shown in the header and in every document title. */
  name: string;
  description: string;
  /** Canonical origin, without a trailing slash. */
  url: string;
  /** BCP 47 language of the interface and of `<html lang>`. */
  locale: string;
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

export const site: SiteConfig = {
  name: 'Hematology Center',
  description:
    'News of the Hematology Center in Kazakhstan: events, conferences and care for patients with blood diseases.',
  url: trimSlash(process.env.SITE_URL ?? 'http://localhost:3000'),
  locale: 'en',
  timeZone: 'Asia/Almaty',
  repository: {
    url: trimSlash(process.env.SITE_REPOSITORY_URL ?? 'https://github.com/hematology-center/news'),
    branch: 'main',
  },
  postsPerPage: 10,
  recentPostsCount: 5,
  legacyBlogRoute: '/blog',
};
