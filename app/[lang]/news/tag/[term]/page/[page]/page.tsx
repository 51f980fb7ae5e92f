import { TaxonomyPage, taxonomyMetadata, taxonomyStaticParams } from '../../../../taxonomy-route';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  // Page 1 is the term's own page: next.config.ts redirects .../page/1 there.
  return (await taxonomyStaticParams('tag')).filter((p) => p.page !== '1');
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/tag/[term]/page/[page]'>) {
  const { lang, term, page } = await params;
  return taxonomyMetadata(lang, 'tag', term, page);
}

export default async function Page({ params }: PageProps<'/[lang]/news/tag/[term]/page/[page]'>) {
  const { lang, term, page } = await params;
  return <TaxonomyPage lang={lang} kind="tag" term={term} page={page} />;
}
