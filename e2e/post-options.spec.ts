import { expect, test } from '@playwright/test';
import { photoUrl } from './photos';

test('hide_page_title keeps the h1 for screen readers and in the document title, but does not show it', async ({ page }) => {
  await page.goto('/news/hidden-title');
  const heading = page.getByRole('heading', { level: 1, name: 'Donor day photo report' });
  await expect(heading).toHaveCount(1);
  const box = await heading.boundingBox();
  expect(box === null || (box.width <= 1 && box.height <= 1)).toBe(true);
  await expect(page).toHaveTitle('Donor day photo report — Hematology Center');
});

test('show_sidebar: false (written as \'0\') has no sidebar; hide_git_sync_repo_link hides the edit link', async ({ page }) => {
  await page.goto('/news/no-sidebar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guidelines for visitors');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});

test('the header image is the folder\'s first image in natural order, with alt text and credit link', async ({ page }) => {
  await page.goto('/news/with-header-image');
  const figure = page.locator('article figure').first();
  const image = figure.getByRole('img', { name: 'The new apheresis unit' });
  expect(await image.getAttribute('src')).toContain(encodeURIComponent(photoUrl('with-header-image', 'header-2.jpg')));
  await expect(image).not.toHaveAttribute('loading', 'lazy');
  await expect(figure.getByText('Image:')).toBeVisible();
  await expect(figure.getByRole('link', { name: 'Press office' })).toHaveAttribute('href', 'https://example.org/press');
  // The body image below it loads lazily and keeps its alt text.
  const bodyImage = page.getByRole('img', { name: 'Nurses at the new unit' });
  await expect(bodyImage).toHaveAttribute('loading', 'lazy');
});

test('index.md is plain Markdown: braces and < are text, raw HTML does not run', async ({ page }) => {
  await page.goto('/news/plain-markdown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reference values {for patients}');
  await expect(page.getByText('Normal platelet count is 150 < x < 400 × 10⁹/L {approximately}.')).toBeVisible();
  await expect(page).toHaveTitle('Reference values {for patients} — Hematology Center');
  await expect(page.locator('article script')).toHaveCount(0);
  await expect(page.locator('article img[src="x"]')).toHaveCount(0);
});
