// Named queries the routes call, each for one language. They read the site's content once per
// process and apply the publishing rule at `now()`; no route filters posts itself.

import type { Language } from '../i18n/languages';
import { site } from '../site';
import { now } from './clock';
import { getAllNotices, getAllPosts } from './loader';
import { liveNotices, type Notice } from './notices';
import { adjacentPosts, findPost, languagePosts, listedPosts, livePosts, pageCount, postListPage, type Post, type PostPage } from './posts';
import { isLive } from './publishing';
import { archiveMonths, type ArchiveMonth } from './archives';
import { relatedPosts } from './related';
import { buildSearchIndex, type SearchIndex } from './search';
import { taxonomyTerms, type TaxonomyKind, type TaxonomyTerm } from './taxonomy';

/** The posts a list in `lang` draws from (with the site's fallback rule), live or not. */
async function postsIn(lang: Language): Promise<Post[]> {
  return languagePosts(await getAllPosts(), lang, site);
}

/** Page `page` of the news list (the front page is page 1), or null past the end. */
export async function getNewsPage(lang: Language, page: number): Promise<PostPage | null> {
  return postListPage(await postsIn(lang), now(), page, site.postsPerPage);
}

/** Page numbers to prerender: enough for every post that exists, live or not, so a page that
 * fills up when a scheduled post goes live is already a known route. */
export async function getAllNewsPageNumbers(lang: Language): Promise<number[]> {
  const count = pageCount((await postsIn(lang)).filter((post) => post.listed).length, site.postsPerPage);
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** Every slug that exists in `lang`, live or not: scheduled posts are prerendered as 404s that turn into pages. */
export async function getAllSlugs(lang: Language): Promise<string[]> {
  return (await getAllPosts()).filter((post) => post.lang === lang).map((post) => post.slug);
}

/** Every image of every post folder (shared by the folder's languages), once. */
export async function getAllMediaFiles(): Promise<Array<{ slug: string; file: string }>> {
  const seen = new Set<string>();
  return (await getAllPosts()).flatMap((post) => {
    if (seen.has(post.slug)) return [];
    seen.add(post.slug);
    return post.images.map((image) => ({ slug: post.slug, file: image.name }));
  });
}

/** The post at `slug` in `lang` if it is live now; undefined otherwise (unknown, unpublished, scheduled or expired). */
export async function getLivePost(lang: Language, slug: string): Promise<Post | undefined> {
  const post = findPost(await getAllPosts(), lang, slug);
  return post && isLive(post, now()) ? post : undefined;
}

/** The live versions of the post at `slug`, in the site's language order. */
export async function getLiveVersions(slug: string): Promise<Post[]> {
  const versions = (await getAllPosts()).filter((post) => post.slug === slug && isLive(post, now()));
  return site.languages.flatMap((lang) => versions.filter((post) => post.lang === lang));
}

/** Any version of the post at `slug`, live or not (media for Draft Mode previews). */
export async function getAnyVersion(slug: string): Promise<Post | undefined> {
  return (await getAllPosts()).find((post) => post.slug === slug);
}

export async function getAdjacentPosts(lang: Language, slug: string): Promise<{ older: Post | null; newer: Post | null }> {
  return adjacentPosts(await postsIn(lang), slug, now());
}

export async function getRecentPosts(lang: Language, exceptSlug?: string): Promise<Post[]> {
  return listedPosts(await postsIn(lang), now())
    .filter((post) => post.slug !== exceptSlug)
    .slice(0, site.recentPostsCount);
}

/** Live posts written in `lang` itself: feeds, the sitemap, search and old links. */
export async function getLivePostsWrittenIn(lang: Language): Promise<Post[]> {
  return livePosts((await getAllPosts()).filter((post) => post.lang === lang), now());
}

/** Tags or categories of listed live posts, with those posts, most used first. */
export async function getTaxonomyTerms(lang: Language, kind: TaxonomyKind): Promise<TaxonomyTerm[]> {
  return taxonomyTerms(listedPosts(await postsIn(lang), now()), kind);
}

/** Listed posts in `lang` that exist, live or not: only for generateStaticParams. */
export async function getListedPostsForRoutes(lang: Language): Promise<Post[]> {
  return (await postsIn(lang)).filter((post) => post.listed);
}

export async function getTermPage(lang: Language, kind: TaxonomyKind, slug: string, page: number): Promise<{ term: TaxonomyTerm; page: PostPage } | null> {
  const term = (await getTaxonomyTerms(lang, kind)).find((t) => t.slug === slug);
  if (!term) return null;
  const list = postListPage(term.posts, now(), page, site.postsPerPage);
  return list ? { term, page: list } : null;
}

export async function getArchiveMonths(lang: Language): Promise<ArchiveMonth[]> {
  return archiveMonths(listedPosts(await postsIn(lang), now()), site.timeZone);
}

export async function getAllArchiveMonths(lang: Language): Promise<Array<{ year: number; month: number }>> {
  return archiveMonths(await postsIn(lang), site.timeZone).map(({ year, month }) => ({ year, month }));
}

export async function getArchiveMonth(lang: Language, year: number, month: number): Promise<ArchiveMonth | null> {
  return (await getArchiveMonths(lang)).find((entry) => entry.year === year && entry.month === month) ?? null;
}

export async function getRelatedPosts(post: Post): Promise<Post[]> {
  return relatedPosts(post, listedPosts(await postsIn(post.lang), now()));
}

/** The newest live posts in `lang` for its feeds; as in Grav, posts hidden from the list are included. */
export async function getFeedPosts(lang: Language, limit = 20): Promise<Post[]> {
  return (await getLivePostsWrittenIn(lang)).slice(0, limit);
}

const searchCache = new Map<Language, { key: string; index: SearchIndex }>();

/** The search index over the posts in `lang` live now, rebuilt only when that set changes. */
export async function getSearchIndex(lang: Language): Promise<SearchIndex> {
  const live = await getLivePostsWrittenIn(lang);
  const key = live.map((post) => post.slug).join('\n');
  const cached = searchCache.get(lang);
  if (cached && cached.key === key) return cached.index;
  const index = buildSearchIndex(live);
  searchCache.set(lang, { key, index });
  return index;
}

export interface SidebarData {
  recent: Post[];
  tags: TaxonomyTerm[];
  months: ArchiveMonth[];
}

export async function getSidebarData(lang: Language, exceptSlug?: string): Promise<SidebarData> {
  const [recent, tags, months] = await Promise.all([getRecentPosts(lang, exceptSlug), getTaxonomyTerms(lang, 'tag'), getArchiveMonths(lang)]);
  return { recent, tags, months };
}

/** The post a request may see: in preview any version, otherwise only a live one. */
export async function getVisiblePost(lang: Language, slug: string, preview: boolean): Promise<Post | undefined> {
  return preview ? findPost(await getAllPosts(), lang, slug) : getLivePost(lang, slug);
}

/** The notices shown now at the top of every page in `lang`. */
export async function getLiveNotices(lang: Language): Promise<Notice[]> {
  return liveNotices(await getAllNotices(), lang, now());
}
