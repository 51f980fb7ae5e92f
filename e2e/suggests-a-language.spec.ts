import { expect, test } from '@playwright/test';

// The first visit to / may suggest the reader's own language (from the browser's languages, which
// the browser also sends as Accept-Language); it never redirects, and the page stays one cached
// document for everyone.

test.describe('a reader whose browser prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('is offered the Russian site on the front page, in Russian, and can decline for good', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/$/);
    const offer = page.getByRole('complementary', { name: 'Русский' });
    await expect(offer).toContainText('Эта страница есть на русском языке.');
    await expect(offer).toHaveAttribute('lang', 'ru');
    await expect(offer.getByRole('link', { name: 'Читать на русском' })).toHaveAttribute('href', '/ru');
    await offer.getByRole('button', { name: 'Нет, спасибо' }).click();
    await expect(offer).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByRole('complementary', { name: 'Русский' })).toBeHidden();
  });

  test('who follows the offer lands on the Russian front page and is not asked again', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Читать на русском' }).click();
    await expect(page).toHaveURL(/\/ru$/);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.getByRole('complementary', { name: 'Русский' })).toBeHidden();
  });
});

test.describe('a reader whose browser prefers English', () => {
  test.use({ locale: 'en-GB' });

  test('is offered nothing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect(page.locator('aside[lang]')).toHaveCount(0);
  });
});

test('the front page is the same cached document whatever language the request prefers', async ({ request }) => {
  const russian = await request.get('/', { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
  const english = await request.get('/', { headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
  expect(russian.status()).toBe(200);
  expect(russian.headers()['cache-control']).toBe(english.headers()['cache-control']);
  expect(russian.headers()['cache-control']).toContain('s-maxage=');
  expect(russian.headers().vary ?? '').not.toMatch(/accept-language/i);
  const strip = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
  expect(strip(await russian.text())).toBe(strip(await english.text()));
});
