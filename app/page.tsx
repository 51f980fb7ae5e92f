import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { getNewsPage } from '@/lib/content/queries';

export const revalidate = 30;

export default async function HomePage() {
  const page = await getNewsPage(1);
  if (!page) notFound();
  return <NewsList page={page} heading="News" />;
}
