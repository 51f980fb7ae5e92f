// Named queries the routes call, each for one language. They read the site's content once per
// process and apply the publishing rule at `now()`; no route filters posts itself.

import type { Language } from '../i18n/languages';
import { site } from '../site';
import { now } from './clock';
import { getAllNotices, getAllPosts } from './loader';
import { liveNotices, type Notice } from './notices';
import { adjacentPosts, languagePosts, listedPosts, listPage, livePosts, type Post, type PostPage } from './posts';
import { isLive, nextLiveChange } from './publishing';
import { archiveMonths, type ArchiveMonth } from './archives';
import { profiled } from '../build-profile';
import { relatedPosts } from './related';
import { siteAddresses, type SiteAddresses } from './addresses';
import { buildSearchIndex, type SearchIndex } from './search';
import { taxonomyTerms, type TaxonomyKind, type TaxonomyTerm } from './taxonomy';

/** Answers derived from one version of the content while no post goes live or stops being live. */
interface Snapshot {
  posts: Post[];
  from: number;
  until: number;
  values: Map<string, unknown>;
}

let snapshot: Snapshot | null = null;

/**
 * `compute(posts, now)`, computed once per version of the content and per stretch of time in which
 * every post's live state stays the same: a language's list, its tags or its archive months are
 * the same for every page until a post goes live or expires (or the content changes). Without
 * this, every page of a build recomputed them from all posts, and a build's time grew with the
 * square of the number of posts. Callers must not change what they get.
 */
async function derived<T>(key: string, compute: (posts: Post[], at: Date) => T): Promise<T> {
  const posts = await getAllPosts();
  const at = now();
  const time = at.getTime();
  if (!snapshot || snapshot.posts !== posts || time < snapshot.from || time >= snapshot.until) {
    snapshot = { posts, from: time, until: nextLiveChange(posts, at), values: new Map() };
  }
  const { values } = snapshot;
  if (!values.has(key)) values.set(key, profiled(`queries: ${key.split(' ')[0]}`, () => compute(posts, at)));
  return values.get(key) as T;
}

/** The posts of `lang`'s lists that are live now, newest first. */
function listedIn(lang: Language): Promise<Post[]> {
  return derived(`listed ${lang}`, (posts, at) => listedPosts(languagePosts(posts, lang, site), at));
}

/** Every post by language and slug. */
function postIndex(): Promise<Map<string, Post>> {
  return derived('index', (posts) => new Map(posts.map((post) => [`${post.lang}/${post.slug}`, post])));
}

/** Page `page` of the news list (the front page is page 1), or null past the end. */
export async function getNewsPage(lang: Language, page: number): Promise<PostPage | null> {
  return listPage(await listedIn(lang), page, site.postsPerPage);
}

/** Every address the content has or may have before the next commit: what a build prerenders (lib/content/addresses.ts). */
export function getSiteAddresses(): Promise<SiteAddresses> {
  return derived('addresses', (posts, at) => siteAddresses(posts, at, site));
}

/** The post at `slug` in `lang` if it is live now; undefined otherwise (unknown, unpublished, scheduled or expired). */
export async function getLivePost(lang: Language, slug: string): Promise<Post | undefined> {
  const post = (await postIndex()).get(`${lang}/${slug}`);
  return post && isLive(post, now()) ? post : undefined;
}

/** The live versions of the post at `slug`, in the site's language order. */
export async function getLiveVersions(slug: string): Promise<Post[]> {
  const versions = (await getAllPosts()).filter((post) => post.slug === slug && isLive(post, now()));
  return site.languages.flatMap((lang) => versions.filter((post) => post.lang === lang));
}

export async function getAdjacentPosts(lang: Language, slug: string): Promise<{ older: Post | null; newer: Post | null }> {
  const live = await derived(`live ${lang}`, (posts, at) => livePosts(languagePosts(posts, lang, site), at));
  return adjacentPosts(live, slug);
}

export async function getRecentPosts(lang: Language, exceptSlug?: string): Promise<Post[]> {
  return (await listedIn(lang))
    .filter((post) => post.slug !== exceptSlug)
    .slice(0, site.recentPostsCount);
}

/** Live posts written in `lang` itself: feeds, the sitemap, search and old links. */
export async function getLivePostsWrittenIn(lang: Language): Promise<Post[]> {
  return derived(`written ${lang}`, (posts, at) => livePosts(posts.filter((post) => post.lang === lang), at));
}

/** Tags or categories of listed live posts, with those posts, most used first. */
export async function getTaxonomyTerms(lang: Language, kind: TaxonomyKind): Promise<TaxonomyTerm[]> {
  const listed = await listedIn(lang);
  return derived(`terms ${lang} ${kind}`, () => taxonomyTerms(listed, kind));
}

export async function getTermPage(lang: Language, kind: TaxonomyKind, slug: string, page: number): Promise<{ term: TaxonomyTerm; page: PostPage } | null> {
  const term = (await getTaxonomyTerms(lang, kind)).find((t) => t.slug === slug);
  if (!term) return null;
  // A term's posts are listed posts, newest first.
  const list = listPage(term.posts, page, site.postsPerPage);
  return list ? { term, page: list } : null;
}

export async function getArchiveMonths(lang: Language): Promise<ArchiveMonth[]> {
  const listed = await listedIn(lang);
  return derived(`months ${lang}`, () => archiveMonths(listed, site.timeZone));
}

export async function getArchiveMonth(lang: Language, year: number, month: number): Promise<ArchiveMonth | null> {
  return (await getArchiveMonths(lang)).find((entry) => entry.year === year && entry.month === month) ?? null;
}

export async function getRelatedPosts(post: Post): Promise<Post[]> {
  return profiled('queries: related posts', async () => relatedPosts(post, await listedIn(post.lang)));
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

/** The post at `slug` in `lang`, live or not: only for staff previews (app/[lang]/preview). */
export async function getPostForPreview(lang: Language, slug: string): Promise<Post | undefined> {
  return (await postIndex()).get(`${lang}/${slug}`);
}

/** The notices shown now at the top of every page in `lang`. */
export async function getLiveNotices(lang: Language): Promise<Notice[]> {
  return liveNotices(await getAllNotices(), lang, now());
}
