import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = {
  'front page': '/',
  'list page 2': '/news/page/2',
  'post with gallery': '/news/multidisciplinary-approach-in-hematopathology',
  'post without gallery': '/news/with-header-image',
  'post with autoplay gallery': '/news/autoplay-gallery',
  tag: '/news/tag/donors',
  archive: '/news/archive/2022/06',
  search: '/search?q=donor',
  '404': '/no-such-page',
  'Russian front page': '/ru',
  'Russian post with gallery': '/ru/news/autoplay-gallery',
  'Russian tag': `/ru/news/tag/${encodeURIComponent('доноры')}`,
  'Russian search': `/ru/search?q=${encodeURIComponent('донор')}`,
  'Russian 404': '/ru/no-such-page',
  'Kazakh front page': '/kk',
  'Kazakh post': '/kk/news/kazakh-news',
  'Kazakh archive': '/kk/news/archive/2022/06',
  'Kazakh search': `/kk/search?q=${encodeURIComponent('қан')}`,
  'front page with the language suggestion': '/?suggest=ru',
};

for (const [name, url] of Object.entries(PAGES)) {
  test(`${name} has no WCAG 2.2 A/AA violations (axe)`, async ({ browser }) => {
    // A Russian-speaking reader's browser, so the front page shows its language suggestion.
    const context = await browser.newContext(url.includes('suggest=ru') ? { locale: 'ru-RU' } : {});
    const page = await context.newPage();
    await page.goto(url);
    if (url.includes('suggest=ru')) await expect(page.getByRole('complementary', { name: 'Русский' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
}

test('keyboard only: the skip link comes first, every control shows focus, the gallery works, focus is never trapped', async ({ page }) => {
  await page.goto('/news/multidisciplinary-approach-in-hematopathology');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Tab through the whole page: every stop is visibly focused, and we get out the other end.
  const stops: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        label: `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        inFooter: !!el.closest('footer'),
      };
    });
    if (!info) break;
    expect(info.outlined, `visible focus on ${info.label}`).toBe(true);
    stops.push(info.label);
    if (info.inFooter && stops.filter((s) => s === info.label).length > 1) break;
  }
  expect(stops.some((s) => s.includes('Next slide'))).toBe(true);
  expect(stops.some((s) => s.includes('All news'))).toBe(true); // reached the footer: not trapped in the gallery

  // The gallery by keyboard: Next with Enter, dots with Space, arrows inside.
  const gallery = page.locator('[aria-roledescription="carousel"]');
  await gallery.getByRole('button', { name: 'Next slide' }).focus();
  await page.keyboard.press('Enter');
  await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 2');
  await gallery.getByRole('button', { name: 'Go to slide 3' }).focus();
  await page.keyboard.press('Space');
  await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 3');
  await page.keyboard.press('ArrowRight');
  await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 1');
});

test('keyboard only: the autoplay gallery has its pause button first and stops while focused', async ({ page }) => {
  await page.goto('/news/autoplay-gallery');
  const gallery = page.locator('[aria-roledescription="carousel"]');
  await expect(gallery).toHaveAttribute('data-ready', '');
  const buttons = gallery.getByRole('button');
  await expect(buttons.first()).toHaveAccessibleName('Stop automatic slide show');
  await buttons.first().focus();
  await expect(gallery.locator('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Enter');
  await expect(buttons.first()).toHaveAccessibleName('Start automatic slide show');
});

for (const [label, viewport, zoom] of [
  ['320 px wide', { width: 320, height: 640 }, 1],
  ['200% text zoom', { width: 640, height: 800 }, 2],
] as const) {
  test(`reflow at ${label}: nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const url of Object.values(PAGES)) {
      await page.goto(url);
      if (zoom !== 1) await page.addStyleTag({ content: `html { font-size: ${zoom * 100}% !important; }` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
  });
}
