import { expect, test } from '@playwright/test';

test('without JavaScript, /search?q= lists matching posts with the words highlighted', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('complementary').getByRole('searchbox', { name: 'Search the news' }).fill('apheresis');
  await page.getByRole('complementary').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=apheresis$/);
  const results = page.getByRole('region', { name: /results? for “apheresis”/ });
  await expect(results.getByRole('link', { name: 'New apheresis unit opens' })).toBeVisible();
  await expect(results.locator('mark').first()).toHaveText(/^apheresis$/i);
  await context.close();
});

test('with JavaScript, results appear as you type, and the address keeps the query', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search the news' }).pressSequentially('hematopath', { delay: 30 });
  const results = page.getByRole('region', { name: /for “hematopath”/ });
  await expect(results.getByRole('link').first()).toHaveText(/^“Multidisciplinary Approach in Hematopathology”/);
  await expect(page).toHaveURL(/\/search\?q=hematopath$/);
  await expect(results.locator('mark').first()).toHaveText(/^hematopath/i);
});

test('search matches Russian and Kazakh letters in any case', async ({ request }) => {
  // The Kazakh post is found by the Kazakh search, in every case of every Kazakh letter.
  for (const query of ['ҚАН ТАПСЫРУ', 'өңірлерден', 'ҰЙЫМДАСТЫРУШЫЛАР', 'ҺИЖРА', 'ГЕМАТОЛОГИЯ', 'ӘР ДОНОРҒА', 'ІС-ШАРАҒА']) {
    const { hits } = await (await request.get(`/api/search?lang=kk&q=${encodeURIComponent(query)}`)).json();
    expect(hits.map((hit: { url: string }) => hit.url), query).toContain('/kk/news/kazakh-news');
  }
});

test('search never reveals a post that is not live', async ({ request }) => {
  for (const query of ['ward', 'distant future', '2020 open day']) {
    const { hits } = await (await request.get(`/api/search?q=${encodeURIComponent(query)}`)).json();
    const urls = hits.map((hit: { url: string }) => hit.url);
    expect(urls).not.toContain('/news/unpublished');
    expect(urls).not.toContain('/news/scheduled-far');
    expect(urls).not.toContain('/news/expired');
  }
  const page = await (await request.get('/search?q=ward')).text();
  expect(page).not.toContain('Unpublished draft about a new ward');
});

test('odd queries are answered, never with an error', async ({ request }) => {
  for (const query of ['x'.repeat(10_000), '%00', '"><script>', '(((', '*']) {
    const response = await request.get(`/search?q=${encodeURIComponent(query)}`);
    expect(response.status(), query.slice(0, 20)).toBe(200);
    expect(await response.text()).not.toContain('"><script>');
  }
});

test('the search API refuses a query longer than a search takes, saying what it takes; the page searches its first words', async ({ request }) => {
  const many = Array.from({ length: 40 }, (_, i) => `d${i}`).join(' '); // 149 characters, 40 words
  const refused = await request.get(`/api/search?q=${encodeURIComponent(many)}`);
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ error: 'expected a query of at most 12 words, found 40' });
  expect((await request.get(`/api/search?q=${'a'.repeat(201)}`)).status()).toBe(400);
  const page = await request.get(`/search?q=${encodeURIComponent(`donor ${many}`)}`);
  expect(page.status()).toBe(200);
});
