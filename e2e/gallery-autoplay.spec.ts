import { expect, test } from '@playwright/test';

const URL = '/news/autoplay-gallery';

test('items=2 shows two slides per view and autoplay advances every 2 s until paused', async ({ page }) => {
  await page.goto(URL);
  const gallery = page.locator('[aria-roledescription="carousel"]');
  await expect(gallery).toHaveAttribute('data-ready', '');
  const slides = gallery.locator('[aria-roledescription="slide"]');
  await expect(slides).toHaveCount(4);
  // Two slides side by side, each about half of the gallery's width.
  const [first, second, galleryBox] = await Promise.all([slides.nth(0).boundingBox(), slides.nth(1).boundingBox(), gallery.boundingBox()]);
  expect(Math.abs(first!.width - galleryBox!.width / 2)).toBeLessThan(10);
  expect(Math.abs(second!.x - (first!.x + first!.width))).toBeLessThan(2);
  // An empty alt takes the image's title.
  await expect(slides.nth(1).getByRole('img', { name: 'Volunteers' })).toHaveCount(1);

  const current = gallery.locator('button[aria-current="true"]');
  await page.mouse.move(0, 0);
  await expect(current).toHaveAccessibleName('Go to slide 1');
  await expect(current).toHaveAccessibleName('Go to slide 2', { timeout: 5000 });
  await expect(gallery.locator('[aria-live]')).toHaveAttribute('aria-live', 'off');

  const pause = gallery.getByRole('button', { name: 'Stop automatic slide show' });
  await pause.click();
  await page.mouse.move(0, 0);
  await expect(gallery.getByRole('button', { name: 'Start automatic slide show' })).toBeVisible();
  await expect(gallery.locator('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  const stoppedAt = await current.getAttribute('aria-label');
  await page.waitForTimeout(4500);
  await expect(current).toHaveAttribute('aria-label', stoppedAt!);
});

test('autoplay pauses while the pointer is over the gallery', async ({ page }) => {
  await page.goto(URL);
  const gallery = page.locator('[aria-roledescription="carousel"]');
  await expect(gallery).toHaveAttribute('data-ready', '');
  await gallery.locator('[aria-roledescription="slide"]').first().hover();
  await page.waitForTimeout(4500);
  await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 1');
});

test('under prefers-reduced-motion the gallery never moves by itself', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(URL);
  const gallery = page.locator('[aria-roledescription="carousel"]');
  await expect(gallery).toHaveAttribute('data-ready', '');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(4500);
  await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 1');
  await expect(gallery.getByRole('button', { name: 'Start automatic slide show' })).toBeDisabled();
});
