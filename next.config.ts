import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';
import { site } from './lib/site';

// Pages live under app/[lang]/. The default language has no prefix: its URLs are rewritten to
// /<default>/…, and /<default>/… itself redirects to the unprefixed URL (one URL per page).
const DEFAULT = site.defaultLanguage;
const PREFIXED = site.languages.filter((lang) => lang !== DEFAULT).join('|');
const ALL = site.languages.join('|');
// First path segments that are not pages of the default language: other languages, and routes outside app/[lang].
const NOT_DEFAULT_LANGUAGE = [...site.languages, 'api', 'media', '_next'].join('|');

const nextConfig: NextConfig = {
  // E2E builds go to their own folder so they never overwrite the site's build or its ISR cache.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  experimental: {
    // The CSS is small (about 11 KB): inline it so a phone on a slow network renders without
    // waiting for a stylesheet request.
    inlineCss: true,
  },
  // Pages revalidate every 30 s; an entry older than 50 s is re-rendered before it is served, so a
  // scheduled post is live everywhere within 60 s of its time on `next start`, without a rebuild.
  expireTime: 50,
  images: {
    // Only the media route (which checks that a post is live) may feed the optimizer.
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/avif', 'image/webp'],
    // Optimized copies of a post that stops being live must not outlive it for long.
    minimumCacheTTL: 60,
    deviceSizes: [360, 412, 640, 768, 1024, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
  },
  // Posts are read at run time (ISR) from CONTENT_DIR; make sure deployments ship them.
  outputFileTracingIncludes: {
    '/*': ['content/**/*'],
    '/[lang]/og/*': ['node_modules/@fontsource/noto-sans/files/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,700}-normal.woff'],
  },
  async redirects() {
    return [
      // The default language's pages have no prefix.
      { source: `/${DEFAULT}`, destination: '/', permanent: true },
      { source: `/${DEFAULT}/:path*`, destination: '/:path*', permanent: true },
      // The first page of a list is the list itself.
      { source: '/news/page/1', destination: '/', permanent: true },
      { source: `/:lang(${PREFIXED})/news/page/1`, destination: '/:lang', permanent: true },
      { source: '/news/:kind(tag|category)/:term/page/1', destination: '/news/:kind/:term', permanent: true },
      { source: `/:lang(${PREFIXED})/news/:kind(tag|category)/:term/page/1`, destination: '/:lang/news/:kind/:term', permanent: true },
      // The old Grav site's feeds.
      { source: `${site.legacyBlogRoute}.rss`, destination: '/feed.xml', permanent: true },
      { source: `${site.legacyBlogRoute}.atom`, destination: '/atom.xml', permanent: true },
      { source: `${site.legacyBlogRoute}.json`, destination: '/feed.json', permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: `/${DEFAULT}` },
        { source: `/:first((?!(?:${NOT_DEFAULT_LANGUAGE})(?:/|$))[^/]+)/:rest*`, destination: `/${DEFAULT}/:first/:rest*` },
      ],
      // Anything no route answers may be an old Grav URL or a post's alias: app/[lang]/legacy decides.
      fallback: [{ source: `/:lang(${ALL})/:path*`, destination: '/:lang/legacy/:path*' }],
    };
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') },
      // Draft Mode (staff previews): never indexed, whatever the page.
      { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }], headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
};

export default nextConfig;
