import { expect, test } from '@playwright/test';

// The e2e server runs with PREVIEW_SECRET=e2e-preview-secret (playwright.config.ts).
const SECRET = 'e2e-preview-secret';

test('a wrong or missing secret is 401 and reveals nothing', async ({ request }) => {
  for (const query of ['?slug=scheduled-far', `?secret=wrong&slug=scheduled-far`, `?secret=${SECRET}x&slug=scheduled-far`, '?secret=&slug=scheduled-far']) {
    const response = await request.get(`/api/preview${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(401);
    expect(await response.text()).toBe('Unauthorized');
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
  }
});

test('staff preview a scheduled post with a banner; it is never cached and other visitors still get 404', async ({ page, browser }) => {
  const response = await page.goto(`/api/preview?secret=${SECRET}&slug=scheduled-far`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/news\/scheduled-far$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scheduled for the distant future');
  const banner = page.getByRole('status').filter({ hasText: 'Preview —' });
  await expect(banner).toContainText('not published (goes live on 1 January 2099 at 10:00, Asia/Almaty time)');
  // Metadata of a per-request render may stream into the body; the header is always there.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const headers = response!.headers();
  expect(headers['x-robots-tag']).toBe('noindex, nofollow');
  expect(headers['cache-control']).toMatch(/no-store|no-cache|private/);

  // A normal visitor, without the preview cookie, still gets the 404, before and after.
  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  expect((await other.goto('/news/scheduled-far'))?.status()).toBe(404);
  await visitor.close();

  await banner.getByRole('link', { name: 'Exit preview' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('an unknown slug is 404 even with the right secret', async ({ request }) => {
  expect((await request.get(`/api/preview?secret=${SECRET}&slug=no-such-post`, { maxRedirects: 0 })).status()).toBe(404);
});
