import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageLayout } from '@/components/page-layout';
import { PostArticle } from '@/components/post-article';
import { PostNav } from '@/components/post-nav';
import { Sidebar } from '@/components/sidebar';
import { getAdjacentPosts, getAllSlugs, getLivePost, getRecentPosts } from '@/lib/content/queries';
import { toZonedIso } from '@/lib/content/dates';
import { truncateText } from '@/lib/content/summary';
import { site } from '@/lib/site';

export const revalidate = 30;
// Every existing slug is prerendered, live or not: a scheduled post is a cached 404 that turns into
// its page at the first revalidation after its time. Unknown slugs are plain, uncached 404s.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/news/[slug]'>): Promise<Metadata> {
  const post = await getLivePost((await params).slug);
  if (!post) notFound();
  return {
    title: post.title,
    description: truncateText(post.excerpt, 160),
    alternates: { canonical: `/news/${post.slug}` },
    openGraph: {
      type: 'article',
      title: post.title,
      description: truncateText(post.excerpt, 200),
      publishedTime: toZonedIso(post.date, site.timeZone),
      siteName: site.name,
      ...(post.headerImage
        ? { images: [{ url: post.headerImage.src, width: post.headerImage.width, height: post.headerImage.height, alt: post.headerImage.alt }] }
        : {}),
    },
  };
}

export default async function PostPage({ params }: PageProps<'/news/[slug]'>) {
  const { slug } = await params;
  const post = await getLivePost(slug);
  if (!post) notFound();
  const [{ older, newer }, recent] = await Promise.all([getAdjacentPosts(slug), getRecentPosts(slug)]);
  return (
    <PageLayout sidebar={post.showSidebar ? <Sidebar recent={recent} /> : undefined}>
      <PostArticle post={post} />
      <PostNav older={older} newer={newer} />
    </PageLayout>
  );
}
