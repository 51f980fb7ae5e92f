// Related posts at the end of a post: those sharing the most tags first, then the most recent.
// (Grav's relatedpages plugin scored tag overlap 1/2/3+ the same way, highest first.)

import { taxonomySlug } from './taxonomy';
import type { Post } from './posts';

/** Each post version's tag slugs, worked out once: every post page compares its post with all others. */
const tagSlugs = new WeakMap<Post, Set<string>>();

function tagsOf(post: Post): Set<string> {
  let tags = tagSlugs.get(post);
  if (!tags) tagSlugs.set(post, (tags = new Set(post.tags.map(taxonomySlug))));
  return tags;
}

/** Comparator: more shared tags first, then newer, then by slug. */
function byRank(a: { other: Post; shared: number }, b: { other: Post; shared: number }): number {
  return b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime() || a.other.slug.localeCompare(b.other.slug);
}

export function relatedPosts(post: Post, candidates: readonly Post[], limit = 3): Post[] {
  const tags = tagsOf(post);
  // The best `limit` kept in order while walking the candidates once (no sort of every post).
  const best: Array<{ other: Post; shared: number }> = [];
  for (const other of candidates) {
    if (other.slug === post.slug) continue;
    let shared = 0;
    for (const tag of tagsOf(other)) if (tags.has(tag)) shared += 1;
    const entry = { other, shared };
    if (best.length === limit && byRank(entry, best[limit - 1]) >= 0) continue;
    const at = best.findIndex((kept) => byRank(entry, kept) < 0);
    best.splice(at < 0 ? best.length : at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

/** Minutes to read `text` at 200 words a minute (a common figure for readers of health news), at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
