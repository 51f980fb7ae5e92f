import { expect, test } from '@playwright/test';
import { photoUrl, servedPhotoFiles } from './photos';

test.describe('posts that are not live cannot be reached, nor their photos', () => {
  for (const slug of ['unpublished', 'scheduled-far', 'expired']) {
    test(`${slug}: the 404 page, and its share card is a 404 too`, async ({ page, request }) => {
      const response = await page.goto(`/news/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      expect((await request.get(`/og/${slug}`)).status()).toBe(404);
    });
  }

  test("a draft's photo does not ship at all: no file, and the optimizer has nothing to serve", async ({ request }) => {
    expect(photoUrl('unpublished', 'draft.jpg')).toMatch(/^data:image\/svg\+xml,/);
    expect(servedPhotoFiles().filter((name) => name.startsWith('draft-'))).toEqual([]);
    expect((await request.get('/media/draft.jpg')).status()).toBe(404);
    expect((await request.get(`/_next/image?url=${encodeURIComponent('/media/draft.jpg')}&w=640&q=75`)).status()).toBe(404);
  });

  test("a scheduled post's photo waits under a name nobody can guess, linked by no page", async ({ request }) => {
    const url = photoUrl('scheduled-far', 'future.jpg');
    expect(url).toMatch(/^\/media\/future-[0-9a-f]{16}\.jpg$/);
    for (const page of ['/', '/news', '/feed.xml', '/sitemap.xml', '/ru']) expect(await (await request.get(page)).text(), page).not.toContain(url);
  });

  test('a live post\'s photo is a static file cached for good; an unknown file or an odd path is a 404', async ({ request }) => {
    const ok = await request.get(photoUrl('with-header-image', 'header-2.jpg'));
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('image/jpeg');
    expect(ok.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/media/with-header-image/header-2.jpg', '/media/nope.jpg', '/media/..%2F..%2Fpackage.json', '/news/..%2F..%2Fpackage.json']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test('a post hidden from the list is still reachable by its URL', async ({ page }) => {
  const response = await page.goto('/news/hidden-from-list');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Internal notice: laboratory hours');
});

test('an unknown address shows the styled 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Latest news' })).toHaveAttribute('href', '/');
});
