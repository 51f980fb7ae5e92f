// Full-text search over live posts with MiniSearch: title, tags, summary and body, ranked by
// relevance (title and tags weigh most). Case-insensitive in every script: MiniSearch splits on
// Unicode spaces and punctuation and lowercases with toLowerCase, which folds Cyrillic and the
// Kazakh letters (Ә→ә, Ғ→ғ, Қ→қ, Ң→ң, Ө→ө, Ұ→ұ, Ү→ү, Һ→һ, І→і).

import MiniSearch from 'minisearch';
import type { Post } from './posts';

export const MAX_QUERY_LENGTH = 200;
/** Words a search looks for at most: each is a prefix and fuzzy search over the index, so cost grows with them. */
export const MAX_QUERY_TERMS = 12;

interface SearchDocument {
  id: string;
  title: string;
  tags: string;
  excerpt: string;
  text: string;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  post: Post;
  score: number;
  snippet: SnippetPart[];
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  size(): number;
  /** The serialisable index (for measuring its size). */
  toJSON(): unknown;
}

export function buildSearchIndex(posts: readonly Post[]): SearchIndex {
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'tags', 'excerpt', 'text'],
    storeFields: [],
    searchOptions: { boost: { title: 3, tags: 2, excerpt: 1.5 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  mini.addAll(
    posts.map((post) => ({ id: post.slug, title: post.title, tags: post.tags.join(' '), excerpt: post.excerpt, text: post.text })),
  );
  return {
    size: () => mini.documentCount,
    toJSON: () => mini.toJSON(),
    search(query, limit = 20) {
      const clean = normalizeQuery(query);
      if (!clean) return [];
      return mini
        .search(clean)
        .slice(0, limit)
        .map((result) => {
          const post = bySlug.get(String(result.id))!;
          return { post, score: result.score, snippet: snippet(post.text || post.excerpt, result.terms) };
        });
    },
  };
}

/** A query as searched: trimmed, single-spaced, at most MAX_QUERY_LENGTH characters and MAX_QUERY_TERMS words. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).split(' ').slice(0, MAX_QUERY_TERMS).join(' ');
}

/** Why a query is refused by the search API (longer or more words than a search takes), or null. */
export function queryProblem(query: string): string | null {
  const clean = query.replace(/\s+/g, ' ').trim();
  if (clean.length > MAX_QUERY_LENGTH) return `a query of at most ${MAX_QUERY_LENGTH} characters, found ${clean.length}`;
  const terms = clean ? clean.split(' ').length : 0;
  if (terms > MAX_QUERY_TERMS) return `a query of at most ${MAX_QUERY_TERMS} words, found ${terms}`;
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** About `radius` characters either side of the first match, with every match marked. */
export function snippet(text: string, terms: readonly string[], radius = 90): SnippetPart[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (terms.length === 0) return [{ text: clean.slice(0, radius * 2), match: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${[...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const first = pattern.exec(clean);
  pattern.lastIndex = 0;
  const center = first ? first.index : 0;
  let start = Math.max(0, center - radius);
  let end = Math.min(clean.length, center + radius);
  if (start > 0) start = clean.indexOf(' ', start) + 1 || start;
  if (end < clean.length) end = clean.lastIndexOf(' ', end) > center ? clean.lastIndexOf(' ', end) : end;
  const window = clean.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  let last = 0;
  for (const match of window.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: window.slice(last, match.index), match: false });
    parts.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < window.length) parts.push({ text: window.slice(last), match: false });
  if (end < clean.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** A hit as the search page shows it: plain data, the same from the server and from the API. */
export interface SearchResultView {
  url: string;
  title: string;
  /** ISO with the zone's offset. */
  date: string;
  dateLabel: string;
  snippet: SnippetPart[];
}
