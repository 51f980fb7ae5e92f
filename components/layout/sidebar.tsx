import Link from './link';
import { archiveHref } from '@/lib/content/archives';
import { postPath } from '@/lib/content/posts';
import type { SidebarData } from '@/lib/content/queries';
import { taxonomyHref } from '@/lib/content/taxonomy';
import { FEED_PATHS } from '@/lib/feeds';
import { localePath, type Language } from '@/lib/i18n/languages';
import { formatMonth, messages } from '@/lib/i18n/messages';
import { PostDate } from '../post/post-date';
import { SearchForm } from '../search/search-form';
import styles from './sidebar.module.css';

/** Search, recent news, tags with counts, monthly archives and feed links. */
export function Sidebar({ data, lang }: { data: SidebarData; lang: Language }) {
  const text = messages(lang).sidebar;
  const href = (path: string) => localePath(lang, path);
  return (
    <aside className={styles.sidebar} aria-label={text.label}>
      <section aria-labelledby="sidebar-search">
        <h2 id="sidebar-search" className={styles.heading}>
          {text.search}
        </h2>
        <SearchForm id="sidebar-q" lang={lang} />
      </section>
      <section aria-labelledby="sidebar-recent">
        <h2 id="sidebar-recent" className={styles.heading}>
          {text.recent}
        </h2>
        {data.recent.length > 0 ? (
          <ul className={styles.list}>
            {data.recent.map((post) => (
              <li key={post.slug}>
                <Link href={postPath(post)}>{post.title}</Link>
                <PostDate date={post.date} lang={lang} className={styles.date} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{text.noRecent}</p>
        )}
      </section>
      {data.tags.length > 0 ? (
        <section aria-labelledby="sidebar-tags">
          <h2 id="sidebar-tags" className={styles.heading}>
            {text.tags}
          </h2>
          <ul className={styles.tags}>
            {data.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={href(taxonomyHref('tag', tag.slug))}>
                  {tag.name} <span className={styles.count}>({tag.posts.length})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.months.length > 0 ? (
        <section aria-labelledby="sidebar-archives">
          <h2 id="sidebar-archives" className={styles.heading}>
            {text.archives}
          </h2>
          <ul className={styles.plain}>
            {data.months.slice(0, 12).map((month) => (
              <li key={`${month.year}-${month.month}`}>
                <Link href={href(archiveHref(month.year, month.month))}>
                  {formatMonth(lang, month.year, month.month)} ({month.posts.length})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sidebar-feeds">
        <h2 id="sidebar-feeds" className={styles.heading}>
          {text.follow}
        </h2>
        <ul className={styles.plain}>
          <li>
            <a href={href(FEED_PATHS.rss)} type="application/rss+xml">
              {text.rss}
            </a>
          </li>
          <li>
            <a href={href(FEED_PATHS.atom)} type="application/atom+xml">
              {text.atom}
            </a>
          </li>
          <li>
            <a href={href(FEED_PATHS.json)} type="application/feed+json">
              {text.json}
            </a>
          </li>
        </ul>
      </section>
    </aside>
  );
}
