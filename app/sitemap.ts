import type { MetadataRoute } from 'next';
import { archiveHref } from '@/lib/content/archives';
import type { Post } from '@/lib/content/posts';
import { getArchiveMonths, getLivePostsWrittenIn, getNewsPage, getTaxonomyTerms } from '@/lib/content/queries';
import { taxonomyHref } from '@/lib/content/taxonomy';
import { localePath, type Language } from '@/lib/i18n/languages';
import { languageAlternates } from '@/lib/page-metadata';
import { site } from '@/lib/site';

export const revalidate = 30;

type Entry = MetadataRoute.Sitemap[number];

/** The pages of one language, by default-language path. */
async function languagePages(lang: Language): Promise<Array<Omit<Entry, 'url'> & { path: string }>> {
  const [posts, first, tags, categories, months] = await Promise.all([
    getLivePostsWrittenIn(lang),
    getNewsPage(lang, 1),
    getTaxonomyTerms(lang, 'tag'),
    getTaxonomyTerms(lang, 'category'),
    getArchiveMonths(lang),
  ]);
  const newest = posts[0]?.modifiedAt;
  return [
    { path: '/', lastModified: newest, changeFrequency: 'daily' as const, priority: 1 },
    ...Array.from({ length: Math.max(0, (first?.pageCount ?? 1) - 1) }, (_, i) => ({ path: `/news/page/${i + 2}`, lastModified: newest })),
    ...posts.map((post: Post) => ({ path: `/news/${post.slug}`, lastModified: post.modifiedAt, changeFrequency: 'monthly' as const, priority: 0.8 })),
    ...tags.map((term) => ({ path: taxonomyHref('tag', term.slug), lastModified: term.posts[0]?.modifiedAt })),
    ...categories.map((term) => ({ path: taxonomyHref('category', term.slug), lastModified: term.posts[0]?.modifiedAt })),
    ...months.map((month) => ({ path: archiveHref(month.year, month.month), lastModified: month.posts[0]?.modifiedAt })),
  ];
}

function absolute(links: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(links).map(([lang, path]) => [lang, `${site.url}${path}`]));
}

/** Live posts (lastmod from `modified` or the date, never a file's mtime), list, tag and archive pages, in every language. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await Promise.all(site.languages.map(languagePages));
  const paths = pages.map((list) => new Set(list.map((entry) => entry.path)));
  // Each entry lists the page in every language it exists in (hreflang, with x-default).
  const languagesOf = (path: string) => site.languages.filter((_, i) => paths[i].has(path));
  return site.languages.flatMap((lang, i) =>
    pages[i].map(({ path, ...entry }) => ({
      ...entry,
      url: `${site.url}${localePath(lang, path)}`,
      alternates: { languages: absolute(languageAlternates(path, languagesOf(path))) },
    })),
  );
}
