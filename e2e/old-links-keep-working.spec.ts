import { expect, test } from '@playwright/test';

test('old Grav URLs redirect permanently (308) to the new ones', async ({ request }) => {
  const cases: Array<[string, string]> = [
    ['/blog', '/'],
    ['/blog/with-header-image', '/news/with-header-image'],
    ['/blog/page:2', '/news/page/2'],
    ['/blog/tag:Donors', '/news/tag/donors'],
    ['/blog/category:events', '/news/category/events'],
    ['/blog/archives_month:jun_2022', '/news/archive/2022/06'],
    ['/blog.rss', '/feed.xml'],
    ['/blog.atom', '/atom.xml'],
    ['/blog.json', '/feed.json'],
    ['/search/query:donor', '/search?q=donor'],
    ['/old-notices/lab-hours', '/news/hidden-from-list'],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
  }
});

test('old URLs never point at a post that is not live', async ({ request }) => {
  for (const path of ['/blog/unpublished', '/blog/scheduled-far', '/blog/expired', '/blog/no-such-post', '/blog/page:99x', '/something/else']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
});
