import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Every kind of "not found", in each language, read with JavaScript off (Opera Mini, scripts that
// failed to load, the first seconds on a slow network): the first response itself says what
// happened and where to go, with status 404. Addresses outside the content are sent by the router
// to app/[lang]/missing (lib/routes.ts); the others (a post not live now, a list page past the
// end) are pages that render the 404 page themselves (components/layout/missing-page.tsx).
const TEXT = {
  en: { heading: 'Page not found', front: '/', others: ['Страница не найдена', 'Бет табылмады'] },
  ru: { heading: 'Страница не найдена', front: '/ru', others: ['Page not found', 'Бет табылмады'] },
  kk: { heading: 'Бет табылмады', front: '/kk', others: ['Page not found', 'Страница не найдена'] },
} as const;

const KINDS: Array<[kind: string, lang: keyof typeof TEXT, url: string]> = [
  ['unknown post', 'en', '/news/no-such-post'],
  ['unknown post', 'ru', '/ru/news/no-such-post'],
  ['unknown post', 'kk', '/kk/news/no-such-post'],
  ['scheduled post', 'en', '/news/scheduled-far'],
  ['scheduled post', 'ru', '/ru/news/scheduled-far'],
  ['unpublished post', 'en', '/news/unpublished'],
  ['unpublished post', 'kk', '/kk/news/unpublished'],
  ['expired post', 'en', '/news/expired'],
  ['post only in another language', 'ru', '/ru/news/kazakh-news'],
  ['unknown tag', 'en', '/news/tag/conference'],
  ['unknown tag', 'ru', '/ru/news/tag/conference'],
  ['unknown tag', 'kk', '/kk/news/tag/conference'],
  ['unknown category', 'en', '/news/category/no-such-category'],
  ['unknown category', 'kk', '/kk/news/category/no-such-category'],
  ['archive month without posts', 'en', '/news/archive/2019/01'],
  ['archive month without posts', 'ru', '/ru/news/archive/2019/01'],
  ['list page past the end', 'en', '/news/page/99'],
  ['list page past the end', 'ru', '/ru/news/page/99'],
  ['tag page past the end', 'kk', '/kk/news/tag/donors/page/9'],
  ['unknown address', 'en', '/some/random/path'],
  ['unknown address', 'ru', '/ru/some/random/path'],
  ['unknown address', 'kk', '/kk/some/random/path'],
  ['old link that leads nowhere', 'en', '/blog/no-such-post'],
  ['old link that leads nowhere', 'ru', '/ru/blog/no-such-post'],
  ['old link that leads nowhere', 'kk', '/kk/blog/tag:no-such-tag'],
];

async function expectNotFoundPage(page: Page, lang: keyof typeof TEXT) {
  const text = TEXT[lang];
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1, name: text.heading })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link').first()).toHaveAttribute('href', text.front);
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const [kind, lang, url] of KINDS) {
    test(`${kind} (${lang}): ${url} is a readable 404 in its language`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expectNotFoundPage(page, lang);
      // One language's not-found content, not all three (in the HTML or in its data).
      const html = await response!.text();
      for (const other of TEXT[lang].others) expect(html).not.toContain(other);
    });
  }
});

test('with JavaScript on, the 404 page is in the first response: no blank frame', async ({ page, request }) => {
  const html = await (await request.get('/ru/news/no-such-post')).text();
  expect(html).toContain('<h1>Страница не найдена</h1>');
  expect(html).not.toContain('id="__next_error__"');
  expect((await page.goto('/ru/news/no-such-post'))?.status()).toBe(404);
  await expectNotFoundPage(page, 'ru');
});

/** Files and bytes of the server's ISR cache (the build's pages and what the server rendered since). */
function cacheSize(): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const dir of ['.next-e2e/server/app', '.next-e2e/server/route-cache']) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      files++;
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return { files, bytes };
}

test('300 unknown addresses are each the 404 page, and the cache does not grow', async ({ request }) => {
  const families = ['/news/x', '/ru/news/x', '/kk/og/x', '/news/tag/x', '/ru/news/category/x/page/2', '/news/archive/1999/x', '/news/page/9x', '/x/y', '/kk/x'];
  // Warm the 404 page of each language first: it is one entry, whatever the address.
  for (const lang of ['', '/ru', '/kk']) expect((await request.get(`${lang}/news/warm-up`)).status()).toBe(404);
  const before = cacheSize();
  for (let i = 0; i < 300; i++) {
    const url = families[i % families.length].replace(/x/g, `unknown-${i}-${Math.random().toString(36).slice(2, 8)}`);
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).toMatch(/<h1>(Page not found|Страница не найдена|Бет табылмады)<\/h1>/);
  }
  const after = cacheSize();
  expect(after.files - before.files, 'cache entries added').toBe(0);
  expect(after.bytes - before.bytes, 'bytes added to the cache').toBeLessThan(1_000_000);
});
