import { describe, expect, it } from 'vitest';
import type { Post } from './posts';
import { buildSearchIndex, MAX_QUERY_TERMS, normalizeQuery, queryProblem, snippet } from './search';

const post = (slug: string, title: string, text: string, tags: string[] = []) =>
  ({ slug, title, text, excerpt: text.slice(0, 50), tags, date: new Date('2023-01-01T00:00:00Z') }) as Post;

const posts = [
  post('conference', 'Conference on hematopathology', 'Pathologists and hematologists discussed clinical cases.', ['events']),
  post('russian', 'Конференция гематологов', 'Врачи обсудили клинические случаи пациентов.'),
  post('kazakh', 'Қан тапсыру күні', 'Ұйымдастырушылар әр донорға алғыс айтты. Өңірлерден келген Һижра.'),
  post('body-only', 'Visiting hours', 'The ward is open; hematologists visit on Mondays.'),
];
const index = buildSearchIndex(posts);
const slugs = (query: string) => index.search(query).map((hit) => hit.post.slug);

describe('search', () => {
  it('ranks a title match above a body match', () => {
    expect(slugs('hematologists')).toEqual(expect.arrayContaining(['conference', 'body-only']));
    expect(slugs('hematopathology')[0]).toBe('conference');
  });
  it('is case-insensitive in Russian', () => {
    expect(slugs('КОНФЕРЕНЦИЯ')).toEqual(['russian']);
  });
  it.each(['ҚАН', 'қан', 'ҰЙЫМДАСТЫРУШЫЛАР', 'әр', 'Өңірлерден', 'һижра', 'ДОНОРҒА'])('matches Kazakh letters: %s', (query) => {
    expect(slugs(query)).toEqual(['kazakh']);
  });
  it('finds by tag and by prefix', () => {
    expect(slugs('events')).toEqual(['conference']);
    expect(slugs('pathol')).toContain('conference');
  });
  it('finds nothing for an empty or absent word', () => {
    expect(slugs('   ')).toEqual([]);
    expect(slugs('xylophone')).toEqual([]);
  });
  it('marks the matching words in the snippet', () => {
    const [hit] = index.search('клинические');
    expect(hit.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['клинические']);
  });
});

describe('snippet', () => {
  it('centres on the first match and marks every match', () => {
    const text = `${'filler '.repeat(40)}the donor came back, every donor is welcome ${'tail '.repeat(40)}`;
    const parts = snippet(text, ['donor'], 40);
    expect(parts[0].text).toBe('… ');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['donor', 'donor']);
    expect(parts.at(-1)?.text).toBe(' …');
  });
  it('treats query text as text, not as a pattern', () => {
    expect(() => snippet('a (b) c', ['(b'])).not.toThrow();
  });
});

describe('normalizeQuery', () => {
  it('trims, collapses spaces and bounds the length', () => {
    expect(normalizeQuery('  a   b ')).toBe('a b');
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(200);
  });

  it('keeps the first 12 words', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    expect(normalizeQuery(words.join(' ')).split(' ')).toEqual(words.slice(0, MAX_QUERY_TERMS));
  });
});

describe('queryProblem (the search API refuses what a search does not take)', () => {
  it('accepts an ordinary query and an empty one', () => {
    expect(queryProblem('донор  крови')).toBeNull();
    expect(queryProblem('')).toBeNull();
  });

  it('names the limit and what was found', () => {
    expect(queryProblem('a'.repeat(201))).toBe('a query of at most 200 characters, found 201');
    expect(queryProblem(Array.from({ length: 13 }, () => 'a').join(' '))).toBe('a query of at most 12 words, found 13');
  });
});
