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

test('the CSS comes once, as stylesheets cached for good, not again inside the page; the gallery’s is among them', async ({ page, request }) => {
  for (const url of ['/', '/news/multidisciplinary-approach-in-hematopathology', '/ru/news/autoplay-gallery']) {
    const html = await (await request.get(url)).text();
    const hrefs = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs.length, url).toBeGreaterThan(0);
    // The site's colours are the first rule of its CSS: neither a <style> nor the page's data repeats it.
    expect(html, url).not.toContain('--color-text:');
    for (const href of hrefs) {
      const css = await request.get(href);
      expect(css.headers()['cache-control'], href).toContain('immutable');
    }
  }
  // A gallery adds no stylesheet of its own (it would block rendering): its rules are in the page's.
  await page.goto('/news/multidisciplinary-approach-in-hematopathology');
  const galleryClass = (await page.locator('section[aria-roledescription="carousel"]').getAttribute('class'))!.split(' ')[0];
  const sheets = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => (link as HTMLLinkElement).href));
  const css = await Promise.all(sheets.map(async (href) => (await request.get(href)).text()));
  expect(css.some((text) => text.includes(`.${galleryClass}`))).toBe(true);
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

/** React's page data of a document: what the inline scripts push, joined. */
function pageData(html: string): string {
  return [...html.matchAll(/<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g)]
    .map((match) => JSON.parse(match[1]) as [number, string?])
    .filter(([kind]) => kind === 1)
    .map(([, text]) => text ?? '')
    .join('');
}

test('a page’s static parts travel once, as HTML, not again as React elements to hydrate; the page data carries no whole 404 page', async ({ page, request }) => {
  const url = '/news/multidisciplinary-approach-in-hematopathology';
  const html = await (await request.get(url)).text();
  const data = pageData(html);
  // The body's text (its first paragraph is also the page's description, in the data's metadata),
  // the sidebar, the footer and the JSON-LD are in the HTML and nowhere in the data.
  for (const text of ['This was already the second event', 'Follow the news', 'care for patients with blood diseases', '"@type":"NewsArticle"']) {
    expect(html, text).toContain(text);
    expect(data, text).not.toContain(text);
  }
  // The gallery between the body's paragraphs is still a React component, with its slides' data.
  expect(data).toContain('Photo gallery');
  // … and Next's not-found boundaries, sent with every page, are a few words, not the 404 page with its search form.
  expect(data).not.toContain('not-found-q');
  // What a reader sees is unchanged: paragraphs, then the gallery working between them.
  await page.goto(url);
  const body = page.locator('main article').first();
  await expect(body.locator('p', { hasText: 'In just a few words, this is how one can describe' })).toBeVisible();
  await expect(body.locator('section[aria-roledescription="carousel"][data-ready]')).toBeVisible();
  await expect(body.locator('p', { hasText: 'This was already the second event' })).toBeVisible();
});

test('if React cannot hydrate the page and renders it afresh, the static parts keep their contents', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Hold the page's scripts until the document has been changed under React: the skip link's text
  // no longer matches the page's data, so hydration fails and React renders the whole page again.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/news/multidisciplinary-approach-in-hematopathology', { waitUntil: 'domcontentloaded' });
  await page.getByRole('link', { name: 'Skip to main content' }).evaluate((link) => (link.textContent = 'changed'));
  release();
  await expect.poll(() => errors.some((message) => message.includes('#418'))).toBe(true);
  // React put its own skip link back …
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
  // … and the static parts, which the page's data does not carry, are still there, gallery working.
  await expect(page.locator('main article p', { hasText: 'In just a few words' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'More from the news' }).getByRole('heading', { name: 'Archives' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'All news' })).toBeVisible();
  await expect(page.locator('main section[aria-roledescription="carousel"][data-ready]')).toBeVisible();
});

test('a client-side navigation, which draws a page from its data alone, ends on the whole page', async ({ page }) => {
  await page.goto('/news/multidisciplinary-approach-in-hematopathology');
  await expect(page.locator('main section[aria-roledescription="carousel"][data-ready]')).toBeVisible();
  // What next/link or router.push would do (the site's links are plain anchors): Next's router fetches
  // the next page's data, which does not carry its static parts; the page then loads itself.
  const loaded = page.waitForEvent('load');
  await page.evaluate(() => (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push('/news/with-header-image'));
  await loaded;
  await expect(page).toHaveURL(/\/news\/with-header-image$/);
  await expect(page.locator('main article p', { hasText: 'It has six places and serves patients from across the region.' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'More from the news' }).getByRole('heading', { name: 'Archives' })).toBeVisible();
});
