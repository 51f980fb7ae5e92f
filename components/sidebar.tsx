import Link from 'next/link';
import type { Post } from '@/lib/content/posts';
import { PostDate } from './post-date';
import styles from './sidebar.module.css';

export function Sidebar({ recent }: { recent: Post[] }) {
  return (
    <aside className={styles.sidebar} aria-labelledby="sidebar-recent">
      <h2 id="sidebar-recent" className={styles.heading}>
        Recent news
      </h2>
      {recent.length > 0 ? (
        <ul className={styles.list}>
          {recent.map((post) => (
            <li key={post.slug}>
              <Link href={`/news/${post.slug}`}>{post.title}</Link>
              <PostDate date={post.date} className={styles.date} />
            </li>
          ))}
        </ul>
      ) : (
        <p>No other news yet.</p>
      )}
      <p>
        <Link href="/news">All news</Link>
      </p>
    </aside>
  );
}
