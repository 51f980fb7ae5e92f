import { expect, test } from '@playwright/test';
import { photoUrl } from './photos';

// The e2e server runs with PREVIEW_SECRET=e2e-preview-secret (playwright.config.ts). Previews live
// at /preview/<slug> (app/[lang]/preview), never at the post's own address, whose cached page every
// reader gets (lib/preview.ts).
const SECRET = 'e2e-preview-secret';

test('a wrong or missing password is 401 and opens nothing; the password is never taken from an address', async ({ request }) => {
  for (const secret of ['wrong', `${SECRET}x`, '']) {
    const response = await request.post('/api/preview', { form: { secret, slug: 'scheduled-far', lang: 'en' }, maxRedirects: 0 });
    expect(response.status(), secret).toBe(401);
    expect(await response.text()).toBe('Unauthorized');
    expect(response.headers()['set-cookie'] ?? '').toBe('');
  }
  const inAddress = await request.get(`/api/preview?secret=${SECRET}&slug=scheduled-far`, { maxRedirects: 0 });
  expect(inAddress.status()).toBe(400);
  expect(inAddress.headers()['set-cookie'] ?? '').toBe('');
});

test('staff open a scheduled post with the password; it is never cached and other visitors still get 404', async ({ page, browser }) => {
  const form = await page.goto('/preview/scheduled-far');
  expect(form?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview a post that is not published');
  // Nothing of the post before the password: not its title, in the page or in its <title>.
  expect(await form?.text()).not.toContain('Scheduled for the distant future');
  await page.getByLabel('Preview password').fill(SECRET);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/preview/scheduled-far')), page.getByRole('button', { name: 'Open the preview' }).click()]);
  await expect(page).toHaveURL(/\/preview\/scheduled-far$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scheduled for the distant future');
  const banner = page.getByRole('status').filter({ hasText: 'Preview —' });
  await expect(banner).toContainText('not published (goes live on 1 January 2099 at 10:00, Asia/Almaty time)');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(response.headers()['cache-control']).toContain('no-store');
  // Its photo (the header image) ships under a name nobody can guess; the preview shows it.
  await expect(page.locator('article img').first()).toHaveAttribute('src', new RegExp(encodeURIComponent(photoUrl('scheduled-far', 'future.jpg'))));

  // The session is this browser's cookie, for 8 hours, HttpOnly.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'site_preview');
  expect(cookie?.httpOnly).toBe(true);
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(7.9 * 3_600_000);
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3_600_000);

  // A reader without the cookie gets the 404 page at the post's address and the form at the preview's.
  const visitor = await browser.newContext();
  const other = await visitor.newPage();
  expect((await other.goto('/news/scheduled-far'))?.status()).toBe(404);
  await other.goto('/preview/scheduled-far');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Preview a post that is not published');
  await visitor.close();

  await banner.getByRole('link', { name: 'Exit preview' }).click();
  await expect(page).toHaveURL(/\/news\/scheduled-far$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name === 'site_preview')).toBeUndefined();
});

test("a colleague's link opens that one post for a day, without the password, and nothing else", async ({ page, browser }) => {
  await page.goto('/preview/scheduled-far');
  await page.getByLabel('Preview password').fill(SECRET);
  await page.getByRole('button', { name: 'Open the preview' }).click();
  const link = await page.getByRole('status').getByRole('link', { name: /\/api\/preview\?token=/ }).getAttribute('href');
  expect(link).not.toContain(SECRET);

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Scheduled for the distant future');
  // Another draft stays closed to that session.
  await other.goto('/preview/unpublished');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Preview a post that is not published');
  await colleague.close();
});

test("a draft's preview shows a placeholder where its photos will be; an unknown slug is the 404 page", async ({ page, request }) => {
  await page.goto('/preview/unpublished');
  await page.getByLabel('Preview password').fill(SECRET);
  await page.getByRole('button', { name: 'Open the preview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Unpublished draft about a new ward');
  await expect(page.getByRole('status')).toContainText('not published (published: false)');
  await expect(page.locator('article img').first()).toHaveAttribute('src', /^data:image\/svg\+xml,/);
  // With a session an unknown slug is the 404 page; without one, the same password form as any
  // other slug, so a visitor cannot tell which unpublished slugs exist.
  expect((await page.request.get('/preview/no-such-post')).status()).toBe(404);
  const stranger = await request.get('/preview/no-such-post');
  expect(stranger.status()).toBe(200);
  expect(await stranger.text()).toContain('Preview a post that is not published');
  expect((await request.post('/api/preview', { form: { secret: SECRET, slug: 'no-such-post' }, maxRedirects: 0 })).status()).toBe(404);
});
