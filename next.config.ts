import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';
import { site } from './lib/site';

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
    '/og/*': ['node_modules/@fontsource/noto-sans/files/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,700}-normal.woff'],
  },
  async redirects() {
    // The first page of a list is the list itself.
    return [
      { source: '/news/page/1', destination: '/', permanent: true },
      { source: '/news/:kind(tag|category)/:term/page/1', destination: '/news/:kind/:term', permanent: true },
      // The old Grav site's feeds.
      { source: `${site.legacyBlogRoute}.rss`, destination: '/feed.xml', permanent: true },
      { source: `${site.legacyBlogRoute}.atom`, destination: '/atom.xml', permanent: true },
      { source: `${site.legacyBlogRoute}.json`, destination: '/feed.json', permanent: true },
    ];
  },
  async rewrites() {
    // Anything no route answers may be an old Grav URL or a post's alias: app/legacy decides.
    return { beforeFiles: [], afterFiles: [], fallback: [{ source: '/:path*', destination: '/legacy/:path*' }] };
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
