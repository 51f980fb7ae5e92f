'use client';

// The search box of /search. Without JavaScript it is a GET form and the server renders the results;
// with it, results follow the typing (debounced), the URL keeps the query, and a live region says how many.
import { useEffect, useRef, useState } from 'react';
import type { SearchResultView } from '@/lib/content/search';
import { SearchResults } from './search-results';
import styles from './search-form.module.css';

export function InstantSearch({ initialQuery, initialHits }: { initialQuery: string; initialHits: SearchResultView[] }) {
  const [query, setQuery] = useState(initialQuery);
  const [result, setResult] = useState({ query: initialQuery, hits: initialHits });
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed === result.query) return;
    const timer = window.setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(trimmed)}`, { signal: controller.signal });
        const data = (await response.json()) as { query: string; hits: SearchResultView[] };
        setResult(data);
        const url = data.query ? `/search?q=${encodeURIComponent(data.query)}` : '/search';
        window.history.replaceState(null, '', url);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to the server.
      }
    }, 200);
    return () => window.clearTimeout(timer);
  }, [query, result.query]);

  return (
    <>
      <form action="/search" method="get" role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-q" className="visually-hidden">
          Search the news
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          maxLength={200}
          className={styles.input}
          autoComplete="off"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </form>
      <div aria-live="polite">
        <SearchResults query={result.query} hits={result.hits} />
      </div>
    </>
  );
}
