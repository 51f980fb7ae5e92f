import type { Metadata } from 'next';
import { MissingPage } from '@/components/layout/missing-page';
import { NewsList } from '@/components/list/news-list';
import { getNewsPage, getSidebarData } from '@/lib/content/queries';
import { languagesWhere } from '@/lib/i18n/languages';
import { fill, messages } from '@/lib/i18n/messages';
import { alternates, missingMetadata } from '@/lib/page-metadata';
import { languageParam, parsePageNumber } from '@/lib/route-params';
import { newsPageParams } from '../../../static-params';

export const revalidate = 30;
// Every page the content may fill is built ahead (past the live posts' end, the 404 page until
// enough posts go live); any other number is no page at all (../../../static-params).
export const dynamicParams = false;
// Page 1 is the front page: next.config.ts redirects /news/page/1 there.
export const generateStaticParams = newsPageParams;

/** The languages whose list has page `number` now. */
const languagesWith = (number: number) => languagesWhere(async (lang) => (await getNewsPage(lang, number)) !== null);

export async function generateMetadata({ params }: PageProps<'/[lang]/news/page/[page]'>): Promise<Metadata> {
  const { lang: rawLang, page } = await params;
  const lang = languageParam(rawLang);
  const number = parsePageNumber(page);
  if (!number || !(await getNewsPage(lang, number))) return missingMetadata(lang);
  return { title: fill(messages(lang).list.pageTitle, { page: number }), alternates: alternates(lang, `/news/page/${number}`, await languagesWith(number)) };
}

export default async function NewsListPage({ params }: PageProps<'/[lang]/news/page/[page]'>) {
  const { lang: rawLang, page: rawPage } = await params;
  const lang = languageParam(rawLang);
  const number = parsePageNumber(rawPage);
  const [page, sidebar] = await Promise.all([number ? getNewsPage(lang, number) : null, getSidebarData(lang)]);
  if (!page) return <MissingPage lang={lang} />;
  return (
    <NewsList
      lang={lang}
      path={`/news/page/${page.page}`}
      languages={await languagesWith(page.page)}
      page={page}
      heading={fill(messages(lang).list.pageHeading, { page: page.page, count: page.pageCount })}
      sidebar={sidebar}
    />
  );
}
