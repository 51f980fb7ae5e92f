import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, resolveSiteUrl } from './site-url';

describe('the canonical origin', () => {
  it.each([
    ['SITE_URL wins everywhere', { SITE_URL: 'https://news.example.kz/', VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app' }, { url: 'https://news.example.kz', source: 'SITE_URL' }],
    ['on Vercel without SITE_URL: the production domain', { VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'news-center.vercel.app' }, { url: 'https://news-center.vercel.app', source: 'vercel' }],
    ['a local build falls back to localhost', {}, { url: LOCAL_ORIGIN, source: 'local' }],
    ['CI=false is not CI', { CI: 'false' }, { url: LOCAL_ORIGIN, source: 'local' }],
    ['the tests say SITE_URL themselves, even in CI', { CI: 'true', SITE_URL: 'http://localhost:3000' }, { url: 'http://localhost:3000', source: 'SITE_URL' }],
  ])('%s', (_, env, expected) => {
    expect(resolveSiteUrl(env)).toEqual(expected);
  });

  it.each([
    ['CI', { CI: 'true' }, /SITE_URL is not set in a CI build: set SITE_URL to the site's public origin/],
    ['the Docker image', { SITE_DEPLOYMENT: 'Docker' }, /SITE_URL is not set in a Docker build/],
    ['Vercel without a production domain', { VERCEL: '1' }, /SITE_URL is not set in a Vercel build/],
    ['a path', { SITE_URL: 'https://example.kz/news' }, /expected an origin only, without a path \(https:\/\/example\.kz\)/],
    ['not a URL', { SITE_URL: 'news.example.kz' }, /SITE_URL is 'news\.example\.kz': expected the site's public origin/],
    ['another scheme', { SITE_URL: 'ftp://example.kz' }, /expected an http or https origin/],
  ])('fails without a usable origin: %s', (_, env, message) => {
    const result = resolveSiteUrl(env);
    expect('error' in result && result.error).toMatch(message);
  });
});
