// A build prerenders every address the content has or may have (app/[lang]/static-params.ts): ten
// years of news are pages served from the cache from the first request, and any other address is
// no page at all (the routes set dynamicParams = false).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const manifest = JSON.parse(readFileSync('.next-e2e/prerender-manifest.json', 'utf8')) as { routes: Record<string, unknown> };

test.describe('older news', () => {
  for (const [what, url, route, check] of [
    ['an older post', '/news/archive-note-01', '/en/news/archive-note-01', 'Archive note 01'],
    ['an older post with photos', '/news/london-at-night', '/en/news/london-at-night', 'London at Night'],
    ['a list page further back', '/news/page/4', '/en/news/page/4', 'News, page 4 of '],
    ['a month long ago', '/news/archive/2017/06', '/en/news/archive/2017/06', 'June 2017'],
    ["an older post's share card", '/og/archive-note-01', '/en/og/archive-note-01', null],
  ] as const) {
    test(`${what} is prerendered and served from the cache on its first request`, async ({ request }) => {
      expect(route in manifest.routes, `${route} in the prerender manifest`).toBe(true);
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|REVALIDATED)$/);
      if (check) expect(await response.text()).toContain(check);
      else expect(response.headers()['content-type']).toBe('image/png');
    });
  }

  test('an address outside the content is the one prerendered 404 page of its language, rendered for none of them', async ({ request }) => {
    for (const [url, heading] of [
      ['/news/no-such-post', 'Page not found'],
      ['/og/no-such-post', 'Page not found'],
      ['/news/page/999', 'Page not found'],
      ['/news/archive/1999/01', 'Page not found'],
      ['/ru/news/no-such-post', 'Страница не найдена'],
    ]) {
      expect(Object.keys(manifest.routes).some((route) => route.endsWith(url.replace(/^\/ru/, ''))), url).toBe(false);
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      // The language's 404 page as the build made it (app/[lang]/missing), from the cache.
      expect(response.headers()['x-nextjs-cache'], url).toMatch(/^(HIT|STALE|REVALIDATED)$/);
      expect(await response.text(), url).toContain(`<h1>${heading}</h1>`);
    }
  });

  test("a scheduled post's page is prerendered as the 404 page, and its card too", async ({ request }) => {
    expect('/en/news/scheduled-far' in manifest.routes).toBe(true);
    expect((await request.get('/news/scheduled-far')).status()).toBe(404);
    expect((await request.get('/og/scheduled-far')).status()).toBe(404);
  });
});
