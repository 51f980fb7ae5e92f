import { alternates } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsList } from '@/components/news-list';
import { archiveLabel } from '@/lib/content/archives';
import { getAllArchiveMonths, getArchiveMonth, getSidebarData } from '@/lib/content/queries';
import { site } from '@/lib/site';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllArchiveMonths()).map(({ year, month }) => ({ year: String(year), month: String(month).padStart(2, '0') }));
}

function parse(year: string, month: string): { year: number; month: number } | null {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}

export async function generateMetadata({ params }: PageProps<'/news/archive/[year]/[month]'>): Promise<Metadata> {
  const { year, month } = await params;
  const key = parse(year, month);
  if (!key) return {};
  return { title: `News of ${archiveLabel(key.year, key.month, site.locale)}`, alternates: alternates(`/news/archive/${year}/${month}`) };
}

export default async function ArchivePage({ params }: PageProps<'/news/archive/[year]/[month]'>) {
  const { year, month } = await params;
  const key = parse(year, month);
  const [entry, sidebar] = await Promise.all([key ? getArchiveMonth(key.year, key.month) : null, getSidebarData()]);
  if (!entry) notFound();
  // A month is one page: Grav's archives list a month's posts together.
  const page = { posts: entry.posts, page: 1, pageCount: 1 };
  return <NewsList page={page} heading={`News of ${archiveLabel(entry.year, entry.month, site.locale)}`} sidebar={sidebar} />;
}
