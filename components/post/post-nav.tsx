import Link from '../layout/link';
import { postPath, type Post } from '@/lib/content/posts';
import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './post-nav.module.css';

/** Grav's Previous/Next Post: previous is the older post, next the newer one. */
export function PostNav({ older, newer, lang }: { older: Post | null; newer: Post | null; lang: Language }) {
  if (!older && !newer) return null;
  const text = messages(lang).post;
  return (
    <nav aria-label={text.moreNews} className={styles.nav}>
      {older ? (
        <Link href={postPath(older)} rel="prev" className={styles.link}>
          <span className={styles.label}>{text.previous}</span>
          <span>{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={postPath(newer)} rel="next" className={`${styles.link} ${styles.next}`}>
          <span className={styles.label}>{text.next}</span>
          <span>{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
