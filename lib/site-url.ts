// The site's canonical origin (canonical links, feeds, the sitemap, share cards): SITE_URL, or on
// Vercel the project's production domain. A deployment build without either fails; only a local
// build (npm run serve, the tests) may fall back to http://localhost:3000.

export const LOCAL_ORIGIN = 'http://localhost:3000';

export type SiteUrl =
  | { url: string; source: 'SITE_URL' | 'vercel' | 'local' }
  | { error: string };

type Env = Record<string, string | undefined>;

/** Where a build runs that must not fall back to localhost: CI, Vercel, the Docker image. */
function deploymentName(env: Env): string | null {
  if (env.VERCEL) return 'a Vercel build';
  if (env.SITE_DEPLOYMENT) return `a ${env.SITE_DEPLOYMENT} build`;
  if (env.CI && env.CI !== 'false') return 'a CI build';
  return null;
}

export function resolveSiteUrl(env: Env): SiteUrl {
  const given = env.SITE_URL?.trim();
  if (given) {
    let parsed: URL;
    try {
      parsed = new URL(given);
    } catch {
      return { error: `SITE_URL is '${given}': expected the site's public origin, such as https://news.example.kz` };
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { error: `SITE_URL is '${given}': expected an http or https origin` };
    if (parsed.pathname !== '/' || parsed.search || parsed.hash) return { error: `SITE_URL is '${given}': expected an origin only, without a path (${parsed.origin})` };
    return { url: parsed.origin, source: 'SITE_URL' };
  }
  // Vercel's system environment variable: the project's production domain, without the scheme.
  const vercel = env.VERCEL_PROJECT_PRODUCTION_URL?.trim();
  if (vercel) return { url: `https://${vercel.replace(/\/+$/, '')}`, source: 'vercel' };
  const deployment = deploymentName(env);
  if (deployment) {
    return {
      error:
        `SITE_URL is not set in ${deployment}: set SITE_URL to the site's public origin (for example SITE_URL=https://news.example.kz). ` +
        `Canonical links, feeds, the sitemap and share cards are built from it; only a local build falls back to ${LOCAL_ORIGIN}.`,
    };
  }
  return { url: LOCAL_ORIGIN, source: 'local' };
}
