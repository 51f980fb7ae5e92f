import type { Metadata } from 'next';
import { InstantSearch } from '@/components/search/instant-search.client';
import { PageLayout } from '@/components/layout/page-layout';
import { getSearchIndex } from '@/lib/content/queries';
import { normalizeQuery } from '@/lib/content/search';
import { INTL_LOCALES, localePath } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { alternates } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';
import { toSearchResultView } from '@/lib/search-view';

export async function generateMetadata({ params }: PageProps<'/[lang]/search'>): Promise<Metadata> {
  const lang = languageParam((await params).lang);
  return { title: messages(lang).search.title, robots: { index: false, follow: true }, alternates: alternates(lang, '/search') };
}

/** Server-rendered results for ?q= (works without JavaScript); the script adds results as you type. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[lang]/search'>) {
  const lang = languageParam((await params).lang);
  const raw = (await searchParams).q;
  const query = normalizeQuery(typeof raw === 'string' ? raw : '');
  const hits = query ? (await getSearchIndex(lang)).search(query).map((hit) => toSearchResultView(hit, lang)) : [];
  const text = messages(lang).search;
  return (
    <PageLayout lang={lang} path="/search">
      <h1>{text.heading}</h1>
      <InstantSearch key={query} initialQuery={query} initialHits={hits} lang={lang} locale={INTL_LOCALES[lang]} searchPath={localePath(lang, '/search')} labels={text} />
    </PageLayout>
  );
}
