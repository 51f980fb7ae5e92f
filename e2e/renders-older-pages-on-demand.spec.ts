// A build prerenders only what readers open first (site.prerender: the newest posts, the first list
// pages, the newest months); everything else is rendered on its first request and cached. These
// pages were left out of the e2e build (its prerender manifest says so: the fixture's oldest posts
// and the news list's last page) and must still work, and be served from the cache after their
// first request.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const manifest = JSON.parse(readFileSync('.next-e2e/prerender-manifest.json', 'utf8')) as { routes: Record<string, unknown> };
const prerendered = (route: string) => route in manifest.routes;

test.describe('pages a build did not prerender', () => {
  for (const [what, url, route, check] of [
    ['an older post', '/news/archive-note-01', '/en/news/archive-note-01', 'Archive note 01'],
    ['an older post with photos', '/news/london-at-night', '/en/news/london-at-night', 'London at Night'],
    ['a list page further back', '/news/page/4', '/en/news/page/4', 'News, page 4 of 4'],
  ] as const) {
    test(`${what} renders on its first request, then comes from the cache`, async ({ page, request }) => {
      expect(prerendered(route), `${route} should be left to the first request in this build`).toBe(false);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(check);
      const again = await request.get(url);
      expect(again.status()).toBe(200);
      // From the cache: fresh, or stale and being re-rendered behind it.
      expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache']);
      expect(await again.text()).toContain(check);
    });
  }

  test("an older post's share card and photo are made on first request and cached", async ({ request }) => {
    for (const [url, route, type] of [
      ['/og/archive-note-01', '/en/og/archive-note-01', 'image/png'],
      ['/media/london-at-night/unsplash-london-night.jpg', '/media/london-at-night/unsplash-london-night.jpg', 'image/jpeg'],
    ] as const) {
      expect(prerendered(route), route).toBe(false);
      const first = await request.get(url);
      expect(first.status(), url).toBe(200);
      expect(first.headers()['content-type']).toBe(type);
      const again = await request.get(url);
      expect(['HIT', 'STALE'], url).toContain(again.headers()['x-nextjs-cache']);
      expect((await again.body()).equals(await first.body()), url).toBe(true);
    }
  });

  test('addresses of nothing are never rendered nor cached: an unknown post, card or photo is an uncached 404', async ({ request }) => {
    for (const url of ['/news/no-such-post', '/og/no-such-post', '/media/no-such-post/photo.jpg', '/media/multidisciplinary-approach-in-hematopathology/no-such.jpg', '/news/page/999', '/news/archive/1999/01']) {
      for (let i = 0; i < 2; i++) {
        const response = await request.get(url);
        expect(response.status(), url).toBe(404);
        expect(response.headers()['x-nextjs-cache'], url).toBeUndefined();
        expect(response.headers()['cache-control'], url).toContain('no-store');
      }
    }
  });

  test("a scheduled post's card and photo are 404s although the post exists", async ({ request }) => {
    expect((await request.get('/og/scheduled-far')).status()).toBe(404);
    expect((await request.get('/media/scheduled-far/future.jpg')).status()).toBe(404);
  });
});
