import { expect, test, type Page } from '@playwright/test';

// The site in English (no prefix), Russian (/ru) and Kazakh (/kk): fixture posts in
// e2e/fixtures/content/posts (autoplay-gallery in all three, kazakh-news only in Kazakh) and the
// generated translation-later (English now, Russian later).

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

const FAMILIES: Array<{ name: string; url: string; lang: string; heading: RegExp | string; status?: number }> = [
  { name: 'English front page', url: '/', lang: 'en', heading: 'News' },
  { name: 'Russian front page', url: '/ru', lang: 'ru', heading: 'Новости' },
  { name: 'Kazakh front page', url: '/kk', lang: 'kk', heading: 'Жаңалықтар' },
  { name: 'Russian news list', url: '/ru/news', lang: 'ru', heading: 'Все новости' },
  { name: 'Kazakh news list', url: '/kk/news', lang: 'kk', heading: 'Барлық жаңалықтар' },
  { name: 'Russian post', url: '/ru/news/autoplay-gallery', lang: 'ru', heading: 'Всемирный день донора крови в фотографиях' },
  { name: 'Kazakh post', url: '/kk/news/autoplay-gallery', lang: 'kk', heading: 'Дүниежүзілік донорлар күні суреттерде' },
  { name: 'Kazakh-only post', url: '/kk/news/kazakh-news', lang: 'kk', heading: 'Қан тапсыру күні: өңірлерден донорлар келді' },
  { name: 'Russian tag', url: `/ru/news/tag/${encodeURIComponent('доноры')}`, lang: 'ru', heading: 'Тег: Доноры' },
  { name: 'Russian category', url: `/ru/news/category/${encodeURIComponent('события')}`, lang: 'ru', heading: 'Рубрика: события' },
  { name: 'Kazakh tag', url: `/kk/news/tag/${encodeURIComponent('қан-тапсыру')}`, lang: 'kk', heading: 'Тег: Қан тапсыру' },
  { name: 'Russian archive', url: '/ru/news/archive/2022/06', lang: 'ru', heading: 'Новости за июнь 2022 г.' },
  { name: 'Kazakh archive', url: '/kk/news/archive/2022/06', lang: 'kk', heading: '2022 ж. маусым: жаңалықтар' },
  { name: 'Russian search', url: '/ru/search', lang: 'ru', heading: 'Поиск по новостям' },
  { name: 'Kazakh search', url: '/kk/search', lang: 'kk', heading: 'Жаңалықтардан іздеу' },
  { name: 'Russian 404', url: '/ru/news/no-such-post', lang: 'ru', heading: 'Страница не найдена', status: 404 },
  { name: 'Kazakh 404', url: '/kk/no/such/page', lang: 'kk', heading: 'Бет табылмады', status: 404 },
];

for (const family of FAMILIES) {
  test(`${family.name} is in its language at ${family.url}`, async ({ page }) => {
    const response = await page.goto(family.url);
    expect(response?.status()).toBe(family.status ?? 200);
    await expect(h1(page)).toHaveText(family.heading);
    expect(await lang(page)).toBe(family.lang);
  });
}

test('a post only in Kazakh, and a translation not yet live, are 404 in the other languages', async ({ request }) => {
  expect((await request.get('/news/kazakh-news')).status()).toBe(404);
  expect((await request.get('/ru/news/kazakh-news')).status()).toBe(404);
  expect((await request.get('/news/autoplay-gallery')).status()).toBe(200);
});

