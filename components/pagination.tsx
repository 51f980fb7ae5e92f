import Link from 'next/link';
import styles from './pagination.module.css';

/** The URL of page `page` of the news list: the front page is page 1. */
export function newsPageHref(page: number): string {
  return page <= 1 ? '/' : `/news/page/${page}`;
}

export function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {page > 1 ? (
        <Link href={newsPageHref(page - 1)} rel="prev" className={styles.step}>
          ← Newer news
        </Link>
      ) : null}
      <ul className={styles.pages}>
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={styles.current}>
                <span className="visually-hidden">Page </span>
                {n}
              </span>
            ) : (
              <Link href={newsPageHref(n)} className={styles.page}>
                <span className="visually-hidden">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount ? (
        <Link href={newsPageHref(page + 1)} rel="next" className={styles.step}>
          Older news →
        </Link>
      ) : null}
    </nav>
  );
}
