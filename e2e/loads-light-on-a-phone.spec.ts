import { expect, test } from '@playwright/test';

// What keeps a page fast on a slow phone and can be seen from the outside (the timings themselves
// live in `npm run bench`).

test('a list fetches its first thumbnail first, and only that one, announced in <head>', async ({ page }) => {
  await page.goto('/');
  const urgent = page.locator('main img[fetchpriority="high"]');
  await expect(urgent).toHaveCount(1);
  // It is the thumbnail of one of the first two cards (cards stack on a phone).
  const firstCards = page.locator('main article').filter({ has: page.locator('img') });
  const firstThumbnail = await firstCards.first().locator('img').getAttribute('srcset');
  expect(await urgent.getAttribute('srcset')).toBe(firstThumbnail);
  await expect(urgent).toHaveAttribute('loading', 'eager');
  await expect(page.locator('main article img[loading="lazy"]').first()).toBeAttached();
  const preload = page.locator('head link[rel="preload"][as="image"]');
  await expect(preload).toHaveCount(1);
  expect(await preload.getAttribute('imagesrcset')).toBe(firstThumbnail);
});

test('no page waits for a stylesheet: all CSS is inlined, the gallery’s too', async ({ request }) => {
  for (const url of ['/', '/news/multidisciplinary-approach-in-hematopathology', '/ru/news/autoplay-gallery']) {
    const html = await (await request.get(url)).text();
    expect(html, url).toContain('<style');
    expect(html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? [], url).toEqual([]);
  }
});

test('the language switch costs no font: an English page loads no Cyrillic face for “Русский” and “Қазақша”', async ({ page }) => {
  const fonts = async (url: string) => {
    const requested: string[] = [];
    const listener = (request: { url(): string }) => {
      if (request.url().endsWith('.woff2')) requested.push(request.url());
    };
    page.on('request', listener);
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    page.off('request', listener);
    return requested;
  };
  // The 404 page has no sidebar: its only Cyrillic is the switch's.
  const english404 = await fonts('/no-such-page');
  expect(english404.length).toBeGreaterThan(0);
  expect(english404.filter((url) => /cyrillic/.test(url))).toEqual([]);
  // The front page lists Cyrillic tags of an English post (basic Cyrillic), but no Kazakh letters
  // outside the switch.
  expect((await fonts('/')).filter((url) => /cyrillic_ext/.test(url))).toEqual([]);
  // Where the page's own text needs them, the faces do load.
  expect((await fonts('/ru/no-such-page')).some((url) => /_cyrillic_400/.test(url))).toBe(true);
});
