// Named queries the routes call. They read the site's content once per process and apply the
// publishing rule at `now()`; no route filters posts itself.

import { site } from '../site';
import { now } from './clock';
import { getAllPosts } from './loader';
import { adjacentPosts, findPost, listedPosts, livePosts, pageCount, postListPage, type Post, type PostPage } from './posts';
import { isLive } from './publishing';

/** Page `page` of the news list (the front page is page 1), or null past the end. */
export async function getNewsPage(page: number): Promise<PostPage | null> {
  return postListPage(await getAllPosts(), now(), page, site.postsPerPage);
}

/** Page numbers to prerender: enough for every post that exists, live or not, so a page that
 * fills up when a scheduled post goes live is already a known route. */
export async function getAllNewsPageNumbers(): Promise<number[]> {
  const count = pageCount((await getAllPosts()).filter((post) => post.listed).length, site.postsPerPage);
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** Every slug that exists, live or not: scheduled posts are prerendered as 404s that turn into pages. */
export async function getAllSlugs(): Promise<string[]> {
  return (await getAllPosts()).map((post) => post.slug);
}

export async function getAllMediaFiles(): Promise<Array<{ slug: string; file: string }>> {
  return (await getAllPosts()).flatMap((post) => post.images.map((image) => ({ slug: post.slug, file: image.name })));
}

/** The post at `slug` if it is live now; undefined otherwise (unknown, unpublished, scheduled or expired). */
export async function getLivePost(slug: string): Promise<Post | undefined> {
  const post = findPost(await getAllPosts(), slug);
  return post && isLive(post, now()) ? post : undefined;
}

export async function getAdjacentPosts(slug: string): Promise<{ older: Post | null; newer: Post | null }> {
  return adjacentPosts(await getAllPosts(), slug, now());
}

export async function getRecentPosts(exceptSlug?: string): Promise<Post[]> {
  return listedPosts(await getAllPosts(), now())
    .filter((post) => post.slug !== exceptSlug)
    .slice(0, site.recentPostsCount);
}

export async function getLivePosts(): Promise<Post[]> {
  return livePosts(await getAllPosts(), now());
}
