import type { Metadata } from 'next';
import { MissingPage } from '@/components/layout/missing-page';
import { NewsList } from '@/components/list/news-list';
import { getNewsPage, getSidebarData } from '@/lib/content/queries';
import { messages } from '@/lib/i18n/messages';
import { alternates } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';

export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<'/[lang]/news'>): Promise<Metadata> {
  const lang = languageParam((await params).lang);
  // The same list as the front page: one canonical URL.
  return { title: messages(lang).list.allNews, alternates: alternates(lang, '/') };
}

export default async function NewsPage({ params }: PageProps<'/[lang]/news'>) {
  const lang = languageParam((await params).lang);
  const [page, sidebar] = await Promise.all([getNewsPage(lang, 1), getSidebarData(lang)]);
  if (!page) return <MissingPage lang={lang} />;
  return <NewsList lang={lang} path="/news" page={page} heading={messages(lang).list.allNews} sidebar={sidebar} />;
}
