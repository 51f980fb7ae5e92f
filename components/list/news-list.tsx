import type { ReactNode } from 'react';
import type { PostPage } from '@/lib/content/posts';
import type { SidebarData } from '@/lib/content/queries';
import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { PageLayout } from '../layout/page-layout';
import { Pagination } from './pagination';
import { PostCard } from './post-card';
import { Sidebar } from '../layout/sidebar';

/** A page of a list of posts: the front page, /news/page/N, a tag, a category or a month. */
export function NewsList({
  lang,
  path,
  languages,
  page,
  heading,
  sidebar,
  base = '/',
  intro,
  notice,
}: {
  lang: Language;
  /** This page's default-language path, for the language switch. */
  path: string;
  /** The languages this list exists in (all, unless given). */
  languages?: readonly Language[];
  page: PostPage;
  heading: string;
  sidebar: SidebarData;
  /** The list's first page (default-language path), for pagination links. */
  base?: string;
  intro?: ReactNode;
  notice?: ReactNode;
}) {
  // The first thumbnail a phone shows is usually the page's largest paint: fetch it first. Cards
  // stack on a phone, so only one of the first two can be on the first screen.
  const firstImage = page.posts.slice(0, 2).find((post) => post.headerImage);
  return (
    <PageLayout lang={lang} path={path} languages={languages} notice={notice} sidebar={<Sidebar data={sidebar} lang={lang} />}>
      <h1>{heading}</h1>
      {intro}
      {page.posts.length === 0 ? <p>{messages(lang).list.empty}</p> : null}
      {page.posts.map((post) => (
        <PostCard key={`${post.lang}/${post.slug}`} post={post} eagerImage={post === firstImage} />
      ))}
      <Pagination page={page.page} pageCount={page.pageCount} base={base} lang={lang} />
    </PageLayout>
  );
}
