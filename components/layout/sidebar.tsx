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

/** A titled list of links with how many posts each leads to: the tags, the months. */
function LinkList({ id, heading, className, countClassName, links }: { id: string; heading: string; className?: string; countClassName?: string; links: Array<{ key: string; href: string; text: string; count: number }> }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {heading}
      </h2>
      <ul className={className}>
        {links.map((link) => (
          <li key={link.key}>
            <Link href={link.href}>
              {link.text} {countClassName ? <span className={countClassName}>({link.count})</span> : `(${link.count})`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

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
        <LinkList id="sidebar-tags" heading={text.tags} className={styles.tags} countClassName={styles.count}
          links={data.tags.map((tag) => ({ key: tag.slug, href: href(taxonomyHref('tag', tag.slug)), text: tag.name, count: tag.posts.length }))} />
      ) : null}
      {data.months.length > 0 ? (
        <LinkList id="sidebar-archives" heading={text.archives} className={styles.plain}
          links={data.months.slice(0, 12).map((month) => ({
            key: `${month.year}-${month.month}`,
            href: href(archiveHref(month.year, month.month)),
            text: formatMonth(lang, month.year, month.month),
            count: month.posts.length,
          }))} />
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
