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

// Whole Grav sites through `importGravSite` (scripts/make-e2e-content.ts): two real skeletons
// (e2e/fixtures/grav-sites, sources in SOURCES.md) and the hard cases (e2e/fixtures/grav-cases).
// Each old address answers 308 with the new one, which shows the title, the date as Grav meant it
// and every local picture.
const OLD_ADDRESSES: Array<{ old: string; to: string; title: string; iso: string; pictures: string[] }> = [
  { old: '/blog/202406_brennender-traktor', to: '/news/202406-brennender-traktor', title: 'Donor day: the tractor fire drill', iso: '2020-06-21T13:08:00+06:00', pictures: ['First prize', 'Second prize'] },
  { old: '/blog/2021-08-17-what-d&d-character-would-you-be', to: '/news/2021-08-17-what-d-d-character-would-you-be', title: 'What D&D character would you be?', iso: '2019-03-13T21:18:00+06:00', pictures: ['The team'] },
  { old: '/blog/2021-08-17-what-d%26d-character-would-you-be', to: '/news/2021-08-17-what-d-d-character-would-you-be', title: 'What D&D character would you be?', iso: '2019-03-13T21:18:00+06:00', pictures: ['The team'] },
  { old: `/ru/blog/${encodeURIComponent('новость-дня')}`, to: '/ru/news/novost-dnya', title: 'Новость дня', iso: '2010-06-12T22:23:00+06:00', pictures: [] },
  { old: '/en/blog/welcome-to-grav', to: '/news/welcome-to-grav', title: 'Welcome to Grav!', iso: '2015-07-10T16:00:00+06:00', pictures: [] },
  { old: '/blog/page-overrides', to: '/news/page-overrides', title: 'Powerful Overrides', iso: '2020-10-09T17:00:00+06:00', pictures: ['Hero Options', 'Hero Settings & Overlay'] },
  { old: '/blog/focus-and-blur', to: '/news/focus-and-blur', title: 'Focus and Blur', iso: '2020-08-23T13:34:00+06:00', pictures: [] },
];

for (const { old, to, title, iso, pictures } of OLD_ADDRESSES) {
  test(`the Grav address ${old} redirects to ${to}, which shows the post and its pictures`, async ({ page, request }) => {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // One hop, or two where the address first loses a language prefix the site does not use (/en/…).
    if (!old.startsWith('/en/')) expect(response.headers().location).toBe(to);
    const followed = await request.get(old);
    expect(followed.status()).toBe(200);
    expect(new URL(followed.url()).pathname).toBe(to);
    await page.goto(old);
    expect(new URL(page.url()).pathname).toBe(to);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('article time').first()).toHaveAttribute('datetime', iso);
    for (const alt of pictures) {
      const picture = page.locator('article').getByRole('img', { name: alt, exact: true });
      await picture.scrollIntoViewIfNeeded();
      await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }
  });
}

test('an imported post keeps what Grav showed: the hero picture, a notice as a note, the c# tag, a player as a link', async ({ page }) => {
  await page.goto('/news/202406-brennender-traktor');
  const header = page.locator('article img').first();
  await expect.poll(() => header.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('article aside.note-warning')).toHaveText('Bring your passport to the donor day.');
  await expect(page.locator('article').getByRole('link', { name: 'Video on youtube.com' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=abc123');
  await page.goto('/news/tag/c-sharp');
  await expect(page.getByRole('article').filter({ hasText: 'Donor day: the tractor fire drill' })).toHaveCount(1);
});
