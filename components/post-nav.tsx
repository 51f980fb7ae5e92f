import Link from './link';
import type { Post } from '@/lib/content/posts';
import styles from './post-nav.module.css';

/** Grav's Previous/Next Post: previous is the older post, next the newer one. */
export function PostNav({ older, newer }: { older: Post | null; newer: Post | null }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="More news" className={styles.nav}>
      {older ? (
        <Link href={`/news/${older.slug}`} rel="prev" className={styles.link}>
          <span className={styles.label}>← Previous post</span>
          <span>{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={`/news/${newer.slug}`} rel="next" className={`${styles.link} ${styles.next}`}>
          <span className={styles.label}>Next post →</span>
          <span>{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
