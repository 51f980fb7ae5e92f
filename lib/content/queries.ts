// Named queries the routes call. They read the site's content once per process and apply the
// publishing rule at `now()`; no route filters posts itself.

import { site } from '../site';
import { now } from './clock';
import { getAllPosts } from './loader';
import { adjacentPosts, findPost, listedPosts, livePosts, pageCount, postListPage, type Post, type PostPage } from './posts';
import { isLive } from './publishing';
import { archiveMonths, type ArchiveMonth } from './archives';
import { relatedPosts } from './related';
import { buildSearchIndex, type SearchIndex } from './search';
import { taxonomyTerms, type TaxonomyKind, type TaxonomyTerm } from './taxonomy';

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

/** Tags or categories of listed live posts, with those posts, most used first. */
export async function getTaxonomyTerms(kind: TaxonomyKind): Promise<TaxonomyTerm[]> {
  return taxonomyTerms(listedPosts(await getAllPosts(), now()), kind);
}

/** Every term slug any post uses (live or not), so a term that a scheduled post brings is already a route. */
export async function getAllTermSlugs(kind: TaxonomyKind): Promise<string[]> {
  return taxonomyTerms(await getAllPosts(), kind).map((term) => term.slug);
}

export async function getTermPage(kind: TaxonomyKind, slug: string, page: number): Promise<{ term: TaxonomyTerm; page: PostPage } | null> {
  const term = (await getTaxonomyTerms(kind)).find((t) => t.slug === slug);
  if (!term) return null;
  const list = postListPage(term.posts, now(), page, site.postsPerPage);
  return list ? { term, page: list } : null;
}

export async function getArchiveMonths(): Promise<ArchiveMonth[]> {
  return archiveMonths(listedPosts(await getAllPosts(), now()), site.timeZone);
}

export async function getAllArchiveMonths(): Promise<Array<{ year: number; month: number }>> {
  return archiveMonths(await getAllPosts(), site.timeZone).map(({ year, month }) => ({ year, month }));
}

export async function getArchiveMonth(year: number, month: number): Promise<ArchiveMonth | null> {
  return (await getArchiveMonths()).find((entry) => entry.year === year && entry.month === month) ?? null;
}

export async function getRelatedPosts(post: Post): Promise<Post[]> {
  return relatedPosts(post, listedPosts(await getAllPosts(), now()));
}

/** The newest live posts for feeds; as in Grav, posts hidden from the list are included. */
export async function getFeedPosts(limit = 20): Promise<Post[]> {
  return (await getLivePosts()).slice(0, limit);
}

let searchCache: { key: string; index: SearchIndex } | null = null;

/** The search index over the posts live now, rebuilt only when that set changes. */
export async function getSearchIndex(): Promise<SearchIndex> {
  const live = await getLivePosts();
  const key = live.map((post) => post.slug).join('\n');
  if (!searchCache || searchCache.key !== key) searchCache = { key, index: buildSearchIndex(live) };
  return searchCache.index;
}

export interface SidebarData {
  recent: Post[];
  tags: TaxonomyTerm[];
  months: ArchiveMonth[];
}

export async function getSidebarData(exceptSlug?: string): Promise<SidebarData> {
  const [recent, tags, months] = await Promise.all([getRecentPosts(exceptSlug), getTaxonomyTerms('tag'), getArchiveMonths()]);
  return { recent, tags, months };
}

/** Every post that exists, live or not: only for generateStaticParams, never for what a reader sees. */
export async function getAllPostsForRoutes(): Promise<Post[]> {
  return getAllPosts();
}

/** Any post by slug, live or not: only for Draft Mode previews by staff. */
export async function getPostForPreview(slug: string): Promise<Post | undefined> {
  return findPost(await getAllPosts(), slug);
}

/** The post a request may see: in preview any post, otherwise only a live one. */
export async function getVisiblePost(slug: string, preview: boolean): Promise<Post | undefined> {
  return preview ? getPostForPreview(slug) : getLivePost(slug);
}
