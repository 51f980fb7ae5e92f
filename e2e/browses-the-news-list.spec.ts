import { expect, test } from '@playwright/test';
import { photoUrl } from './photos';

// The e2e site: the seed (2023), listed fixtures from June 2022, 25 archive notes from January 2021.
const articles = (page: import('@playwright/test').Page) => page.getByRole('main').getByRole('article');

test('the front page lists the newest news first with date, summary and Read more, not the body', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  const first = articles(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(/^“Multidisciplinary Approach in Hematopathology”/);
  await expect(first.locator('time')).toHaveText('9 January 2023');
  await expect(first.locator('time')).toHaveAttribute('datetime', '2023-01-09T10:00:00+06:00');
  await expect(first.getByText('In just a few words, this is how one can describe')).toBeVisible();
  await expect(first.getByText('this was the title of the two-day conference')).toHaveCount(0);
  await expect(first.getByRole('link', { name: /^Read more/ })).toHaveAttribute('href', '/news/multidisciplinary-approach-in-hematopathology');
  await expect(articles(page)).toHaveCount(10);
  const body = await page.locator('body').innerText();
  expect(body).not.toMatch(/^===$/m);
  expect(body).not.toContain('[owl-carousel');
});

test('the list leaves out hidden, unpublished, scheduled and expired posts', async ({ page }) => {
  const titles: string[] = [];
  for (const url of ['/', '/news/page/2', '/news/page/3', '/news/page/4']) {
    await page.goto(url);
    titles.push(...(await articles(page).getByRole('heading', { level: 2 }).allInnerTexts()));
  }
  expect(titles).toContain('New apheresis unit opens');
  for (const hidden of [
    'Internal notice: laboratory hours',
    'Unpublished draft about a new ward',
    'Scheduled for the distant future',
    'Expired announcement of a 2020 open day',
  ]) {
    expect(titles).not.toContain(hidden);
  }
  // Every listed post appears exactly once across the pages.
  expect(new Set(titles).size).toBe(titles.length);
});

test('continue_link: false drops Read more; a post without === shows its first 300 characters', async ({ page }) => {
  await page.goto('/');
  const card = articles(page).filter({ hasText: 'Short note on flu vaccination' });
  await expect(card.getByRole('link', { name: /^Read more/ })).toHaveCount(0);
  const summary = await card.locator('p').filter({ hasText: 'Flu vaccination for staff' }).innerText();
  expect(summary.endsWith('…')).toBe(true);
  expect(summary.length).toBeLessThanOrEqual(301);
  expect(summary).not.toContain('three hundred characters so that');
});

test('a post with a header image shows it as a thumbnail in the list', async ({ page }) => {
  await page.goto('/');
  const card = articles(page).filter({ hasText: 'New apheresis unit opens' });
  const thumbnail = card.locator('img');
  await expect(thumbnail).toHaveCount(1);
  expect(await thumbnail.getAttribute('src')).toContain(encodeURIComponent(photoUrl('with-header-image', 'header-2.jpg')));
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('pagination: 10 a page, numbered links, previous/next, and 404 past the end', async ({ page, request }) => {
  await page.goto('/');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.locator('[aria-current="page"]')).toHaveText(/1/);
  await pagination.getByRole('link', { name: 'Older news →' }).click();
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/News, page 2 of \d+$/);
  const pages = Number(/of (\d+)$/.exec(await page.getByRole('heading', { level: 1 }).innerText())![1]);
  expect(pages).toBeGreaterThanOrEqual(3);
  await expect(articles(page)).toHaveCount(10);
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: '← Newer news' })).toHaveAttribute('href', '/');

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: `Page ${pages}` }).click();
  await expect(page).toHaveURL(new RegExp(`/news/page/${pages}$`));
  const lastCount = await articles(page).count();
  expect(lastCount).toBeGreaterThan(0);
  expect(lastCount).toBeLessThanOrEqual(10);
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Older news →' })).toHaveCount(0);

  expect((await request.get(`/news/page/${pages + 1}`)).status()).toBe(404);
  expect((await request.get('/news/page/0')).status()).toBe(404);
  expect((await request.get('/news/page/abc')).status()).toBe(404);
  const first = await request.get('/news/page/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers().location).toBe('/');
});

test('/news is the same list as the front page', async ({ page }) => {
  await page.goto('/news');
  await expect(page.getByRole('heading', { level: 1, name: 'All news' })).toBeVisible();
  await expect(articles(page).first().getByRole('heading', { level: 2 })).toHaveText(/^“Multidisciplinary/);
});
