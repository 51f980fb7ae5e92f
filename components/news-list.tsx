import type { PostPage } from '@/lib/content/posts';
import { PageLayout } from './page-layout';
import { Pagination } from './pagination';
import { PostCard } from './post-card';

/** A page of the news list: the front page, /news and /news/page/N. */
export function NewsList({ page, heading }: { page: PostPage; heading: string }) {
  return (
    <PageLayout>
      <h1>{heading}</h1>
      {page.posts.length === 0 ? <p>There is no news yet.</p> : null}
      {page.posts.map((post, index) => (
        <PostCard key={post.slug} post={post} eagerImage={index === 0} />
      ))}
      <Pagination page={page.page} pageCount={page.pageCount} />
    </PageLayout>
  );
}
