import { expect, test } from '@playwright/test';
import { photoUrl } from './photos';

const SEED = '/news/multidisciplinary-approach-in-hematopathology';

test('a post has its title, description, canonical URL and Open Graph / Twitter tags', async ({ page }) => {
  await page.goto('/news/with-header-image');
  await expect(page).toHaveTitle('New apheresis unit opens — Hematology Center');
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('name="description"')).toBe('The new apheresis unit opened this week.');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', 'http://localhost:3000/news/with-header-image');
  expect(await meta('property="og:title"')).toBe('New apheresis unit opens');
  expect(await meta('property="og:type"')).toBe('article');
  expect(await meta('property="og:image"')).toBe(`http://localhost:3000${photoUrl('with-header-image', 'header-2.jpg')}`);
  expect(await meta('property="og:image:width"')).toBe('800');
  expect(await meta('property="og:image:height"')).toBe('533');
  expect(await meta('property="article:published_time"')).toBe('2022-06-10T12:00:00+06:00');
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
});

test('a post without a header image gets a generated 1200×630 card, for live posts only', async ({ page, request }) => {
  await page.goto(SEED);
  const image = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(image).toBe(`http://localhost:3000/og/multidisciplinary-approach-in-hematopathology`);
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // PNG IHDR: width and height are the big-endian integers at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect((await request.get('/og/unpublished')).status()).toBe(404);
  expect((await request.get('/og/any-text-you-like')).status()).toBe(404);
});

test('a post carries NewsArticle and BreadcrumbList JSON-LD', async ({ page }) => {
  await page.goto(SEED);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((text) => JSON.parse(text));
  const article = data.find((item: { '@type': string }) => item['@type'] === 'NewsArticle');
  expect(article.headline).toBe('“Multidisciplinary Approach in Hematopathology”: meaningful and useful for both healthcare professionals and patients');
  expect(article.datePublished).toBe('2023-01-09T10:00:00+06:00');
  expect(article.image[0]).toMatch(/^http:\/\/localhost:3000\/og\//);
  expect(article.publisher).toMatchObject({ '@type': 'MedicalOrganization', name: 'Hematology Center' });
  const crumbs = data.find((item: { '@type': string }) => item['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['News', article.headline]);
});

test('the front page carries WebSite JSON-LD with a SearchAction', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data['@type']).toBe('WebSite');
  expect(data.potentialAction.target.urlTemplate).toBe('http://localhost:3000/search?q={search_term_string}');
});

test('reading time shows on posts and in lists', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.locator('article').getByText(/^\d+ min read$/)).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('article').first().getByText(/^\d+ min read$/)).toBeVisible();
});

test('printing drops navigation and controls and shows where links go', async ({ page }) => {
  await page.goto('/news/with-header-image');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('complementary')).toBeHidden();
  const after = await page.getByRole('link', { name: 'Press office' }).evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://example.org/press');
});
