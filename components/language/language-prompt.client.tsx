'use client';

// The language suggestion's browser part: compares navigator.languages with the site's languages
// and, on a first visit, shows a bar in the preferred language. Fixed to the bottom of the screen,
// so it never moves the page (no layout shift); no focus is taken.
import { useState, useSyncExternalStore } from 'react';
import styles from './language-prompt.module.css';

export interface Suggestion {
  lang: string;
  name: string;
  href: string;
  suggestion: string;
  switchTo: string;
  dismiss: string;
}

const STORAGE_KEY = 'language-suggestion';

/** The first of the reader's languages the site has, if it is not the page's. */
export function preferredSuggestion(readerLanguages: readonly string[], current: string, suggestions: readonly Suggestion[]): Suggestion | null {
  for (const tag of readerLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === current) return null;
    const match = suggestions.find((suggestion) => suggestion.lang === base);
    if (match) return match;
  }
  return null;
}

function storedChoice(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return ''; // Storage blocked: suggest anyway; the choice is simply not remembered.
  }
}

const noSubscription = () => () => {};

export function LanguagePrompt({ current, suggestions }: { current: string; suggestions: Suggestion[] }) {
  // Read in the browser only: the server (and the cached page) knows nothing of the reader.
  const readerLanguages = useSyncExternalStore(noSubscription, () => (navigator.languages ?? [navigator.language]).join(','), () => '');
  const stored = useSyncExternalStore(noSubscription, storedChoice, () => 'server');
  const [closed, setClosed] = useState(false);
  const offer = closed || stored ? null : preferredSuggestion(readerLanguages.split(',').filter(Boolean), current, suggestions);
  if (!offer) return null;
  const remember = (choice: string) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Nothing to do: the bar closes for this page view.
    }
  };
  return (
    <aside className={styles.prompt} lang={offer.lang} aria-label={offer.name}>
      <p className={styles.text}>{offer.suggestion}</p>
      <a className={styles.go} href={offer.href} hrefLang={offer.lang} onClick={() => remember(offer.lang)}>
        {offer.switchTo}
      </a>
      <button
        type="button"
        className={styles.dismiss}
        onClick={() => {
          remember('dismissed');
          setClosed(true);
        }}
      >
        {offer.dismiss}
      </button>
    </aside>
  );
}
