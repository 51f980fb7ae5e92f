import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { getAllNewsPageNumbers, getNewsPage } from '@/lib/content/queries';

export const revalidate = 30;
// Page numbers come from every post that exists, so a page filled by a scheduled post is already a route.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllNewsPageNumbers()).map((page) => ({ page: String(page) }));
}

/** Canonical page numbers only: "2", not "02" or "2.0". */
function parsePage(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

export async function generateMetadata({ params }: PageProps<'/news/page/[page]'>): Promise<Metadata> {
  const number = parsePage((await params).page);
  return number ? { title: `News, page ${number}`, alternates: { canonical: `/news/page/${number}` } } : {};
}

export default async function NewsListPage({ params }: PageProps<'/news/page/[page]'>) {
  const number = parsePage((await params).page);
  if (number === 1) redirect('/');
  const page = number ? await getNewsPage(number) : null;
  if (!page) notFound();
  return <NewsList page={page} heading={`News, page ${page.page} of ${page.pageCount}`} />;
}
