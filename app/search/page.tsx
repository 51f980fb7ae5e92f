import type { Metadata } from 'next';
import { InstantSearch } from '@/components/instant-search';
import { PageLayout } from '@/components/page-layout';
import { getSearchIndex } from '@/lib/content/queries';
import { normalizeQuery } from '@/lib/content/search';
import { toSearchResultView } from '@/lib/search-view';

export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
};

/** Server-rendered results for ?q= (works without JavaScript); the script adds results as you type. */
export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const raw = (await searchParams).q;
  const query = normalizeQuery(typeof raw === 'string' ? raw : '');
  const hits = query ? (await getSearchIndex()).search(query).map(toSearchResultView) : [];
  return (
    <PageLayout>
      <h1>Search the news</h1>
      <InstantSearch key={query} initialQuery={query} initialHits={hits} />
    </PageLayout>
  );
}
