import type { Metadata } from 'next';
import { alternates } from '@/lib/page-metadata';
import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { getNewsPage, getSidebarData } from '@/lib/content/queries';

export const revalidate = 30;

export const metadata: Metadata = {
  title: 'All news',
  // The same list as the front page: one canonical URL.
  alternates: alternates('/'),
};

export default async function NewsPage() {
  const [page, sidebar] = await Promise.all([getNewsPage(1), getSidebarData()]);
  if (!page) notFound();
  return <NewsList page={page} heading="All news" sidebar={sidebar} />;
}
