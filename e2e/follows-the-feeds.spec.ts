import { expect, test, type Page } from '@playwright/test';
import { photoUrl } from './photos';

const ORIGIN = /^http:\/\/localhost:3000\//; // SITE_URL is not set in the e2e build: the default origin

/** Parses XML with Chromium's own XML parser; fails the test on any well-formedness error. */
async function parseXml(page: Page, xml: string) {
  await page.goto('/robots.txt');
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return { error: error?.textContent ?? null, root: doc.documentElement.nodeName };
  }, xml);
}

test('RSS 2.0 at /feed.xml is well-formed with the required elements, absolute links and zoned dates', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(await parseXml(page, xml)).toEqual({ error: null, root: 'rss' });
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const channel = doc.querySelector('rss[version="2.0"] > channel')!;
    return {
      channel: ['title', 'link', 'description'].map((tag) => channel.querySelector(`:scope > ${tag}`)?.textContent ?? null),
      items: [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
        guid: item.querySelector('guid')?.textContent ?? '',
        pubDate: item.querySelector('pubDate')?.textContent ?? '',
        categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
        content: item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]?.textContent ?? '',
      })),
    };
  }, xml);
  expect(items.channel.every((value) => value && value.length > 0)).toBe(true);
  expect(items.items.length).toBeGreaterThan(0);
  expect(items.items.length).toBeLessThanOrEqual(20);
  const seed = items.items.find((item) => item.link.endsWith('/news/multidisciplinary-approach-in-hematopathology'))!;
  expect(seed.link).toMatch(ORIGIN);
  expect(seed.guid).toBe(seed.link);
  expect(seed.pubDate).toBe('Mon, 09 Jan 2023 10:00:00 +0600');
  // The full post, with absolute image URLs, and no shortcode or delimiter.
  expect(seed.content).toContain('Ultimately, all of this will benefit our patients!');
  expect(seed.content).toContain(`<img src="http://localhost:3000${photoUrl('multidisciplinary-approach-in-hematopathology', '2023-01-09-1.jpg')}"`);
  expect(seed.content).not.toContain('[owl-carousel');
  // Hidden-from-list posts are in the feed, as in Grav; posts that are not live are not.
  const titles = items.items.map((item) => item.title);
  expect(titles).toContain('Internal notice: laboratory hours');
  for (const absent of ['Unpublished draft about a new ward', 'Scheduled for the distant future', 'Expired announcement of a 2020 open day']) {
    expect(titles).not.toContain(absent);
  }
  const tagged = items.items.find((item) => item.title === 'World Blood Donor Day in pictures')!;
  expect(tagged.categories).toEqual(['events', 'Donors', 'events']);
});

test('Atom 1.0 at /atom.xml is well-formed with id, title, updated and entries', async ({ page, request }) => {
  const response = await request.get('/atom.xml');
  expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const xml = await response.text();
  expect(await parseXml(page, xml)).toEqual({ error: null, root: 'feed' });
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const root = doc.documentElement;
    const child = (el: Element, tag: string) => [...el.children].find((c) => c.localName === tag)?.textContent ?? null;
    return {
      ns: root.namespaceURI,
      id: child(root, 'id'),
      title: child(root, 'title'),
      updated: child(root, 'updated'),
      entries: [...root.children].filter((c) => c.localName === 'entry').map((entry) => ({
        id: child(entry, 'id'),
        title: child(entry, 'title'),
        updated: child(entry, 'updated'),
        published: child(entry, 'published'),
        link: [...entry.children].find((c) => c.localName === 'link')?.getAttribute('href') ?? null,
      })),
    };
  }, xml);
  expect(feed.ns).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id && feed.title && feed.updated).toBeTruthy();
  expect(feed.entries.length).toBeGreaterThan(0);
  for (const entry of feed.entries) {
    expect(entry.id && entry.title && entry.updated && entry.link).toBeTruthy();
    expect(entry.updated).toMatch(/[+-]\d{2}:\d{2}$/);
  }
  const seed = feed.entries.find((entry) => entry.link?.endsWith('/news/multidisciplinary-approach-in-hematopathology'));
  expect(seed?.published).toBe('2023-01-09T10:00:00+06:00');
});

test('JSON Feed 1.1 at /feed.json has the required fields', async ({ request }) => {
  const response = await request.get('/feed.json');
  expect(response.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
  const feed = await response.json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBe('Hematology Center — News');
  expect(feed.feed_url).toMatch(/\/feed\.json$/);
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(item.url).toMatch(ORIGIN);
    expect(typeof item.content_html).toBe('string');
    expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  }
  const withImage = feed.items.find((item: { title: string }) => item.title === 'New apheresis unit opens');
  expect(withImage.image).toBe(`http://localhost:3000${photoUrl('with-header-image', 'header-2.jpg')}`);
});

test('every page links its feeds in <head> and the sidebar', async ({ page }) => {
  for (const url of ['/', '/news/multidisciplinary-approach-in-hematopathology', '/news/tag/donors']) {
    await page.goto(url);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/atom\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', /\/feed\.json$/);
  }
  await expect(page.getByRole('complementary').getByRole('link', { name: 'RSS feed' })).toHaveAttribute('href', '/feed.xml');
});
