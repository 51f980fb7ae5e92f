import styles from './search-form.module.css';

/** A plain GET form to /search: works without JavaScript. */
export function SearchForm({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className={styles.form}>
      <label htmlFor={id} className="visually-hidden">
        Search the news
      </label>
      <input id={id} name="q" type="search" defaultValue={defaultValue} maxLength={200} className={styles.input} autoComplete="off" />
      <button type="submit" className={styles.button}>
        Search
      </button>
    </form>
  );
}
