import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { photoUrl } from './photos';

// Written by scripts/make-e2e-content.ts just before the build: the moment `goes-live-soon` is
// published and `expires-soon` is unpublished, a few minutes ahead, on the real clock.
const schedule = JSON.parse(readFileSync('.e2e-content/schedule.json', 'utf8')) as { moment: string; gravMoment: string; noticeEnd: string };
const moment = new Date(schedule.moment).getTime();
// An English notice (content/notices/donor-day-now) shown from the moment for one minute.
const NOTICE = 'The donor day starts now';
const noticeEnd = moment + 60_000;
/** Whether the notice is in the server's HTML of an English page and a Russian one. */
async function noticeShown(request: APIRequestContext): Promise<{ en: boolean; ru: boolean }> {
  const [en, ru] = await Promise.all(['/news/tag/donors', '/ru'].map(async (url) => (await request.get(url)).text()));
  return { en: en.includes(NOTICE), ru: ru.includes(NOTICE) };
}
const LIVE = '/news/goes-live-soon';
const EXPIRING = '/news/expires-soon';
const LIVE_TITLE = 'Scheduled news goes live by itself';
const EXPIRING_TITLE = 'Announcement that expires soon';
// Live in English already; its Russian translation is scheduled for the same moment.
const TRANSLATED = '/news/translation-later';
const TRANSLATION = '/ru/news/translation-later';
const TRANSLATION_TITLE = 'Запись доноров теперь онлайн';
// Its photo ships with the build under a name nobody can guess (a hash of its bytes), linked by no page until its time.
const PHOTO = photoUrl('goes-live-soon', 'soon.jpg');

/** Where the Russian translation shows once live: its page, the Russian front page, feed and sitemap, and the English page's switch. */
async function translationMentions(request: APIRequestContext): Promise<Record<string, boolean>> {
  const [page, front, feed, sitemap, english] = await Promise.all(
    [TRANSLATION, '/ru', '/ru/feed.xml', '/sitemap.xml', TRANSLATED].map(async (url) => request.get(url)),
  );
  const englishHtml = await english.text();
  return {
    page: page.status() === 200,
    front: (await front.text()).includes(TRANSLATION_TITLE),
    feed: (await feed.text()).includes(TRANSLATION_TITLE),
    sitemap: (await sitemap.text()).includes(`${TRANSLATION}</loc>`),
    hreflang: /<link rel="alternate" hrefLang="ru" href="[^"]*\/ru\/news\/translation-later"/.test(englishHtml),
    // The switch is static HTML (components/rendering/static-html.tsx): attribute names as HTML writes them.
    switch: /href="\/ru\/news\/translation-later" hreflang="ru"/i.test(englishHtml),
  };
}

/** Every page of the news list (the front page, /news/page/2 …), as one text. */
async function newsListText(request: APIRequestContext): Promise<string> {
  const pages = await Promise.all(['/', '/news/page/2', '/news/page/3', '/news/page/4', '/news/page/5'].map(async (url) => (await request.get(url)).text()));
  return pages.join('\n');
}

/** Where the scheduled post shows once live: every listing, feed and index. */
async function mentions(request: APIRequestContext): Promise<Record<string, boolean>> {
  // goes-live-soon is dated 8 January 2023 (its publish_date is the moment).
  const month = '2023/01';
  const [rss, atom, json, sitemap, search] = await Promise.all(
    ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/api/search?q=quetzalcoatl'].map(async (url) => (await request.get(url)).text()),
  );
  return {
    rss: rss.includes(LIVE_TITLE),
    atom: atom.includes(LIVE_TITLE),
    json: json.includes(LIVE_TITLE),
    sitemap: sitemap.includes('/news/goes-live-soon'),
    search: search.includes('/news/goes-live-soon'),
    tag: (await request.get('/news/tag/timely')).status() === 200,
    archive: (await (await request.get(`/news/archive/${month}`)).text()).includes(LIVE_TITLE),
  };
}
const EVERYWHERE = { rss: true, atom: true, json: true, sitemap: true, search: true, tag: true, archive: true };
const NOWHERE = { rss: false, atom: false, json: false, sitemap: false, search: false, tag: false, archive: false };

