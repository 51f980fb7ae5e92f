// The router's rules as Next reads them: unstable_getResponseFromNextConfig (next/experimental/testing)
// runs next.config's redirects and rewrites through Next's own matcher, first match wins. It does
// not chain rewrites nor look at the file system, so the fallback rewrite (which the server reaches
// only when no page matched) is left out here and checked on its own; e2e/ checks the whole path.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { getRedirectUrl, getRewrittenUrl, unstable_getResponseFromNextConfig } from 'next/experimental/testing/server';
import { describe, expect, it } from 'vitest';
import type { SiteAddresses } from './content/addresses';
import { literalPath, ROUTES, routerRules } from './routes';

const CONFIG = { languages: ['en', 'ru', 'kk'] as const, defaultLanguage: 'en' as const, legacyBlogRoute: '/blog' };
const none = { posts: [], cards: [], previews: [], newsPages: 1, tags: {}, categories: {}, months: [] };
const ADDRESSES: SiteAddresses = {
  languages: {
    en: { posts: ['donor-day', 'page'], cards: ['donor-day'], previews: ['donor-day', 'page', 'draft'], newsPages: 3, tags: { donors: 2, 'bone-marrow': 1 }, categories: { news: 1 }, months: ['2023/01'] },
    ru: { ...none, posts: ['donor-day'], cards: ['donor-day'], previews: ['donor-day'], tags: { доноры: 1 } },
    kk: none,
  },
  oldAddresses: {
    en: [
      { from: '/blog/donor-day', to: '/news/donor-day' },
      { from: '/old-notices/lab hours', to: '/news/donor-day' },
      { from: '/blog/tag:Bone marrow', to: '/news/tag/bone-marrow' },
      // Aliases the Grav importer writes for folders whose name is not a valid slug.
      { from: '/blog/202406_brennender-traktor', to: '/news/202406-brennender-traktor' },
      { from: '/blog/2021-08-17-what-d&d-character-would-you-be', to: '/news/2021-08-17-what-d-d-character-would-you-be' },
      { from: '/blog/There-Is-An-Art-To-Flying.', to: '/news/there-is-an-art-to-flying' },
      { from: '/blog/there-is-an-art-to-flying.', to: '/news/there-is-an-art-to-flying' }, // Grav served it lowercased
      { from: '/blog/новость-дня', to: '/news/novost-dnya' },
    ],
    ru: [{ from: '/blog/tag:Доноры', to: `/news/tag/${encodeURIComponent('доноры')}` }],
    kk: [],
  },
};

async function route(url: string) {
  const rules = routerRules(ADDRESSES, CONFIG);
  const rewrites = { ...rules.rewrites, fallback: [] };
  const response = await unstable_getResponseFromNextConfig({ url, nextConfig: { redirects: async () => rules.redirects, rewrites: async () => rewrites } });
  const redirect = getRedirectUrl(response);
  if (redirect) return `${response.status} ${new URL(redirect).pathname}${new URL(redirect).search}`;
  const rewrite = getRewrittenUrl(response);
  return rewrite ? `→ ${new URL(rewrite).pathname}` : 'no rule';
}

describe('the default language and the 404 page', () => {
  // A default-language address gets its prefix; the API and the photos are outside the languages.
  it('adds the default language and leaves the API and the photos alone', async () => {
    const urls = ['/news/donor-day', '/', '/api/search', '/media/ward-0123456789abcdef.jpg'];
    expect(await Promise.all(urls.map(route))).toEqual(['→ /en/news/donor-day', '→ /en', 'no rule', 'no rule']);
  });

  it('sends what no page answers to the 404 page of its language (the routes set dynamicParams = false)', () => {
    expect(routerRules(ADDRESSES, CONFIG).rewrites.fallback).toEqual([{ source: '/:lang(en|ru|kk)/:path*', destination: '/:lang/missing' }]);
    expect(routerRules(null, CONFIG).rewrites.fallback).toEqual(routerRules(ADDRESSES, CONFIG).rewrites.fallback);
  });
});

describe('old Grav addresses redirect (308) in the router', () => {
  it.each([
    ['/blog', '308 /'],
    ['/ru/blog', '308 /ru'],
    ['/blog/donor-day', '308 /news/donor-day'],
    ['/blog/page:1', '308 /'],
    ['/blog/page:2', '308 /news/page/2'],
    ['/blog/archives_month:jan_2023', '308 /news/archive/2023/01'],
    ['/blog/tag:Bone%20marrow', '308 /news/tag/bone-marrow'],
    [`/ru/blog/tag:${encodeURIComponent('Доноры')}`, `308 /ru/news/tag/${encodeURIComponent('доноры')}`],
    ['/old-notices/lab%20hours', '308 /news/donor-day'],
    ['/blog/202406_brennender-traktor', '308 /news/202406-brennender-traktor'],
    ['/blog/2021-08-17-what-d&d-character-would-you-be', '308 /news/2021-08-17-what-d-d-character-would-you-be'],
    ['/blog/2021-08-17-what-d%26d-character-would-you-be', '308 /news/2021-08-17-what-d-d-character-would-you-be'],
    ['/blog/There-Is-An-Art-To-Flying.', '308 /news/there-is-an-art-to-flying'],
    ['/blog/there-is-an-art-to-flying.', '308 /news/there-is-an-art-to-flying'],
    [`/blog/${encodeURIComponent('новость-дня')}`, '308 /news/novost-dnya'],
    // (With a space the utility encodes the value twice where the server does not: e2e/old-links-keep-working.spec.ts.)
    ['/search/query:donor', '308 /search?q=donor'],
    ['/blog.rss', '308 /feed.xml'],
    ['/en/news/donor-day', '308 /news/donor-day'],
    ['/news/page/1', '308 /'],
  ])('%s → %s', async (url, expected) => {
    expect(await route(url)).toBe(expected);
  });

  it('an old address the build does not know is no redirect: it ends at the 404 page', async () => {
    expect(await route('/blog/no-such-post')).toBe('→ /en/blog/no-such-post'); // then no route: the fallback
  });
});

describe('literalPath', () => {
  it('escapes what path-to-regexp would read as a parameter or pattern', () => {
    expect(literalPath('/blog/tag:a(b)*')).toBe('/blog/tag\\:a\\(b\\)\\*');
  });
});

describe('the route table', () => {
  it('names every page and route handler under app/, and nothing else', () => {
    const files = readdirSync('app', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^(page\.tsx|route\.tsx?)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name).split(path.sep).join('/'));
    const metadataRoutes = ['app/robots.ts', 'app/sitemap.ts'];
    expect(ROUTES.map((r) => r.file).sort()).toEqual([...files, ...metadataRoutes].sort());
  });
});
