// Shared by the tag and category routes (and their paginated pages): params → query → NewsList.
import { alternates } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { pageCount } from '@/lib/content/posts';
import { getAllPostsForRoutes, getSidebarData, getTermPage } from '@/lib/content/queries';
import { taxonomyHref, taxonomyTerms, type TaxonomyKind } from '@/lib/content/taxonomy';
import { decodeSegment, parsePageNumber } from '@/lib/route-params';
import { site } from '@/lib/site';

const LABEL: Record<TaxonomyKind, string> = { tag: 'Tag', category: 'Category' };

/** Every term any post has (live or not), with every page it could fill. */
export async function taxonomyStaticParams(kind: TaxonomyKind): Promise<Array<{ term: string; page: string }>> {
  const terms = taxonomyTerms((await getAllPostsForRoutes()).filter((post) => post.listed), kind);
  return terms.flatMap((term) =>
    Array.from({ length: pageCount(term.posts.length, site.postsPerPage) }, (_, i) => ({ term: term.slug, page: String(i + 1) })),
  );
}

async function load(kind: TaxonomyKind, rawTerm: string, rawPage: string | undefined) {
  const slug = decodeSegment(rawTerm);
  const number = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (!slug || !number) return null;
  return getTermPage(kind, slug, number);
}

export async function taxonomyMetadata(kind: TaxonomyKind, rawTerm: string, rawPage?: string): Promise<Metadata> {
  const result = await load(kind, rawTerm, rawPage);
  if (!result) return {};
  const { term, page } = result;
  const base = taxonomyHref(kind, term.slug);
  return {
    title: `${LABEL[kind]}: ${term.name}${page.page > 1 ? `, page ${page.page}` : ''}`,
    description: `News of the ${site.name} ${kind === 'tag' ? 'tagged' : 'in the category'} “${term.name}”.`,
    alternates: alternates(page.page > 1 ? `${base}/page/${page.page}` : base),
  };
}

export async function TaxonomyPage({ kind, term: rawTerm, page: rawPage }: { kind: TaxonomyKind; term: string; page?: string }) {
  const [result, sidebar] = await Promise.all([load(kind, rawTerm, rawPage), getSidebarData()]);
  if (!result) notFound();
  const { term, page } = result;
  const heading = `${LABEL[kind]}: ${term.name}${page.pageCount > 1 ? ` (page ${page.page} of ${page.pageCount})` : ''}`;
  return <NewsList page={page} heading={heading} sidebar={sidebar} base={taxonomyHref(kind, term.slug)} />;
}
