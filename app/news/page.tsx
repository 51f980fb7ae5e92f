import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { getNewsPage } from '@/lib/content/queries';

export const revalidate = 30;

export const metadata: Metadata = {
  title: 'All news',
  // The same list as the front page: one canonical URL.
  alternates: { canonical: '/' },
};

export default async function NewsPage() {
  const page = await getNewsPage(1);
  if (!page) notFound();
  return <NewsList page={page} heading="All news" />;
}
