// Monthly archives: posts grouped by the month of their date in the site's zone, newest first.

import { toZonedIso } from './dates';
import type { Post } from './posts';

export interface ArchiveMonth {
  year: number;
  /** 1-12 */
  month: number;
  posts: Post[];
}

export function archiveKey(post: Post, timeZone: string): { year: number; month: number } {
  const iso = toZonedIso(post.date, timeZone);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** Months that have posts, newest first, each with its posts newest first. */
export function archiveMonths(posts: readonly Post[], timeZone: string): ArchiveMonth[] {
  const months = new Map<string, ArchiveMonth>();
  for (const post of posts) {
    const { year, month } = archiveKey(post, timeZone);
    const key = `${year}-${month}`;
    const entry = months.get(key) ?? { year, month, posts: [] };
    entry.posts.push(post);
    months.set(key, entry);
  }
  return [...months.values()]
    .map((entry) => ({ ...entry, posts: [...entry.posts].sort((a, b) => b.date.getTime() - a.date.getTime()) }))
    .sort((a, b) => b.year - a.year || b.month - a.month);
}

export function archiveHref(year: number, month: number): string {
  return `/news/archive/${year}/${String(month).padStart(2, '0')}`;
}
