import { expect, test } from '@playwright/test';

const articleTitles = (page: import('@playwright/test').Page) =>
  page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).allInnerTexts();

test('a tag page lists its posts under a heading naming the tag; spellings differing in case are one tag', async ({ page }) => {
  await page.goto('/news/autoplay-gallery');
  await page.getByRole('list', { name: 'Categories and tags' }).getByRole('link', { name: '#Donors' }).click();
  await expect(page).toHaveURL(/\/news\/tag\/donors$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Tag: (Donors|donors)$/);
  // "Donors" on one post and "donors" on another are the same tag.
  expect((await articleTitles(page)).sort()).toEqual(['Donor day photo report', 'World Blood Donor Day in pictures']);
  await expect(page).toHaveTitle(/^Tag: (Donors|donors) — Hematology Center$/);
});

test('Cyrillic tags have readable percent-encoded URLs', async ({ page, request }) => {
  await page.goto('/kk/news/kazakh-news');
  await page.getByRole('list', { name: 'Санаттар мен тегтер' }).getByRole('link', { name: '#Қан тапсыру' }).click();
  await expect(page).toHaveURL(/\/kk\/news\/tag\/%D2%9B%D0%B0%D0%BD-%D1%82%D0%B0%D0%BF%D1%81%D1%8B%D1%80%D1%83$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Тег: Қан тапсыру');
  expect(await articleTitles(page)).toEqual(['Қан тапсыру күні: өңірлерден донорлар келді']);
  expect((await request.get('/news/tag/%D0%B3%D0%B5%D0%BC%D0%B0%D1%82%D0%BE%D0%BB%D0%BE%D0%B3%D0%B8%D1%8F')).status()).toBe(200);
  expect((await request.get('/news/tag/no-such-tag')).status()).toBe(404);
});

test('a category page lists its posts', async ({ page }) => {
  await page.goto('/news/category/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Category: events');
  expect(await articleTitles(page)).toEqual(['World Blood Donor Day in pictures']);
});

test('the sidebar lists months newest first with counts, linking to the month archive', async ({ page, request }) => {
  await page.goto('/');
  const archives = page.getByRole('complementary').getByRole('region', { name: 'Archives' });
  const months = await archives.getByRole('link').allInnerTexts();
  // The seed post, and the scheduled one once it is live.
  expect(months[0]).toMatch(/^January 2023 \([12]\)$/);
  expect(months).toContain('January 2021 (25)');
  const june = months.find((m) => m.startsWith('June 2022'))!;
  await archives.getByRole('link', { name: june }).click();
  await expect(page).toHaveURL(/\/news\/archive\/2022\/06$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News of June 2022');
  const count = Number(/\((\d+)\)/.exec(june)![1]);
  expect(await articleTitles(page)).toHaveLength(count);
  for (const bad of ['/news/archive/2022/13', '/news/archive/1999/01', '/news/archive/2022/6', '/news/archive/abcd/01']) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});

test('the sitemap lists live posts with lastmod, list, tag and archive pages, and nothing that is not live', async ({ page, request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('/robots.txt');
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('sitemap is not well-formed');
    return [...doc.getElementsByTagName('url')].map((url) => ({
      loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
      lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
    }));
  }, xml);
  const paths = entries.map((entry) => new URL(entry.loc).pathname);
  expect(paths).toEqual(expect.arrayContaining(['/', '/news/page/2', '/news/multidisciplinary-approach-in-hematopathology', '/news/tag/donors', '/news/category/events', '/news/archive/2023/01']));
  const seed = entries.find((entry) => entry.loc.endsWith('/news/multidisciplinary-approach-in-hematopathology'))!;
  expect(new Date(seed.lastmod!).toISOString()).toBe('2023-01-09T04:00:00.000Z');
  for (const absent of ['/news/unpublished', '/news/scheduled-far', '/news/expired']) expect(paths).not.toContain(absent);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:3000\/sitemap\.xml/);
});
