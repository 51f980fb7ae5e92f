import { alternates } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { getAllNewsPageNumbers, getNewsPage, getSidebarData } from '@/lib/content/queries';
import { parsePageNumber } from '@/lib/route-params';

export const revalidate = 30;
// Page numbers come from every post that exists, so a page filled by a scheduled post is already a route.
export const dynamicParams = false;

export async function generateStaticParams() {
  // Page 1 is the front page: next.config.ts redirects /news/page/1 there.
  return (await getAllNewsPageNumbers()).filter((page) => page > 1).map((page) => ({ page: String(page) }));
}

export async function generateMetadata({ params }: PageProps<'/news/page/[page]'>): Promise<Metadata> {
  const number = parsePageNumber((await params).page);
  return number ? { title: `News, page ${number}`, alternates: alternates(`/news/page/${number}`) } : {};
}

export default async function NewsListPage({ params }: PageProps<'/news/page/[page]'>) {
  const number = parsePageNumber((await params).page);
  const [page, sidebar] = await Promise.all([number ? getNewsPage(number) : null, getSidebarData()]);
  if (!page) notFound();
  return <NewsList page={page} heading={`News, page ${page.page} of ${page.pageCount}`} sidebar={sidebar} />;
}
