import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { imageSize } from 'image-size';
import { photoUrl } from './photos';

const SEED_URL = '/news/multidisciplinary-approach-in-hematopathology';
const SEED_TITLE =
  '“Multidisciplinary Approach in Hematopathology”: meaningful and useful for both healthcare professionals and patients';
// The seed, as staff wrote it (the fixture kept as given): the page must show its words.
const SEED_TEXT = readFileSync('e2e/fixtures/seed/000_e9ed13e40c74da8a.txt', 'utf8');

test.describe('reading the seed post', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_URL);
  });

  test('shows the exact title, the date as 9 January 2023 in Almaty time, and the body', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(page).toHaveTitle(`${SEED_TITLE} — Hematology Center`);
    const date = page.locator('article time').first();
    await expect(date).toHaveText('9 January 2023');
    await expect(date).toHaveAttribute('datetime', '2023-01-09T10:00:00+06:00');
    const lastParagraph = SEED_TEXT.trim().split('\n').pop() ?? '';
    await expect(page.getByText(lastParagraph.slice(0, 60))).toBeVisible();
    // The summary is part of the full post.
    await expect(page.getByText('In just a few words, this is how one can describe')).toBeVisible();
  });

  test('shows no summary delimiter or shortcode text anywhere', async ({ page }) => {
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/^===$/m);
    expect(text).not.toContain('[owl-carousel');
    expect(text).not.toContain('[/owl-carousel]');
  });

  test('has a gallery of three slides whose images load, moved by buttons and arrow keys, looping', async ({ page }) => {
    const gallery = page.locator('[aria-roledescription="carousel"]');
    await expect(gallery).toHaveAttribute('aria-label', 'Multidisciplinary Approach in Hematopathology');
    const slides = gallery.locator('[aria-roledescription="slide"]');
    await expect(slides).toHaveCount(3);
    await expect(slides.nth(0)).toHaveAttribute('aria-label', '1 of 3');
    await expect(slides.nth(2)).toHaveAttribute('aria-label', '3 of 3');
    await expect(gallery).toHaveAttribute('data-ready', '');

    const dots = gallery.getByRole('button', { name: /^Go to slide/ });
    await expect(dots).toHaveCount(3);
    const current = gallery.locator('button[aria-current="true"]');
    await expect(current).toHaveAccessibleName('Go to slide 1');

    const next = gallery.getByRole('button', { name: 'Next slide' });
    const previous = gallery.getByRole('button', { name: 'Previous slide' });
    await next.click();
    await expect(current).toHaveAccessibleName('Go to slide 2');
    await next.click();
    await expect(current).toHaveAccessibleName('Go to slide 3');
    // Every image has loaded once its slide was shown.
    for (const image of await slides.locator('img').all()) {
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    // loop=true: past the last slide comes the first, and before the first the last.
    await next.click();
    await expect(current).toHaveAccessibleName('Go to slide 1');
    await previous.click();
    await expect(current).toHaveAccessibleName('Go to slide 3');

    // Arrow keys work while focus is inside the gallery.
    await dots.nth(0).click();
    await expect(current).toHaveAccessibleName('Go to slide 1');
    await page.keyboard.press('ArrowRight');
    await expect(current).toHaveAccessibleName('Go to slide 2');
    await page.keyboard.press('ArrowLeft');
    await expect(current).toHaveAccessibleName('Go to slide 1');
  });

  test('does not autoplay (autoplay=false) and has no pause button', async ({ page }) => {
    const gallery = page.locator('[aria-roledescription="carousel"]');
    await expect(gallery).toHaveAttribute('data-ready', '');
    await expect(gallery.getByRole('button', { name: /automatic slide show/ })).toHaveCount(0);
    // Owl's default autoplayTimeout is 5 s: after 6 s the first slide must still be selected.
    await page.waitForTimeout(6000);
    await expect(gallery.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 1');
  });

  test('serves gallery images through next/image in a modern format at a phone size', async ({ page }) => {
    const image = page.locator('[aria-roledescription="slide"] img').first();
    const src = await image.getAttribute('src');
    expect(src).toContain(`/_next/image?url=${encodeURIComponent(photoUrl('multidisciplinary-approach-in-hematopathology', '2023-01-09-1.jpg'))}&`);
    const response = await page.request.get(src!, { headers: { Accept: 'image/avif,image/webp,*/*' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/image\/(avif|webp)/);
    // The real dimensions of the file, so the browser reserves the space (no layout shift).
    const size = imageSize(readFileSync('.e2e-content/posts/multidisciplinary-approach-in-hematopathology/2023-01-09-1.jpg'));
    await expect(image).toHaveAttribute('width', String(size.width));
    await expect(image).toHaveAttribute('height', String(size.height));
  });

  test('shows the sidebar with recent news, previous/next posts and the edit link', async ({ page }) => {
    const sidebar = page.getByRole('complementary');
    await expect(sidebar.getByRole('heading', { name: 'Recent news' })).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Announcement that expires soon' }).or(sidebar.getByRole('link', { name: 'New apheresis unit opens' })).first()).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'More news' });
    await expect(nav.getByRole('link', { name: /Previous post/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      /\/blob\/main\/\.e2e-content\/posts\/multidisciplinary-approach-in-hematopathology\/index\.mdx$/,
    );
  });
});

test('without JavaScript every gallery image is in the page and can be scrolled to', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(SEED_URL);
  const images = page.locator('[aria-roledescription="slide"] img');
  await expect(images).toHaveCount(3);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }
  await context.close();
});
