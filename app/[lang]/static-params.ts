// generateStaticParams for pages under [lang]: every address the content has or may have before the
// next commit (lib/content/addresses.ts: posts live or scheduled, every list page, tag, category and
// month they fill). The routes set dynamicParams = false, so any other value never reaches them:
// Next's router finds no page and the fallback rewrite (lib/routes.ts) answers with the prerendered
// 404 page of the address's language. Nothing is rendered or stored for an unknown address, and no
// code of ours runs to decide it. A scheduled post is prerendered as the 404 page and turns into
// the post by itself at its first revalidation after its time.
//
// Every language's params at once, each with its `lang`: Next 16.4 runs a child's
// generateStaticParams once per language, and when one language returns none (a language with no
// posts yet) it prerenders none for any language (vercel/next.js#95166); returning the whole set
// each time sidesteps that.
import type { LanguageAddresses } from '@/lib/content/addresses';
import { getSiteAddresses } from '@/lib/content/queries';
import type { TaxonomyKind } from '@/lib/content/taxonomy';
import { site } from '@/lib/site';

async function forEveryLanguage<T extends Record<string, string>>(params: (addresses: LanguageAddresses) => T[]): Promise<Array<T & { lang: string }>> {
  const { languages } = await getSiteAddresses();
  return site.languages.flatMap((lang) => params(languages[lang]).map((entry) => ({ ...entry, lang })));
}

/** Pages 2… of a list of `count` pages (page 1 is the list's own address). */
function laterPages(count: number): string[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => String(i + 2));
}

/** Every post of each language (their pages and share cards). */
export function postParams() {
  return forEveryLanguage((addresses) => addresses.posts.map((slug) => ({ slug })));
}

/** Every post that shares a generated card (the others share their header image). */
export function cardParams() {
  return forEveryLanguage((addresses) => addresses.cards.map((slug) => ({ slug })));
}

/** The news list's pages after the front page. */
export function newsPageParams() {
  return forEveryLanguage((addresses) => laterPages(addresses.newsPages).map((page) => ({ page })));
}

/** Every tag or category; `pages`: their later pages. */
export function termParams(kind: TaxonomyKind, pages: 'first' | 'later') {
  return forEveryLanguage((addresses) =>
    Object.entries(kind === 'tag' ? addresses.tags : addresses.categories).flatMap(([term, count]) =>
      pages === 'first' ? [{ term }] : laterPages(count).map((page) => ({ term, page })),
    ),
  );
}

/** Every month of the archive. */
export function archiveMonthParams() {
  return forEveryLanguage((addresses) => addresses.months.map((key) => ({ year: key.slice(0, 4), month: key.slice(5) })));
}
