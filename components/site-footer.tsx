import Link from './link';
import { site } from '@/lib/site';
import styles from './site-footer.module.css';

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          <strong>{site.name}</strong> — {site.description}
        </p>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link href="/">Home</Link>
            </li>
            <li>
              <Link href="/news">All news</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
