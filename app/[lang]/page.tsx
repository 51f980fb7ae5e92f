import type { Metadata } from 'next';
import { JsonLd } from '@/components/layout/json-ld';
import { LanguageSuggestion } from '@/components/language/language-suggestion';
import { MissingPage } from '@/components/layout/missing-page';
import { NewsList } from '@/components/list/news-list';
import { getNewsPage, getSidebarData } from '@/lib/content/queries';
import { messages } from '@/lib/i18n/messages';
import { alternates } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';
import { websiteJsonLd } from '@/lib/structured-data';

export const revalidate = 30;

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  return { alternates: alternates(languageParam((await params).lang), '/') };
}

export default async function HomePage({ params }: PageProps<'/[lang]'>) {
  const lang = languageParam((await params).lang);
  const [page, sidebar] = await Promise.all([getNewsPage(lang, 1), getSidebarData(lang)]);
  if (!page) return <MissingPage lang={lang} />;
  return (
    <>
      <JsonLd data={websiteJsonLd(lang)} />
      <NewsList lang={lang} path="/" notice={<LanguageSuggestion lang={lang} />} page={page} heading={messages(lang).list.heading} sidebar={sidebar} />
    </>
  );
}
