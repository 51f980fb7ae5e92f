import { TaxonomyPage, taxonomyMetadata, taxonomyStaticParams } from '../../../../taxonomy-route';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  // Page 1 is the term's own page: next.config.ts redirects .../page/1 there.
  return (await taxonomyStaticParams('category')).filter((p) => p.page !== '1');
}

export async function generateMetadata({ params }: PageProps<'/news/category/[term]/page/[page]'>) {
  const { term, page } = await params;
  return taxonomyMetadata('category', term, page);
}

export default async function Page({ params }: PageProps<'/news/category/[term]/page/[page]'>) {
  const { term, page } = await params;
  return <TaxonomyPage kind="category" term={term} page={page} />;
}
