import type { Metadata } from 'next';
import { MissingPage } from '@/components/layout/missing-page';
import { NewsList } from '@/components/list/news-list';
import { archiveHref } from '@/lib/content/archives';
import { getArchiveMonth, getSidebarData } from '@/lib/content/queries';
import { languagesWhere } from '@/lib/i18n/languages';
import { fill, formatMonth, messages } from '@/lib/i18n/messages';
import { alternates, missingMetadata } from '@/lib/page-metadata';
import { languageParam, parseArchiveMonth } from '@/lib/route-params';
import { archiveMonthParams } from '../../../../static-params';

export const revalidate = 30;
// Every value the content has or may have is built ahead; any other is no page at all, and the
// router answers it with the 404 page of its language (../../../../static-params).
export const dynamicParams = false;
export const generateStaticParams = archiveMonthParams;

/** The languages that have live posts in that month now. */
const languagesWith = (year: number, month: number) => languagesWhere(async (lang) => (await getArchiveMonth(lang, year, month)) !== null);

export async function generateMetadata({ params }: PageProps<'/[lang]/news/archive/[year]/[month]'>): Promise<Metadata> {
  const { lang: rawLang, year, month } = await params;
  const lang = languageParam(rawLang);
  const key = parseArchiveMonth(year, month);
  if (!key || !(await getArchiveMonth(lang, key.year, key.month))) return missingMetadata(lang);
  return {
    title: fill(messages(lang).archive.heading, { month: formatMonth(lang, key.year, key.month) }),
    alternates: alternates(lang, archiveHref(key.year, key.month), await languagesWith(key.year, key.month)),
  };
}

export default async function ArchivePage({ params }: PageProps<'/[lang]/news/archive/[year]/[month]'>) {
  const { lang: rawLang, year, month } = await params;
  const lang = languageParam(rawLang);
  const key = parseArchiveMonth(year, month);
  const [entry, sidebar] = await Promise.all([key ? getArchiveMonth(lang, key.year, key.month) : null, getSidebarData(lang)]);
  if (!entry) return <MissingPage lang={lang} />;
  // A month is one page: Grav's archives list a month's posts together.
  const page = { posts: entry.posts, page: 1, pageCount: 1 };
  return (
    <NewsList
      lang={lang}
      path={archiveHref(entry.year, entry.month)}
      languages={await languagesWith(entry.year, entry.month)}
      page={page}
      heading={fill(messages(lang).archive.heading, { month: formatMonth(lang, entry.year, entry.month) })}
      sidebar={sidebar}
    />
  );
}
