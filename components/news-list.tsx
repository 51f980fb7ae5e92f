import type { ReactNode } from 'react';
import type { PostPage } from '@/lib/content/posts';
import type { SidebarData } from '@/lib/content/queries';
import { PageLayout } from './page-layout';
import { Pagination } from './pagination';
import { PostCard } from './post-card';
import { Sidebar } from './sidebar';

/** A page of a list of posts: the front page, /news/page/N, a tag, a category or a month. */
export function NewsList({
  page,
  heading,
  sidebar,
  base = '/',
  intro,
}: {
  page: PostPage;
  heading: string;
  sidebar: SidebarData;
  /** The list's first page, for pagination links. */
  base?: string;
  intro?: ReactNode;
}) {
  return (
    <PageLayout sidebar={<Sidebar data={sidebar} />}>
      <h1>{heading}</h1>
      {intro}
      {page.posts.length === 0 ? <p>There is no news yet.</p> : null}
      {page.posts.map((post, index) => (
        <PostCard key={post.slug} post={post} eagerImage={index === 0} />
      ))}
      <Pagination page={page.page} pageCount={page.pageCount} base={base} />
    </PageLayout>
  );
}
