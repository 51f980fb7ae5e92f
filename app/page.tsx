import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { websiteJsonLd } from '@/lib/structured-data';
import { NewsList } from '@/components/news-list';
import { getNewsPage, getSidebarData } from '@/lib/content/queries';

export const revalidate = 30;

export default async function HomePage() {
  const [page, sidebar] = await Promise.all([getNewsPage(1), getSidebarData()]);
  if (!page) notFound();
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <NewsList page={page} heading="News" sidebar={sidebar} />
    </>
  );
}
