'use client';

// The search box of /search. Without JavaScript it is a GET form and the server renders the results;
// with it, results follow the typing (debounced), the URL keeps the query, and a live region says how many.
import { useEffect, useRef, useState } from 'react';
import type { SearchResultView } from '@/lib/content/search';
import type { Messages } from '@/lib/i18n/messages/en';
import { SearchResults } from './search-results';
import styles from './search-form.module.css';

export function InstantSearch({
  initialQuery,
  initialHits,
  lang,
  locale,
  searchPath,
  labels,
}: {
  initialQuery: string;
  initialHits: SearchResultView[];
  lang: string;
  locale: string;
  /** This language's search page: `/search`, `/ru/search`. */
  searchPath: string;
  labels: Messages['search'];
}) {
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
        const response = await fetch(`/api/search?lang=${lang}&q=${encodeURIComponent(trimmed)}`, { signal: controller.signal });
        const data = (await response.json()) as { query: string; hits: SearchResultView[] };
        setResult(data);
        const url = data.query ? `${searchPath}?q=${encodeURIComponent(data.query)}` : searchPath;
        window.history.replaceState(null, '', url);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to the server.
      }
    }, 200);
    return () => window.clearTimeout(timer);
  }, [query, result.query, lang, searchPath]);

  return (
    <>
      <form action={searchPath} method="get" role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-q" className="visually-hidden">
          {labels.label}
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
          {labels.button}
        </button>
      </form>
      <div aria-live="polite">
        <SearchResults query={result.query} hits={result.hits} locale={locale} labels={labels} />
      </div>
    </>
  );
}
