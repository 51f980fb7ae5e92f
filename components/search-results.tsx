import type { SearchResultView } from '@/lib/content/search';
import styles from './search-results.module.css';

/** The result list, rendered on the server for ?q= and again in the browser as the reader types. */
export function SearchResults({ query, hits }: { query: string; hits: SearchResultView[] }) {
  if (!query) return null;
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className={styles.count}>
        {hits.length === 0 ? `No news found for “${query}”` : `${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${query}”`}
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
