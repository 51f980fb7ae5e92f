import Link from './link';
import { site } from '@/lib/site';
import styles from './site-header.module.css';

export function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href="/" className={styles.brand}>
          <svg className={styles.logo} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2.5c3.6 4.6 6.5 8.4 6.5 12A6.5 6.5 0 0 1 5.5 14.5c0-3.6 2.9-7.4 6.5-12Z" fill="currentColor" />
          </svg>
          <span>{site.name}</span>
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul>
            <li>
              <Link href="/">Home</Link>
            </li>
            <li>
              <Link href="/news">News</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
