import Link from './link';
import type { Post } from '@/lib/content/posts';
import { PostDate } from './post-date';
import styles from './related-posts.module.css';

export function RelatedPosts({ posts }: { posts: Post[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading">Related news</h2>
      <ul className={styles.list}>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={`/news/${post.slug}`}>{post.title}</Link> <PostDate date={post.date} className={styles.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
