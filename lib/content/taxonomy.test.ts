import { describe, expect, it } from 'vitest';
import { archiveHref, archiveMonths } from './archives';
import type { Post } from './posts';
import { readingMinutes, relatedPosts } from './related';
import { postTerms, taxonomyHref, taxonomySlug, taxonomyTerms } from './taxonomy';

const post = (slug: string, date: string, tags: string[] = [], extra: Partial<Post> = {}) =>
  ({ slug, date: new Date(date), tags, categories: [], ...extra }) as Post;

describe('taxonomySlug', () => {
  it.each([
    ['Hematology', 'hematology', 'lowercase'],
    ['Bone Marrow', 'bone-marrow', 'spaces become hyphens'],
    ['  Tips & Co. ', 'tips-co', 'punctuation dropped, no stray hyphens'],
    ['c#', 'c-sharp', 'a language name is not the letter c'],
    ['C++', 'c-plus-plus', 'nor is C++'],
    ['#news', 'news', 'a hash before the word is punctuation'],
    ['Гематология', 'гематология', 'Cyrillic kept readable'],
    ['Қан тапсыру', 'қан-тапсыру', 'Kazakh letters kept'],
    ['ҚАН', 'қан', 'Kazakh capitals fold'],
    ['2023', '2023', 'digits'],
  ])('%s → %s (%s)', (name, slug, _why) => {
    expect(taxonomySlug(name)).toBe(slug);
  });

  it('percent-encodes non-ASCII slugs in URLs', () => {
    expect(taxonomyHref('tag', 'қан-тапсыру')).toBe('/news/tag/%D2%9B%D0%B0%D0%BD-%D1%82%D0%B0%D0%BF%D1%81%D1%8B%D1%80%D1%83');
  });
});

describe('taxonomyTerms', () => {
  const posts = [
    post('a', '2023-01-03T00:00:00Z', ['Donors', 'events']),
    post('b', '2023-01-02T00:00:00Z', ['donors']),
    post('c', '2023-01-01T00:00:00Z', ['donors', 'DONORS']),
  ];
  it('merges spellings that differ only in case, named by the most used spelling', () => {
    expect(taxonomyTerms(posts, 'tag').map((t) => [t.slug, t.name, t.posts.map((p) => p.slug)])).toEqual([
      ['donors', 'donors', ['a', 'b', 'c']],
      ['events', 'events', ['a']],
    ]);
  });
  it('lists a post once per term even when it repeats it', () => {
    expect(postTerms(posts[2], 'tag')).toEqual([{ name: 'donors', slug: 'donors' }]);
  });
});

describe('archiveMonths', () => {
  it('groups by month in the site zone, newest first, with counts', () => {
    const posts = [
      post('new-year', '2022-12-31T19:30:00Z'), // 1 January 2023, 01:30 in Almaty (UTC+6)
      post('jan', '2023-01-09T04:00:00Z'),
      post('dec', '2022-12-15T00:00:00Z'),
    ];
    const months = archiveMonths(posts, 'Asia/Almaty');
    expect(months.map((m) => [m.year, m.month, m.posts.map((p) => p.slug)])).toEqual([
      [2023, 1, ['jan', 'new-year']],
      [2022, 12, ['dec']],
    ]);
    expect(archiveHref(2023, 1)).toBe('/news/archive/2023/01');
  });
});

describe('relatedPosts', () => {
  const current = post('current', '2023-06-01T00:00:00Z', ['donors', 'events', 'blood']);
  const candidates = [
    current,
    post('recent-unrelated', '2023-05-30T00:00:00Z', []),
    post('one-shared', '2023-01-01T00:00:00Z', ['Donors']),
    post('two-shared-old', '2020-01-01T00:00:00Z', ['donors', 'blood']),
    post('two-shared-new', '2022-01-01T00:00:00Z', ['events', 'blood']),
  ];
  it('ranks by shared tags (case-insensitive), then recency, never the post itself', () => {
    expect(relatedPosts(current, candidates, 4).map((p) => p.slug)).toEqual(['two-shared-new', 'two-shared-old', 'one-shared', 'recent-unrelated']);
  });
});

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['word '.repeat(199), 1],
    ['word '.repeat(500), 3],
  ])('%#', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });
});
