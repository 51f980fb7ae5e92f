import type { SearchResultView } from '@/lib/content/search';
import type { Messages } from '@/lib/i18n/messages/en';
import { fill, pluralText } from '@/lib/i18n/text';
import styles from './search-results.module.css';

/**
 * The result list, rendered on the server for ?q= and again in the browser as the reader types.
 * `locale` and `labels` are the page's language (the browser gets only these strings).
 */
export function SearchResults({ query, hits, locale, labels }: { query: string; hits: SearchResultView[]; locale: string; labels: Messages['search'] }) {
  if (!query) return null;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className={styles.count}>
        {hits.length === 0 ? fill(labels.none, { query }) : pluralText(locale, labels.results, hits.length, { query })}
      </h2>
      <ol className={styles.list}>
        {hits.map((hit) => (
          <li key={hit.url} className={styles.hit}>
            <h3 className={styles.title}>
              <a href={hit.url}>{hit.title}</a>
            </h3>
            <time dateTime={hit.date} className={styles.date}>
              {hit.dateLabel}
            </time>
            <p className={styles.snippet}>
              {hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
