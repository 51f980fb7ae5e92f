import { expect, test } from '@playwright/test';

// The six real Grav posts of e2e/fixtures/grav-real, imported by scripts/make-e2e-content.ts
// with `importGravSite`, then built and served like any post (docs/grav-semantics.md §7).
const LIVE: Array<[string, string, string, string]> = [
  ['london-at-night', 'London at Night', '7 June 2017', '2017-06-07T13:34:00+06:00'],
  ['daring-fireball-link', 'DF Style Article Link', '23 July 2017', '2017-07-23T13:34:00+06:00'],
  ['classic-modern-architecture', 'Classic Modern Architecture', '27 June 2017', '2017-06-27T17:34:00+06:00'],
  ['module-01', 'Week 1 (May 9 - 15)', '9 May 2018', '2018-05-09T00:00:00+06:00'],
  ['module-02', 'Week 2 (May 16 - 22)', '16 May 2018', '2018-05-16T00:00:00+06:00'],
];

for (const [slug, title, date, iso] of LIVE) {
  test(`imported ${slug} renders with its title and date`, async ({ page }) => {
    const response = await page.goto(`/news/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const time = page.locator('article time').first();
    await expect(time).toHaveText(date);
    await expect(time).toHaveAttribute('datetime', iso);
    expect(await page.locator('article').innerText()).not.toMatch(/^===$/m);
  });
}

test('imported posts keep their summaries and visibility', async ({ page, request }) => {
  expect((await request.get('/news/module-13')).status()).toBe(404);
  await page.goto('/news/tag/photography');
  const card = page.getByRole('article').filter({ hasText: 'London at Night' });
  await expect(card.getByText(/^Lorem markdownum freta ducentem/)).toBeVisible();
  await expect(card.getByText(/^Canduit dedit solum/)).toHaveCount(0);
  await page.goto('/news/classic-modern-architecture');
  await expect(page.getByRole('complementary')).toHaveCount(0); // show_sidebar: false
});
