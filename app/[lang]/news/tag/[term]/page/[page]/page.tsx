import { termParams } from '../../../../../static-params';
import { TaxonomyPage, taxonomyMetadata } from '../../../../taxonomy-route';

export const revalidate = 30;
// Every value the content has or may have is built ahead; any other is no page at all, and the
// router answers it with the 404 page of its language (../../../../../static-params).
export const dynamicParams = false;
// Page 1 is the term's own page: next.config.ts redirects .../page/1 there.
export const generateStaticParams = () => termParams('tag', 'later');

export async function generateMetadata({ params }: PageProps<'/[lang]/news/tag/[term]/page/[page]'>) {
  const { lang, term, page } = await params;
  return taxonomyMetadata(lang, 'tag', term, page);
}

export default async function Page({ params }: PageProps<'/[lang]/news/tag/[term]/page/[page]'>) {
  const { lang, term, page } = await params;
  return <TaxonomyPage lang={lang} kind="tag" term={term} page={page} />;
}
