import { termParams } from '../../../static-params';
import { TaxonomyPage, taxonomyMetadata } from '../../taxonomy-route';

export const revalidate = 30;
// Every tag with live posts is built ahead; a new one renders on first request.
export const dynamicParams = true;
export const generateStaticParams = () => termParams('tag', 'first');

export async function generateMetadata({ params }: PageProps<'/[lang]/news/tag/[term]'>) {
  const { lang, term } = await params;
  return taxonomyMetadata(lang, 'tag', term);
}

export default async function Page({ params }: PageProps<'/[lang]/news/tag/[term]'>) {
  const { lang, term } = await params;
  return <TaxonomyPage lang={lang} kind="tag" term={term} />;
}
