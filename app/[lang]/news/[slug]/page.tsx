import type { Metadata } from 'next';
import { JsonLd } from '@/components/layout/json-ld';
import { MissingPage } from '@/components/layout/missing-page';
import { PageLayout } from '@/components/layout/page-layout';
import { PostArticle } from '@/components/post/post-article';
import { PostNav } from '@/components/post/post-nav';
import { RelatedPosts } from '@/components/post/related-posts';
import { ShareLinks } from '@/components/post/share-links';
import { Sidebar } from '@/components/layout/sidebar';
import { toZonedIso } from '@/lib/content/dates';
import { postPath, type Post } from '@/lib/content/posts';
import { getAdjacentPosts, getLivePost, getLiveVersions, getRelatedPosts, getSidebarData } from '@/lib/content/queries';
import { truncateText } from '@/lib/content/summary';
import { OG_LOCALES, localePath } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { alternates, missingMetadata } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';
import { site } from '@/lib/site';
import { newsArticleJsonLd } from '@/lib/structured-data';
import { postParams } from '../../static-params';

export const revalidate = 30;
// Every post live or scheduled is built ahead (a scheduled one as the 404 page, which becomes the
// post at its first revalidation after its time); any other slug is no page at all, and the router
// answers it with the 404 page of its language (../../static-params).
export const dynamicParams = false;
export const generateStaticParams = postParams;

/** The preview image: the header image, or a generated 1200×630 card with the title. */
function shareImage(post: Post) {
  return post.headerImage
    ? { url: post.headerImage.src, width: post.headerImage.width, height: post.headerImage.height, alt: post.headerImage.alt || post.title }
    : { url: localePath(post.lang, `/og/${post.slug}`), width: 1200, height: 630, alt: post.title };
}

async function load(params: PageProps<'/[lang]/news/[slug]'>['params']) {
  const { lang: rawLang, slug } = await params;
  const lang = languageParam(rawLang);
  const post = await getLivePost(lang, slug);
  // The languages this post is live in now: the language switch and hreflang point only there.
  return { lang, post, versions: post ? await getLiveVersions(slug) : [] };
}

export async function generateMetadata({ params }: PageProps<'/[lang]/news/[slug]'>): Promise<Metadata> {
  const { lang, post, versions } = await load(params);
  // Never notFound() here: the page's own 404 content (MissingPage) is what readers and bots get.
  if (!post) return missingMetadata(lang);
  const description = truncateText(post.excerpt, 160);
  const image = shareImage(post);
  return {
    title: post.title,
    description,
    alternates: alternates(post.lang, `/news/${post.slug}`, versions.map((version) => version.lang)),
    openGraph: {
      type: 'article',
      url: postPath(post),
      title: post.title,
      description,
      publishedTime: toZonedIso(post.date, site.timeZone),
      modifiedTime: toZonedIso(post.modifiedAt, site.timeZone),
      siteName: messages(post.lang).site.name,
      locale: OG_LOCALES[post.lang],
      alternateLocale: versions.filter((version) => version.lang !== post.lang).map((version) => OG_LOCALES[version.lang]),
      tags: post.tags,
      images: [image],
    },
    // X reads the title, description and image from og:, which are above; only the card is its own.
    twitter: { card: 'summary_large_image' },
  };
}

export default async function PostPage({ params }: PageProps<'/[lang]/news/[slug]'>) {
  const { lang, post, versions } = await load(params);
  if (!post) return <MissingPage lang={lang} />;
  const [{ older, newer }, related, sidebar] = await Promise.all([getAdjacentPosts(post.lang, post.slug), getRelatedPosts(post), getSidebarData(post.lang, post.slug)]);
  const translations = versions.filter((version) => version.lang !== post.lang);
  return (
    <PageLayout
      lang={post.lang}
      path={`/news/${post.slug}`}
      languages={versions.map((version) => version.lang)}
      sidebar={post.showSidebar ? <Sidebar data={sidebar} lang={post.lang} /> : undefined}
    >
      <JsonLd data={newsArticleJsonLd(post, `${site.url}${shareImage(post).url}`, translations)} />
      <PostArticle post={post} />
      <ShareLinks post={post} />
      <RelatedPosts posts={related} lang={post.lang} />
      <PostNav older={older} newer={newer} lang={post.lang} />
    </PageLayout>
  );
}
