import { localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import Link from '../layout/link';
import styles from './pagination.module.css';

/** The URL of page `page` of the news list: the front page is page 1. */
export function newsPageHref(page: number): string {
  return page <= 1 ? '/' : `/news/page/${page}`;
}

/** Page N of a list whose first page is `base` (the front page's list continues at /news/page/N). */
export function listPageHref(base: string, page: number): string {
  if (base === '/') return newsPageHref(page);
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function Pagination({ page, pageCount, base = '/', lang }: { page: number; pageCount: number; base?: string; lang: Language }) {
  if (pageCount <= 1) return null;
  const text = messages(lang).pagination;
  const href = (n: number) => localePath(lang, listPageHref(base, n));
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav aria-label={text.label} className={styles.pagination}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={styles.step}>
          {text.newer}
        </Link>
      ) : null}
      <ul className={styles.pages}>
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={styles.current}>
                <span className="visually-hidden">{text.page} </span>
                {n}
              </span>
            ) : (
              <Link href={href(n)} className={styles.page}>
                <span className="visually-hidden">{text.page} </span>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={styles.step}>
          {text.older}
        </Link>
      ) : null}
    </nav>
  );
}
