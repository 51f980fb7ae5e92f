import { expect, test } from '@playwright/test';

// Notices of e2e/fixtures/content/notices: an urgent one in Kazakh only, an info one in Russian
// only, one expired and one not started (English). The scheduled one is in scheduled-post-goes-live.
const URGENT_KK = 'Бүгін O(I) Rh− тобының қаны шұғыл қажет.';
const INFO_RU = 'С 1 марта поликлиника центра принимает с 8:00 до 18:00.';

test('an urgent notice shows at the top of every Kazakh page, as an alert that cannot be dismissed', async ({ page }) => {
  for (const url of ['/kk', '/kk/news/kazakh-news', '/kk/search', '/kk/no-such-page']) {
    await page.goto(url);
    const alert = page.getByRole('alert', { name: 'Шұғыл хабарландыру' });
    await expect(alert, url).toContainText(URGENT_KK);
    await expect(alert.getByRole('link', { name: 'Қан тапсыру туралы' })).toHaveAttribute('href', '/kk/news/kazakh-news');
    await expect(alert.getByRole('button')).toHaveCount(0);
    // Above the header: the first thing after the skip link.
    const [noticeTop, headerTop] = await Promise.all([alert.boundingBox(), page.getByRole('banner').boundingBox()]);
    expect(noticeTop!.y).toBeLessThan(headerTop!.y);
    // It did not take focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  }
});

test('a notice shows only on the pages of its language; expired and future ones nowhere', async ({ request }) => {
  const pages = { en: ['/', '/news/with-header-image'], ru: ['/ru', '/ru/news/autoplay-gallery'], kk: ['/kk'] };
  for (const [lang, urls] of Object.entries(pages)) {
    for (const url of urls) {
      const html = await (await request.get(url)).text();
      expect(html.includes(URGENT_KK), `${url} urgent`).toBe(lang === 'kk');
      expect(html.includes(INFO_RU), `${url} info`).toBe(lang === 'ru');
      expect(html, url).not.toContain('Quetzalcoatl must');
    }
  }
});

test('an info notice is a status a reader can dismiss; it stays dismissed, with no cookie', async ({ page, context }) => {
  await page.goto('/ru');
  const notice = page.getByRole('status').filter({ hasText: INFO_RU });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Скрыть объявление' }).click();
  await expect(notice).toBeHidden();
  await page.goto('/ru/news/autoplay-gallery');
  await expect(page.getByText(INFO_RU)).toBeHidden();
  expect(await context.cookies()).toEqual([]);
  // Another reader (a new browser profile) still sees it.
  const other = await (await page.context().browser()!.newContext()).newPage();
  await other.goto('/ru');
  await expect(other.getByRole('status').filter({ hasText: INFO_RU })).toBeVisible();
  await other.context().close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the notice is in the first response, and no dismiss button that would do nothing', async ({ page }) => {
    await page.goto('/ru');
    const notice = page.getByRole('status').filter({ hasText: INFO_RU });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('button')).toBeHidden();
  });
});

test('the page does not move when a notice is there: its space is in the server-rendered page', async ({ page }) => {
  await page.goto('/ru', { waitUntil: 'commit' });
  await page.waitForSelector('[data-notice]');
  const before = await page.locator('h1').first().boundingBox();
  await page.waitForLoadState('networkidle');
  const after = await page.locator('h1').first().boundingBox();
  expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
});
