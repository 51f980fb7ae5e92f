import { termParams } from '../../../static-params';
import { TaxonomyPage, taxonomyMetadata } from '../../taxonomy-route';

export const revalidate = 30;
// Every value the content has or may have is built ahead; any other is no page at all, and the
// router answers it with the 404 page of its language (../../../static-params).
export const dynamicParams = false;
export const generateStaticParams = () => termParams('category', 'first');

export async function generateMetadata({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return taxonomyMetadata(lang, 'category', term);
}

export default async function Page({ params }: PageProps<'/[lang]/news/category/[term]'>) {
  const { lang, term } = await params;
  return <TaxonomyPage lang={lang} kind="category" term={term} />;
}
