import { localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './search-form.module.css';

/** A plain GET form to this language's search page: works without JavaScript. */
export function SearchForm({ id, lang, defaultValue }: { id: string; lang: Language; defaultValue?: string }) {
  const text = messages(lang).search;
  return (
    <form action={localePath(lang, '/search')} method="get" role="search" className={styles.form}>
      <label htmlFor={id} className="visually-hidden">
        {text.label}
      </label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} className={styles.input} autoComplete="off" />
      <button type="submit" className={styles.button}>
        {text.button}
      </button>
    </form>
  );
}
