// What a build knows of the site's addresses: every post, list page, tag, category and archive
// month that exists now or may exist before the next commit (a scheduled post goes live by itself;
// a draft or an expired post cannot). lib/routes.ts turns it into the router's rules: addresses
// outside it are answered by the 404 page without rendering or storing anything, and the posts'
// old Grav addresses redirect in the router.

import { archiveMonths } from './archives';
import { byDateDescending, languagePosts, pageCount, type Post } from './posts';
import { isLive, mayBeLive } from './publishing';
import { taxonomyHref, taxonomySlug, taxonomyTerms, type TaxonomyKind } from './taxonomy';
import type { Language } from '../i18n/languages';

export interface LanguageAddresses {
  /** Slugs of the posts with a version in this language. */
  posts: string[];
  /** Slugs of the posts without a header image: their share card is a generated one (app/[lang]/og). */
  cards: string[];
  /** Slugs of every post with a version in this language, drafts and expired ones too: what a staff preview may open. */
  previews: string[];
  /** Pages of the news list (1 when the list is empty: the front page exists). */
  newsPages: number;
  /** Each term's slug → its number of pages. */
  tags: Record<string, number>;
  categories: Record<string, number>;
  /** Archive months, `yyyy/mm`. */
  months: string[];
}

/** An old Grav address and the new one, in one language (both without the language prefix). */
export interface OldAddress {
  from: string;
  to: string;
}

export interface SiteAddresses {
  languages: Record<Language, LanguageAddresses>;
  /**
   * Old Grav addresses of what is live at build, per language: each post's `<blog route>/<slug>` and
   * `routes.aliases`, each tag's and category's `<blog route>/tag:<name>` as Grav spelled it.
   */
  oldAddresses: Record<Language, OldAddress[]>;
}

export interface AddressConfig {
  languages: readonly Language[];
  defaultLanguage: Language;
  listFallback: boolean;
  postsPerPage: number;
  timeZone: string;
  legacyBlogRoute: string;
}

function termPages(posts: Post[], kind: TaxonomyKind, perPage: number): Record<string, number> {
  return Object.fromEntries(taxonomyTerms(posts, kind).map((term) => [term.slug, pageCount(term.posts.length, perPage)]));
}

/** Grav's taxonomy links (`/blog/tag:Bone marrow`): every spelling the posts use, and its lowercase. */
function termAddresses(posts: Post[], kind: TaxonomyKind, blog: string): OldAddress[] {
  return taxonomyTerms(posts, kind).flatMap((term) => {
    const spellings = new Set(term.posts.flatMap((post) => (kind === 'tag' ? post.tags : post.categories)).filter((name) => taxonomySlug(name) === term.slug).flatMap((name) => [name, name.toLowerCase()]));
    return [...spellings].map((name) => ({ from: `${blog}/${kind}:${name}`, to: taxonomyHref(kind, term.slug) }));
  });
}

/** The addresses a build at `now` makes reachable, computed with the same rules as the pages' queries. */
export function siteAddresses(posts: readonly Post[], now: Date, config: AddressConfig): SiteAddresses {
  const possible = posts.filter((post) => mayBeLive(post, now)).sort(byDateDescending);
  const languages = {} as Record<Language, LanguageAddresses>;
  const oldAddresses = {} as Record<Language, OldAddress[]>;
  for (const lang of config.languages) {
    const listed = languagePosts(possible, lang, config).filter((post) => post.listed);
    const own = possible.filter((post) => post.lang === lang);
    languages[lang] = {
      posts: own.map((post) => post.slug),
      cards: own.filter((post) => !post.headerImage).map((post) => post.slug),
      previews: posts.filter((post) => post.lang === lang).map((post) => post.slug),
      newsPages: pageCount(listed.length, config.postsPerPage),
      tags: termPages(listed, 'tag', config.postsPerPage),
      categories: termPages(listed, 'category', config.postsPerPage),
      months: archiveMonths(listed, config.timeZone).map(({ year, month }) => `${year}/${String(month).padStart(2, '0')}`),
    };
    // Only what is live at build: an old address never leads to a post that is not (a scheduled
    // post's old addresses are the 404 page until the next build).
    const live = own.filter((post) => isLive(post, now));
    const liveListed = listed.filter((post) => isLive(post, now));
    oldAddresses[lang] = [
      ...live.flatMap((post) => [`${config.legacyBlogRoute}/${post.slug}`, ...post.aliases].map((from) => ({ from: from.replace(/\/+$/, '') || '/', to: `/news/${post.slug}` }))),
      ...termAddresses(liveListed, 'tag', config.legacyBlogRoute),
      ...termAddresses(liveListed, 'category', config.legacyBlogRoute),
    ];
  }
  return { languages, oldAddresses };
}
