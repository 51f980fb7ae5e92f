import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 22, 23)';

test('the site follows the system setting', async ({ browser }) => {
  for (const [colorScheme, expected] of [['light', LIGHT], ['dark', DARK]] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto('/news/multidisciplinary-approach-in-hematopathology');
    expect(await background(page), colorScheme).toBe(expected);
    await context.close();
  }
});

test('the toggle switches the theme and is remembered without a cookie, with no flash of the other theme on load', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  // The body's colour as soon as the document is parsed, before React runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.goto('/ru');
  const toggle = page.getByRole('button', { name: 'Тёмная тема' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK);
  await page.goto('/kk/news/kazakh-news');
  expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Қараңғы тақырып' })).toHaveAttribute('aria-pressed', 'true');
  expect(await context.cookies()).toEqual([]);
  // And back to light, also remembered.
  await page.getByRole('button', { name: 'Қараңғы тақырып' }).click();
  await page.reload();
  expect(await background(page)).toBe(LIGHT);
  await context.close();
});

test('print is always light', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/news/multidisciplinary-approach-in-hematopathology');
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe(LIGHT);
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('the system setting still applies, and the toggle (which needs a script) is not shown', async ({ page }) => {
    await page.goto('/');
    expect(await background(page)).toBe(DARK);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});