test('before its time the scheduled post is absent everywhere (page, lists, feeds, sitemap, tag, archive, search) and the expiring one is present', async ({ request, browser }) => {
  expect(Date.now(), `the checks must run before ${schedule.gravMoment}; the build took too long`).toBeLessThan(moment - 5000);
  expect((await request.get(LIVE)).status()).toBe(404);
  // A reader without JavaScript reads the 404 page itself, rendered on the server.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noScript.newPage();
  expect((await reader.goto(LIVE))?.status()).toBe(404);
  await expect(reader.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await noScript.close();
  expect(PHOTO).toMatch(/^\/media\/soon-[0-9a-f]{16}\.jpg$/);
  const list = await newsListText(request);
  expect(list).not.toContain(LIVE_TITLE);
  expect(list).not.toContain(PHOTO);
  expect(list).toContain(EXPIRING_TITLE);
  expect((await request.get(EXPIRING)).status()).toBe(200);
  expect(await mentions(request)).toEqual(NOWHERE);
  expect((await request.get(TRANSLATED)).status()).toBe(200);
  expect(await translationMentions(request)).toEqual({ page: false, front: false, feed: false, sitemap: false, hreflang: false, switch: false });
  expect(await noticeShown(request)).toEqual({ en: false, ru: false });
  expect(Date.now()).toBeLessThan(moment);
});

test('after its time the scheduled post is live everywhere within 60 s, and the expiring one is gone, without a rebuild', async ({ request, browser }) => {
  test.setTimeout(Math.max(0, moment - Date.now()) + 240_000);
  await expect
    .poll(async () => (await request.get(LIVE)).status(), { timeout: Math.max(0, moment - Date.now()) + 90_000, intervals: [2000] })
    .toBe(200);
  const wentLiveAfter = Date.now() - moment;
  test.info().annotations.push({ type: 'went live', description: `${(wentLiveAfter / 1000).toFixed(1)} s after ${schedule.gravMoment}` });
  console.log(`goes-live-soon answered 200 ${(wentLiveAfter / 1000).toFixed(1)} s after its publish moment`);
  expect(wentLiveAfter, 'seconds after the publish moment').toBeLessThanOrEqual(60_000);

  const page = await request.get(LIVE);
  expect(await page.text()).toContain(LIVE_TITLE);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const reader = await noScript.newPage();
  expect((await reader.goto(LIVE))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(LIVE_TITLE);
  await noScript.close();
  expect(await page.text()).toContain(PHOTO);
  expect((await request.get(PHOTO)).status()).toBe(200);
  await expect.poll(() => newsListText(request), { timeout: 60_000, intervals: [2000] }).toContain(LIVE_TITLE);
  await expect.poll(() => mentions(request), { timeout: 60_000, intervals: [2000] }).toEqual(EVERYWHERE);
  expect(Date.now() - moment, 'everything within 60 s of the moment').toBeLessThanOrEqual(60_000);
  // The notice of the same moment, on English pages only.
  await expect.poll(() => noticeShown(request), { timeout: 60_000, intervals: [2000] }).toEqual({ en: true, ru: false });
  expect(Date.now() - moment, 'the notice within 60 s of its publish_date').toBeLessThanOrEqual(60_000);

  // The translation goes live on its own time, everywhere, while the original stays as it was.
  await expect
    .poll(() => translationMentions(request), { timeout: 60_000, intervals: [2000] })
    .toEqual({ page: true, front: true, feed: true, sitemap: true, hreflang: true, switch: true });
  expect(Date.now() - moment, 'the translation everywhere within 60 s of its moment').toBeLessThanOrEqual(60_000);

  await expect.poll(async () => (await request.get(EXPIRING)).status(), { timeout: 60_000, intervals: [2000] }).toBe(404);
  await expect.poll(() => newsListText(request), { timeout: 60_000, intervals: [2000] }).not.toContain(EXPIRING_TITLE);

  // A minute later the notice ends, and leaves every page within 60 s of its unpublish_date.
  await expect.poll(async () => Date.now() > noticeEnd && !(await noticeShown(request)).en, { timeout: Math.max(0, noticeEnd - Date.now()) + 60_000, intervals: [2000] }).toBe(true);
  expect(Date.now() - noticeEnd, `the notice gone within 60 s of ${schedule.noticeEnd}`).toBeLessThanOrEqual(60_000);
});
