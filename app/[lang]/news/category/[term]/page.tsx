import { termParams } from '../../../static-params';
import { TaxonomyPage, taxonomyMetadata } from '../../taxonomy-route';

export const revalidate = 30;
// Every category with live posts is built ahead; a new one renders on first request.
export const dynamicParams = true;
export const generateStaticParams = () => termParams('category', 'first');

export async function generateMetadata({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return taxonomyMetadata(lang, 'category', term);
}

export default async function Page({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return <TaxonomyPage lang={lang} kind="category" term={term} />;
}
