import { TaxonomyPage, taxonomyMetadata, taxonomyStaticParams } from '../../taxonomy-route';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await taxonomyStaticParams('category')).filter((p) => p.page === '1').map(({ term }) => ({ term }));
}

export async function generateMetadata({ params }: PageProps<'/news/category/[term]'>) {
  return taxonomyMetadata('category', (await params).term);
}

export default async function Page({ params }: PageProps<'/news/category/[term]'>) {
  return <TaxonomyPage kind="category" term={(await params).term} />;
}
