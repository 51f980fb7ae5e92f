// Related posts at the end of a post: those sharing the most tags first, then the most recent.
// (Grav's relatedpages plugin scored tag overlap 1/2/3+ the same way, highest first.)

import { taxonomySlug } from './taxonomy';
import type { Post } from './posts';

export function relatedPosts(post: Post, candidates: readonly Post[], limit = 3): Post[] {
  const tags = new Set(post.tags.map(taxonomySlug));
  return candidates
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, shared: new Set(other.tags.map(taxonomySlug).filter((tag) => tags.has(tag))).size }))
    .sort((a, b) => b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime() || a.other.slug.localeCompare(b.other.slug))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Minutes to read `text` at 200 words a minute (a common figure for readers of health news), at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