test('the default language has one URL: /en/… redirects to the unprefixed page', async ({ request }) => {
  const response = await request.get('/en/news/autoplay-gallery', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/news/autoplay-gallery');
  expect((await request.get('/de/news', { maxRedirects: 0 })).status()).toBe(404);
});

test('each language has its own feeds, in its language', async ({ request }) => {
  const rss = await (await request.get('/ru/feed.xml')).text();
  expect(rss).toContain('<language>ru</language>');
  expect(rss).toContain('Всемирный день донора крови в фотографиях');
  expect(rss).not.toContain('World Blood Donor Day in pictures');
  expect(rss).toContain('/ru/news/autoplay-gallery</link>');
  const json = (await (await request.get('/kk/feed.json')).json()) as { language: string; items: Array<{ title: string }> };
  expect(json.language).toBe('kk');
  expect(json.items.map((item) => item.title)).toContain('Қан тапсыру күні: өңірлерден донорлар келді');
  expect((await (await request.get('/atom.xml')).text())).toContain('World Blood Donor Day in pictures');
});

test('the language switch names each language in itself and goes to the same page, or to the front page where there is none', async ({ page }) => {
  await page.goto('/news/autoplay-gallery');
  const languages = page.getByRole('navigation', { name: 'Language' });
  await expect(languages.getByRole('link')).toHaveText(['English', 'Русский', 'Қазақша']);
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  // By keyboard: focus the Russian link and follow it.
  await languages.getByRole('link', { name: 'Русский' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ru\/news\/autoplay-gallery$/);
  expect(await lang(page)).toBe('ru');
  await expect(page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'Русский' })).toHaveAttribute('aria-current', 'true');

  // The Kazakh-only post has no English or Russian version: the switch goes to those front pages.
  await page.goto('/kk/news/kazakh-news');
  const switcher = page.getByRole('navigation', { name: 'Тіл' });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', '/ru');
});

test('each page declares its languages (hreflang with x-default) in <head> and in the sitemap', async ({ page, request }) => {
  await page.goto('/ru/news/autoplay-gallery');
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
  );
  expect(alternates).toEqual([
    ['en', '/news/autoplay-gallery'],
    ['ru', '/ru/news/autoplay-gallery'],
    ['kk', '/kk/news/autoplay-gallery'],
    ['x-default', '/news/autoplay-gallery'],
  ]);
  await page.goto('/kk/news/kazakh-news');
  const only = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
  expect(only).toEqual(['kk', 'x-default']);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  const entry = /<url>\s*<loc>[^<]*\/kk\/news\/autoplay-gallery<\/loc>[\s\S]*?<\/url>/.exec(sitemap)?.[0] ?? '';
  expect(entry).toMatch(/hreflang="ru" href="[^"]*\/ru\/news\/autoplay-gallery"/);
  expect(entry).toMatch(/hreflang="x-default" href="[^"]*\/news\/autoplay-gallery"/);
});

test('dates, reading time and the gallery speak the page language', async ({ page }) => {
  await page.goto('/ru/news/autoplay-gallery');
  const article = page.getByRole('article');
  await expect(article.locator('time').first()).toHaveText('9 июня 2022 г.');
  await expect(article.getByText('1 минута чтения')).toBeVisible();
  const gallery = page.getByRole('region', { name: 'Доноры у стойки регистрации' }).or(page.locator('[aria-roledescription="carousel"]'));
  await expect(gallery.getByRole('button', { name: 'Следующий слайд' })).toBeVisible();
  await expect(gallery.getByRole('group').first()).toHaveAttribute('aria-label', '1 из 4');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '[]') as Array<{ inLanguage?: string }>;
  expect(jsonLd[0].inLanguage).toBe('ru');

  await page.goto('/kk/news/autoplay-gallery');
  await expect(page.getByRole('article').locator('time').first()).toHaveText('2022 ж. 9 маусым');
  await expect(page.getByRole('article').getByText('1 минутта оқылады')).toBeVisible();
});

test('search finds posts in the language browsed, matching Kazakh letters in any case', async ({ page, request }) => {
  await page.goto('/kk/search?q=ҚАН%20ТАПСЫРУ');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('нәтиже');
  await expect(page.getByRole('link', { name: 'Қан тапсыру күні: өңірлерден донорлар келді' })).toHaveAttribute('href', '/kk/news/kazakh-news');
  const english = (await (await request.get('/api/search?q=%D2%9B%D0%B0%D0%BD')).json()) as { hits: unknown[] };
  expect(english.hits).toEqual([]);
  const russian = (await (await request.get(`/api/search?lang=ru&q=${encodeURIComponent('ДОНОРА')}`)).json()) as { hits: Array<{ url: string }> };
  expect(russian.hits.map((hit) => hit.url)).toContain('/ru/news/autoplay-gallery');
  // Typing on the Russian search page asks for Russian results and keeps the Russian URL.
  await page.goto('/ru/search');
  await page.getByRole('searchbox', { name: 'Поиск по новостям' }).fill('фотографиях');
  await expect(page).toHaveURL(/\/ru\/search\?q=/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('1 результат по запросу «фотографиях»');
});
