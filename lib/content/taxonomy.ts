// Tags and categories: their URL slugs and the index of live posts under each.
// Slugs keep the words readable in every script: lowercase, spaces to hyphens, anything that is
// not a letter or digit dropped; Cyrillic stays Cyrillic (the URL carries it percent-encoded, and
// browsers show it as written). Two spellings that differ only in case are one tag.

import type { Post } from './posts';

export type TaxonomyKind = 'tag' | 'category';

export function taxonomySlug(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    // `c#` and `c++` are not `c`: the signs that name a language are spelled out.
    .replace(/(?<=[\p{L}\p{N}])#/gu, '-sharp')
    .replace(/(?<=[\p{L}\p{N}+])\+/gu, '-plus')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export interface TaxonomyTerm {
  slug: string;
  /** The spelling most posts use (the first seen, on a tie). */
  name: string;
  posts: Post[];
}

function namesOf(post: Post, kind: TaxonomyKind): string[] {
  return kind === 'tag' ? post.tags : post.categories;
}

/** Every term of `kind` used by `posts`, most used first, then by name. */
export function taxonomyTerms(posts: readonly Post[], kind: TaxonomyKind): TaxonomyTerm[] {
  const terms = new Map<string, { posts: Post[]; spellings: Map<string, number> }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const name of namesOf(post, kind)) {
      const slug = taxonomySlug(name);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const term = terms.get(slug) ?? { posts: [] as Post[], spellings: new Map<string, number>() };
      term.posts.push(post);
      term.spellings.set(name, (term.spellings.get(name) ?? 0) + 1);
      terms.set(slug, term);
    }
  }
  return [...terms.entries()]
    .map(([slug, term]) => ({
      slug,
      name: [...term.spellings.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
      posts: term.posts,
    }))
    .sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}

/** The display name and slug of each of a post's terms, in the post's order. */
export function postTerms(post: Post, kind: TaxonomyKind): Array<{ slug: string; name: string }> {
  const seen = new Set<string>();
  return namesOf(post, kind)
    .map((name) => ({ name, slug: taxonomySlug(name) }))
    .filter((term) => term.slug && !seen.has(term.slug) && seen.add(term.slug));
}

export function taxonomyHref(kind: TaxonomyKind, slug: string): string {
  return `/news/${kind}/${encodeURIComponent(slug)}`;
}
