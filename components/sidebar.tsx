import Link from './link';
import { archiveHref, archiveLabel } from '@/lib/content/archives';
import type { SidebarData } from '@/lib/content/queries';
import { taxonomyHref } from '@/lib/content/taxonomy';
import { site } from '@/lib/site';
import { PostDate } from './post-date';
import { SearchForm } from './search-form';
import styles from './sidebar.module.css';

/** Search, recent news, tags with counts, monthly archives and feed links. */
export function Sidebar({ data }: { data: SidebarData }) {
  return (
    <aside className={styles.sidebar} aria-label="More from the news">
      <section aria-labelledby="sidebar-search">
        <h2 id="sidebar-search" className={styles.heading}>
          Search
        </h2>
        <SearchForm id="sidebar-q" />
      </section>
      <section aria-labelledby="sidebar-recent">
        <h2 id="sidebar-recent" className={styles.heading}>
          Recent news
        </h2>
        {data.recent.length > 0 ? (
          <ul className={styles.list}>
            {data.recent.map((post) => (
              <li key={post.slug}>
                <Link href={`/news/${post.slug}`}>{post.title}</Link>
                <PostDate date={post.date} className={styles.date} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No other news yet.</p>
        )}
      </section>
      {data.tags.length > 0 ? (
        <section aria-labelledby="sidebar-tags">
          <h2 id="sidebar-tags" className={styles.heading}>
            Tags
          </h2>
          <ul className={styles.tags}>
            {data.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={taxonomyHref('tag', tag.slug)}>
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
            Archives
          </h2>
          <ul className={styles.plain}>
            {data.months.slice(0, 12).map((month) => (
              <li key={`${month.year}-${month.month}`}>
                <Link href={archiveHref(month.year, month.month)}>
                  {archiveLabel(month.year, month.month, site.locale)} ({month.posts.length})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sidebar-feeds">
        <h2 id="sidebar-feeds" className={styles.heading}>
          Follow the news
        </h2>
        <ul className={styles.plain}>
          <li>
            <a href="/feed.xml" type="application/rss+xml">RSS feed</a>
          </li>
          <li>
            <a href="/atom.xml" type="application/atom+xml">Atom feed</a>
          </li>
          <li>
            <a href="/feed.json" type="application/feed+json">JSON feed</a>
          </li>
        </ul>
      </section>
    </aside>
  );
}
