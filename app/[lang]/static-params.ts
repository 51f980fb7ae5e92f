// generateStaticParams for pages under [lang]: what `next build` renders ahead (site.prerender:
// the newest posts, the first list pages, the newest months); every other page is rendered on its
// first request and cached (the routes set dynamicParams = true). The router sends addresses outside
// the content to the 404 page before they reach a route (lib/routes.ts), so only addresses of the
// content are ever rendered and cached.
//
// Every language's params at once, each with its `lang`: Next 16.4 runs a child's
// generateStaticParams once per language, and when one language returns none (a language with no
// posts yet) it prerenders none for any language (vercel/next.js#95166); returning the whole set
// each time sidesteps that.
import { getArchiveMonths, getNewestSlugs, getNewsPage, getTaxonomyTerms } from '@/lib/content/queries';
import { pageCount } from '@/lib/content/posts';
import type { TaxonomyKind } from '@/lib/content/taxonomy';
import type { Language } from '@/lib/i18n/languages';
import { site } from '@/lib/site';

export async function forEveryLanguage<T extends Record<string, string>>(params: (lang: Language) => Promise<T[]>): Promise<Array<T & { lang: Language }>> {
  const lists = await Promise.all(site.languages.map(async (lang) => (await params(lang)).map((entry) => ({ ...entry, lang }))));
  return lists.flat();
}

/** Pages 2… of a list of `count` pages that a build renders (page 1 is the list's own address). */
function laterPages(count: number): string[] {
  return Array.from({ length: Math.max(0, Math.min(count, site.prerender.listPages) - 1) }, (_, i) => String(i + 2));
}

/** The newest live posts of each language (their pages and share cards). */
export function newestPostParams() {
  return forEveryLanguage(async (lang) => (await getNewestSlugs(lang, site.prerender.newestPosts)).map((slug) => ({ slug })));
}

/** The news list's pages after the front page, as far as site.prerender.listPages. */
export function newsPageParams() {
  return forEveryLanguage(async (lang) => laterPages((await getNewsPage(lang, 1))?.pageCount ?? 0).map((page) => ({ page })));
}

/** Every tag or category with live posts; `pages`: its later pages too, as far as site.prerender.listPages. */
export function termParams(kind: TaxonomyKind, pages: 'first' | 'later') {
  return forEveryLanguage(async (lang) =>
    (await getTaxonomyTerms(lang, kind)).flatMap((term) =>
      pages === 'first' ? [{ term: term.slug }] : laterPages(pageCount(term.posts.length, site.postsPerPage)).map((page) => ({ term: term.slug, page })),
    ),
  );
}

/** The newest months of the archive. */
export function archiveMonthParams() {
  return forEveryLanguage(async (lang) =>
    (await getArchiveMonths(lang)).slice(0, site.prerender.archiveMonths).map(({ year, month }) => ({ year: String(year), month: String(month).padStart(2, '0') })),
  );
}
