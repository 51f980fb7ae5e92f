import { alternates } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { PageLayout } from '@/components/page-layout';
import { PostArticle } from '@/components/post-article';
import { PostNav } from '@/components/post-nav';
import { PreviewBanner } from '@/components/preview-banner';
import { RelatedPosts } from '@/components/related-posts';
import { Sidebar } from '@/components/sidebar';
import { toZonedIso } from '@/lib/content/dates';
import type { Post } from '@/lib/content/posts';
import { getAdjacentPosts, getAllSlugs, getRelatedPosts, getSidebarData, getVisiblePost } from '@/lib/content/queries';
import { now } from '@/lib/content/clock';
import { truncateText } from '@/lib/content/summary';
import { site } from '@/lib/site';
import { newsArticleJsonLd } from '@/lib/structured-data';

export const revalidate = 30;
// Every existing slug is prerendered, live or not: a scheduled post is a cached 404 that turns into
// its page at the first revalidation after its time. Unknown slugs are plain, uncached 404s.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getAllSlugs()).map((slug) => ({ slug }));
}

/** The preview image: the header image, or a generated 1200×630 card with the title. */
function shareImage(post: Post) {
  return post.headerImage
    ? { url: post.headerImage.src, width: post.headerImage.width, height: post.headerImage.height, alt: post.headerImage.alt || post.title }
    : { url: `/og/${post.slug}`, width: 1200, height: 630, alt: post.title };
}

export async function generateMetadata({ params }: PageProps<'/news/[slug]'>): Promise<Metadata> {
  const preview = (await draftMode()).isEnabled;
  const post = await getVisiblePost((await params).slug, preview);
  if (!post) notFound();
  if (preview) return { title: `Preview: ${post.title}`, robots: { index: false, follow: false } };
  const description = truncateText(post.excerpt, 160);
  const image = shareImage(post);
  return {
    title: post.title,
    description,
    alternates: alternates(`/news/${post.slug}`),
    openGraph: {
      type: 'article',
      url: `/news/${post.slug}`,
      title: post.title,
      description,
      publishedTime: toZonedIso(post.date, site.timeZone),
      modifiedTime: toZonedIso(post.modifiedAt, site.timeZone),
      siteName: site.name,
      locale: 'en_US',
      tags: post.tags,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: post.title, description, images: [image] },
  };
}

export default async function PostPage({ params }: PageProps<'/news/[slug]'>) {
  const { slug } = await params;
  // Draft Mode (staff previews) renders on every request and is never cached for other visitors.
  const preview = (await draftMode()).isEnabled;
  const post = await getVisiblePost(slug, preview);
  if (!post) notFound();
  const [{ older, newer }, related, sidebar] = await Promise.all([getAdjacentPosts(slug), getRelatedPosts(post), getSidebarData(slug)]);
  return (
    <PageLayout sidebar={post.showSidebar ? <Sidebar data={sidebar} /> : undefined}>
      {preview ? <PreviewBanner post={post} now={now()} /> : <JsonLd data={newsArticleJsonLd(post, `${site.url}${shareImage(post).url}`)} />}
      <PostArticle post={post} preview={preview} />
      <RelatedPosts posts={related} />
      <PostNav older={older} newer={newer} />
    </PageLayout>
  );
}
