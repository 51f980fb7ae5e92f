import { TaxonomyPage, taxonomyMetadata, taxonomyStaticParams } from '../../taxonomy-route';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await taxonomyStaticParams('tag')).filter((p) => p.page === '1').map(({ term }) => ({ term }));
}

export async function generateMetadata({ params }: PageProps<'/news/tag/[term]'>) {
  return taxonomyMetadata('tag', (await params).term);
}

export default async function Page({ params }: PageProps<'/news/tag/[term]'>) {
  return <TaxonomyPage kind="tag" term={(await params).term} />;
}
