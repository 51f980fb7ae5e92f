import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { securityHeaders } from './lib/security-headers';
import { site } from './lib/site';
import { resolveSiteUrl } from './lib/site-url';

// Pages live under app/[lang]/. The default language has no prefix: its URLs are rewritten to
// /<default>/…, and /<default>/… itself redirects to the unprefixed URL (one URL per page).
const DEFAULT = site.defaultLanguage;
const PREFIXED = site.languages.filter((lang) => lang !== DEFAULT).join('|');
const ALL = site.languages.join('|');
// First path segments that are not pages of the default language: other languages, and routes outside app/[lang].
const NOT_DEFAULT_LANGUAGE = [...site.languages, 'api', 'media', 'admin', '_next'].join('|');

const nextConfig: NextConfig = {
  // E2E builds go to their own folder so they never overwrite the site's build or its ISR cache.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Where the running server finds its build (app/api/health reads the build id there).
  env: { SITE_DIST_DIR: process.env.NEXT_DIST_DIR || '.next' },
  poweredByHeader: false,
  // `npm test` (and so CI, before anything merges) runs `tsc --noEmit` over the whole project;
  // `next build` checking the same files again cost every build about 16 s on this machine.
  typescript: { ignoreBuildErrors: true },
  // A self-contained server with only the files it needs (Dockerfile, docs/deploy.md).
  output: 'standalone',
  // The ISR cache: Redis shared by every server when REDIS_URL is set, this server's files otherwise
  // (deploy/cache-handler.cjs). No separate in-memory copy that could go stale beside Redis.
  cacheHandler: path.join(process.cwd(), 'deploy/cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    // No inlineCss: Next inlines the CSS once in <style> and again in the page's data, once per
    // route segment that imports it (three copies, 53 of the front page's 89 KB). As one stylesheet
    // it is fetched once per visit and cached for good (bench/results.md, "Lighter pages").
    // app/global-not-found.tsx: the server-rendered 404 page of every address that leads nowhere.
    globalNotFound: true,
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
  // What the file tracer finds beside the content reads but the server never needs. Next matches
  // these anywhere in a path ('e2e/**' would also drop .next-e2e/'s own chunks), hence the detail.
  outputFileTracingExcludes: { '/*': ['e2e/fixtures/**', 'e2e/*.spec.ts'] },
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
      // Every page but the web editor, which has its own policy (lib/security-headers.ts).
      { source: '/((?!admin(?:/|$)).*)', headers: securityHeaders(process.env.NODE_ENV === 'production') },
      // `:path*` is zero or more segments: /admin itself and its scripts.
      { source: '/admin/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production', { authOrigin: authOrigin(process.env.CMS_AUTH_URL) }) },
      // Draft Mode (staff previews): never indexed, whatever the page.
      { source: '/:path*', has: [{ type: 'cookie', key: '__prerender_bypass' }], headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
    ];
  },
};

/** The origin of the editor's sign-in service (docs/writing-posts.md), if one is set. */
function authOrigin(url: string | undefined): string | undefined {
  return url ? new URL(url).origin : undefined;
}

/** A deployment build needs the site's origin (lib/site-url.ts); a local build says once that it uses localhost. */
function checkSiteUrl(): void {
  const origin = resolveSiteUrl(process.env);
  if ('error' in origin) throw new Error(origin.error);
  if (origin.source === 'local' && !process.env.SITE_URL_NOTED) {
    console.warn(`SITE_URL is not set: this local build uses ${origin.url} in canonical links, feeds, the sitemap and share cards (set SITE_URL for a deployment).`);
    // The build's workers load this file again; they inherit the note.
    process.env.SITE_URL_NOTED = '1';
  }
}

export default function config(phase: string): NextConfig {
  // `next typegen` loads this file in the same phase, but builds nothing that holds the origin.
  if (phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen')) checkSiteUrl();
  return nextConfig;
}
