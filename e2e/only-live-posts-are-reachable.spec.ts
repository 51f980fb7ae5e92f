import { expect, test } from '@playwright/test';

test.describe('posts that are not live cannot be reached, nor their images', () => {
  for (const [slug, image] of [
    ['unpublished', 'draft.jpg'],
    ['scheduled-far', 'future.jpg'],
    ['expired', null],
  ] as const) {
    test(`${slug}: 404 page${image ? ' and 404 image' : ''}`, async ({ page, request }) => {
      const response = await page.goto(`/news/${slug}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
      if (image) {
        expect((await request.get(`/media/${slug}/${image}`)).status()).toBe(404);
        const optimized = await request.get(`/_next/image?url=${encodeURIComponent(`/media/${slug}/${image}`)}&w=640&q=75`);
        expect(optimized.status()).not.toBe(200);
      }
    });
  }

  test('a live post image is served, and an unknown file or odd path is not', async ({ request }) => {
    const ok = await request.get('/media/with-header-image/header-2.jpg');
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('image/jpeg');
    for (const path of ['/media/with-header-image/nope.jpg', '/media/with-header-image/index.mdx', '/media/with-header-image/..%2F..%2Fpackage.json', '/news/..%2F..%2Fpackage.json']) {
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
