// Shared by the tag and category routes (and their paginated pages): params → query → NewsList.
import type { Metadata } from 'next';
import { MissingPage } from '@/components/layout/missing-page';
import { NewsList } from '@/components/list/news-list';
import { getSidebarData, getTaxonomyTerms, getTermPage } from '@/lib/content/queries';
import { taxonomyHref, type TaxonomyKind } from '@/lib/content/taxonomy';
import { languagesWhere, type Language } from '@/lib/i18n/languages';
import { fill, messages } from '@/lib/i18n/messages';
import { alternates, missingMetadata } from '@/lib/page-metadata';
import { decodeSegment, languageParam, parsePageNumber } from '@/lib/route-params';

/** A tag or category page from raw route segments, or null when the term or page number is not there now. */
async function getTermPageFor(lang: Language, kind: TaxonomyKind, rawTerm: string, rawPage: string | undefined) {
  const slug = decodeSegment(rawTerm);
  const number = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (!slug || !number) return null;
  return getTermPage(lang, kind, slug, number);
}

/** The languages in which the term has live posts now (tags are often shared: "conference"). */
const languagesWith = (kind: TaxonomyKind, slug: string) =>
  languagesWhere(async (lang) => (await getTaxonomyTerms(lang, kind)).some((term) => term.slug === slug));

function headingOf(lang: Language, kind: TaxonomyKind, name: string): string {
  const text = messages(lang).taxonomy;
  return fill(kind === 'tag' ? text.tag : text.category, { name });
}

export async function taxonomyMetadata(rawLang: string, kind: TaxonomyKind, rawTerm: string, rawPage?: string): Promise<Metadata> {
  const lang = languageParam(rawLang);
  const result = await getTermPageFor(lang, kind, rawTerm, rawPage);
  if (!result) return missingMetadata(lang);
  const { term, page } = result;
  const text = messages(lang);
  const heading = headingOf(lang, kind, term.name);
  const base = taxonomyHref(kind, term.slug);
  return {
    title: page.page > 1 ? fill(text.taxonomy.pageTitle, { heading, page: page.page }) : heading,
    description: fill(kind === 'tag' ? text.taxonomy.tagDescription : text.taxonomy.categoryDescription, { site: text.site.name, name: term.name }),
    alternates: alternates(lang, page.page > 1 ? `${base}/page/${page.page}` : base, page.page > 1 ? [lang] : await languagesWith(kind, term.slug)),
  };
}

export async function TaxonomyPage({ lang: rawLang, kind, term: rawTerm, page: rawPage }: { lang: string; kind: TaxonomyKind; term: string; page?: string }) {
  const lang = languageParam(rawLang);
  const [result, sidebar] = await Promise.all([getTermPageFor(lang, kind, rawTerm, rawPage), getSidebarData(lang)]);
  if (!result) return <MissingPage lang={lang} />;
  const { term, page } = result;
  const base = taxonomyHref(kind, term.slug);
  const heading = headingOf(lang, kind, term.name);
  return (
    <NewsList
      lang={lang}
      path={page.page > 1 ? `${base}/page/${page.page}` : base}
      languages={page.page > 1 ? [lang] : await languagesWith(kind, term.slug)}
      page={page}
      heading={page.pageCount > 1 ? fill(messages(lang).taxonomy.pageHeading, { heading, page: page.page, count: page.pageCount }) : heading}
      sidebar={sidebar}
      base={base}
    />
  );
}
