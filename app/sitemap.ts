import type { MetadataRoute } from 'next';
import { archiveHref } from '@/lib/content/archives';
import { getArchiveMonths, getLivePosts, getNewsPage, getTaxonomyTerms } from '@/lib/content/queries';
import { taxonomyHref } from '@/lib/content/taxonomy';
import { site } from '@/lib/site';

export const revalidate = 30;

/** Live posts (lastmod from `modified` or the date, never a file's mtime), list, tag and archive pages. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [posts, first, tags, categories, months] = await Promise.all([
    getLivePosts(),
    getNewsPage(1),
    getTaxonomyTerms('tag'),
    getTaxonomyTerms('category'),
    getArchiveMonths(),
  ]);
  const newest = posts[0]?.modifiedAt;
  const url = (path: string) => `${site.url}${path}`;
  return [
    { url: url('/'), lastModified: newest, changeFrequency: 'daily', priority: 1 },
    ...Array.from({ length: Math.max(0, (first?.pageCount ?? 1) - 1) }, (_, i) => ({ url: url(`/news/page/${i + 2}`), lastModified: newest })),
    ...posts.map((post) => ({ url: url(`/news/${post.slug}`), lastModified: post.modifiedAt, changeFrequency: 'monthly' as const, priority: 0.8 })),
    ...tags.map((term) => ({ url: url(taxonomyHref('tag', term.slug)), lastModified: term.posts[0]?.modifiedAt })),
    ...categories.map((term) => ({ url: url(taxonomyHref('category', term.slug)), lastModified: term.posts[0]?.modifiedAt })),
    ...months.map((month) => ({ url: url(archiveHref(month.year, month.month)), lastModified: month.posts[0]?.modifiedAt })),
  ];
}
