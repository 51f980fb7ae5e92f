import { describe, expect, it } from 'vitest';
import { siteAddresses } from './addresses';
import type { Post } from './posts';

const CONFIG = { languages: ['en', 'ru'] as const, defaultLanguage: 'en' as const, listFallback: false, postsPerPage: 2, timeZone: 'Asia/Almaty', legacyBlogRoute: '/blog' };
const NOW = new Date('2026-06-01T00:00:00Z');

function post(slug: string, extra: Partial<Post> = {}): Post {
  return {
    slug, lang: 'en', date: new Date('2026-05-10T04:00:00Z'), published: true, publishAt: null, unpublishAt: null, listed: true,
    tags: [], categories: [], aliases: [], ...extra,
  } as Post;
}

const POSTS = [
  post('live', { tags: ['Bone marrow', 'bone marrow'], categories: ['news'], aliases: ['/old/live/'] }),
  post('scheduled', { publishAt: new Date('2027-01-01T00:00:00Z'), tags: ['Future'], date: new Date('2026-12-31T04:00:00Z') }),
  post('draft', { published: false, tags: ['Secret'] }),
  post('expired', { unpublishAt: new Date('2026-01-01T00:00:00Z'), date: new Date('2025-03-01T04:00:00Z') }),
  post('hidden', { listed: false }),
  post('live', { lang: 'ru', tags: ['Доноры'] }),
];

describe('siteAddresses (at 1 June 2026, two posts a page)', () => {
  const { languages, oldAddresses } = siteAddresses(POSTS, NOW, CONFIG);

  it('lists the posts that are or may become live, and every post for previews', () => {
    expect(languages.en.posts.sort()).toEqual(['hidden', 'live', 'scheduled']);
    expect(languages.en.previews.sort()).toEqual(['draft', 'expired', 'hidden', 'live', 'scheduled']);
    expect(languages.en.cards.sort()).toEqual(['hidden', 'live', 'scheduled']); // none has a header image
    expect(languages.ru.posts).toEqual(['live']);
  });

  it('counts list pages, terms and months with the scheduled post (it may go live) but not the hidden one', () => {
    expect(languages.en.newsPages).toBe(1); // live + scheduled listed, two a page
    expect(languages.en.tags).toEqual({ 'bone-marrow': 1, future: 1 });
    expect(languages.en.categories).toEqual({ news: 1 });
    expect(languages.en.months).toEqual(['2026/12', '2026/05']);
    expect(languages.ru.tags).toEqual({ доноры: 1 });
  });

  it('gives old addresses of what is live at build only, tags in every spelling the posts use', () => {
    expect(oldAddresses.en.map(({ from, to }) => `${from} → ${to}`)).toEqual([
      '/blog/hidden → /news/hidden',
      '/blog/live → /news/live',
      '/old/live → /news/live',
      '/blog/tag:Bone marrow → /news/tag/bone-marrow',
      '/blog/tag:bone marrow → /news/tag/bone-marrow',
      '/blog/category:news → /news/category/news',
    ]);
    expect(oldAddresses.ru).toContainEqual({ from: '/blog/tag:Доноры', to: `/news/tag/${encodeURIComponent('доноры')}` });
  });
});
