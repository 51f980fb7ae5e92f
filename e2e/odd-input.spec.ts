import { expect, test } from '@playwright/test';

const LONG = 'a'.repeat(10_000);
const ODD = ['..%2f..%2fpackage.json', '..%252f..%252fetc%252fpasswd', '%2e%2e%2f', '%00', 'a%00b', LONG, '%E2%80%AE', '%F0%9F%98%80', '-1', '0', '99999999999999999999', '1e3', ' 1', '%D0%B0', '.env', 'index.mdx'];

/** Each family of addresses with the one status every odd value must get there. */
const FAMILIES: Array<[(x: string) => string, number | ((x: string) => number)]> = [
  [(x) => `/news/${x}`, 404],
  [(x) => `/news/page/${x}`, 404],
  [(x) => `/news/tag/${x}`, 404],
  [(x) => `/news/tag/donors/page/${x}`, 404],
  [(x) => `/news/category/${x}`, 404],
  [(x) => `/news/archive/${x}/01`, 404],
  [(x) => `/news/archive/2022/${x}`, 404],
  [(x) => `/media/${x}`, 404],
  [(x) => `/media/${x}/header-2.jpg`, 404],
  [(x) => `/og/${x}`, 404],
  // Next's image optimizer refuses a url that is not one of the site's own photos.
  [(x) => `/_next/image?url=${x}&w=640&q=75`, 400],
  // Search answers any query (no results is a page, not an error).
  [(x) => `/search?q=${x}`, 200],
  // The search API refuses a query longer than a search takes (lib/content/search.ts).
  [(x) => `/api/search?q=${x}`, (x) => (x.length > 200 ? 400 : 200)],
];

test('odd input on every dynamic route gets the one status of its family (404, 400 for the image optimizer, 200 for search), never a redirect, never a file outside content', async ({ request }) => {
  const failures: string[] = [];
  for (const [family, expected] of FAMILIES) {
    for (const value of ODD) {
      const url = family(value);
      const response = await request.get(url, { maxRedirects: 0 });
      const status = response.status();
      const body = await response.text();
      const wanted = typeof expected === 'number' ? expected : expected(value);
      if (status !== wanted) failures.push(`${status} (expected ${wanted}) ${url.slice(0, 80)}`);
      if (body.includes('"name": "hematology-center-news"') || body.includes('root:x:0:0')) failures.push(`leak ${url.slice(0, 80)}`);
    }
  }
  expect(failures).toEqual([]);
});

// Next 16.4 regenerates an expired feed with the method of the request that found it expired: a
// PUT made a 405 the stored feed, which every feed reader then got. The cache handler does not
// store such an answer (deploy/cache-handler.cjs), on `next start` with nothing in front.
test('a PUT on an expired feed does not become the feed readers get', async ({ request }) => {
  test.setTimeout(90_000);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // A GET stores a fresh feed (regenerating it if it had expired); untouched, it expires in 30 s.
  await request.get('/feed.xml');
  await expect.poll(async () => (await request.get('/feed.xml')).headers()['x-nextjs-cache'], { timeout: 20_000 }).toBe('HIT');
  await sleep(32_000);
  const put = await request.put('/feed.xml');
  expect(put.headers()['x-nextjs-cache'], 'a PUT that finds the feed expired, and so regenerates it').toBe('STALE');
  for (let i = 0; i < 5; i++) {
    await sleep(1000);
    const feed = await request.get('/feed.xml');
    expect([feed.status(), feed.headers()['content-type']]).toEqual([200, 'application/rss+xml; charset=utf-8']);
  }
});
