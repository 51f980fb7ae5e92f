import { TaxonomyPage, taxonomyMetadata, taxonomyStaticParams } from '../../taxonomy-route';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await taxonomyStaticParams('category')).filter((p) => p.page === '1').map(({ lang, term }) => ({ lang, term }));
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return taxonomyMetadata(lang, 'category', term);
}

export default async function Page({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return <TaxonomyPage lang={lang} kind="category" term={term} />;
}
