import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import type { SiteAddresses } from './lib/content/addresses';
import { ADDRESSES, contentDir, preparedDir } from './lib/content/paths';
import { routerRules } from './lib/routes';
import { securityHeaders } from './lib/security-headers';
import { site } from './lib/site';
import { resolveSiteUrl } from './lib/site-url';

// The content folder as the file tracer sees it: relative to the project. A folder outside the
// project (a test's) cannot be traced; a server of such a build reads it where it is.
const CONTENT = path.relative(process.cwd(), contentDir()) || '.';
const CONTENT_TRACED = !CONTENT.startsWith('..') && !path.isAbsolute(CONTENT);

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
  // The ISR cache of the center's servers: Redis shared by every server when REDIS_URL is set, this
  // server's files otherwise (deploy/cache-handler.cjs), with no separate in-memory copy that could
  // go stale beside Redis. On Vercel the platform keeps the ISR cache itself.
  ...(process.env.VERCEL ? {} : { cacheHandler: path.join(process.cwd(), 'deploy/cache-handler.cjs'), cacheMaxMemorySize: 0 }),
  experimental: {
    // No inlineCss: Next inlines the CSS once in <style> and again in the page's data, once per
    // route segment that imports it (three copies, 53 of the front page's 89 KB). As one stylesheet
    // it is fetched once per visit and cached for good (bench/runs/2026-11-notebook.md, "Lighter pages").
    // app/global-not-found.tsx: the server-rendered 404 page of every address that leads nowhere.
    globalNotFound: true,
  },
  // Pages revalidate every 30 s; an entry older than 50 s is re-rendered before it is served, so a
  // scheduled post is live everywhere within 60 s of its time on `next start`, without a rebuild.
  expireTime: 50,
  images: {
    // Only the posts' prepared photos (lib/content/media.ts), which never change under their names.
    localPatterns: [{ pathname: '/media/**', search: '' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 412, 640, 768, 1024, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
  },
  // Posts are read at run time (ISR) from CONTENT_DIR: its text and what the build prepared ship
  // with the server; photos never do (they are static files under public/media). Next matches
  // excludes anywhere in a path ('e2e/**' would also drop .next-e2e/'s own chunks), hence the detail.
  outputFileTracingExcludes: {
    '/*': ['e2e/fixtures/**', 'e2e/*.spec.ts', 'public/**', '**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP}'],
    // On Vercel the share cards render with next/og's own WebAssembly (it uses sharp only when it is
    // there), and Vercel optimizes images itself: no function needs sharp's 19 MB (a standalone
    // server ships it for its image optimizer, below).
    ...(process.env.VERCEL ? { '/*/og/*': ['node_modules/sharp/**', 'node_modules/@img/**'] } : {}),
  },
  outputFileTracingIncludes: {
    '/*': [
      ...(CONTENT_TRACED ? [`${CONTENT}/**/*.{md,mdx}`, `${CONTENT}/.prepared/*.json`] : []),
      // The standalone server's image optimizer (Next loads sharp itself, so no route's trace names it).
      ...(process.env.VERCEL ? [] : ['node_modules/sharp/**', 'node_modules/@img/**']),
    ],
    // (Keys are globs: `/[lang]/` would be a character class.)
    '/*/og/*': ['node_modules/@fontsource/noto-sans/files/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,700}-normal.woff'],
  },
  // Every redirect and rewrite: lib/routes.ts, from the route table and what the build found in the content.
  async redirects() {
    return routerRules(addresses, site).redirects;
  },
  async rewrites() {
    return routerRules(addresses, site).rewrites;
  },
  async headers() {
    return [
      // Every page but the web editor, which has its own policy (lib/security-headers.ts).
      { source: '/((?!admin(?:/|$)).*)', headers: securityHeaders(process.env.NODE_ENV === 'production') },
      // `:path*` is zero or more segments: /admin itself and its scripts.
      { source: '/admin/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production', { authOrigin: authOrigin(process.env.CMS_AUTH_URL) }) },
      // The posts' photos never change under their names (the name is a hash of the bytes).
      { source: '/media/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
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

/**
 * What scripts/prepare-content.ts found in the content (lib/content/addresses.ts), from which the
 * router's rules are made. A production build needs it; `next dev` and `next typegen` do without
 * (the pages answer 404 by themselves).
 */
let addresses: SiteAddresses | null = null;

function readAddresses(required: boolean): SiteAddresses | null {
  const file = path.join(preparedDir(), ADDRESSES);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SiteAddresses;
  } catch (error) {
    if (!required) return null;
    throw new Error(`${path.relative(process.cwd(), file)} cannot be read (${(error as Error).message}): build with npm run build, which prepares the content first (scripts/prepare-content.ts)`);
  }
}

export default function config(phase: string): NextConfig {
  // `next typegen` loads this file in the same phase, but builds nothing that holds the origin.
  const building = phase === PHASE_PRODUCTION_BUILD && !process.argv.includes('typegen');
  if (building) checkSiteUrl();
  addresses = readAddresses(building);
  return nextConfig;
}
