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

  test("an older post's share card is made on first request and cached", async ({ request }) => {
    expect(prerendered('/en/og/archive-note-01')).toBe(false);
    const first = await request.get('/og/archive-note-01');
    expect(first.status()).toBe(200);
    expect(first.headers()['content-type']).toBe('image/png');
    const again = await request.get('/og/archive-note-01');
    expect(['HIT', 'STALE']).toContain(again.headers()['x-nextjs-cache']);
    expect((await again.body()).equals(await first.body())).toBe(true);
  });

  test('an address outside the content is the one prerendered 404 page of its language, rendered for none of them', async ({ request }) => {
    for (const [url, heading] of [
      ['/news/no-such-post', 'Page not found'],
      ['/og/no-such-post', 'Page not found'],
      ['/news/page/999', 'Page not found'],
      ['/news/archive/1999/01', 'Page not found'],
      ['/ru/news/no-such-post', 'Страница не найдена'],
    ]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      // The language's 404 page as the build made it (app/[lang]/missing), from the cache.
      expect(response.headers()['x-nextjs-cache'], url).toMatch(/^(HIT|STALE|REVALIDATED)$/);
      expect(await response.text(), url).toContain(`<h1>${heading}</h1>`);
    }
  });

  test("a scheduled post's page and card are 404s although the post exists", async ({ request }) => {
    expect((await request.get('/news/scheduled-far')).status()).toBe(404);
    expect((await request.get('/og/scheduled-far')).status()).toBe(404);
  });
});
