import Link from './link';
import { localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './site-footer.module.css';
import { ThemeToggle } from './theme-script';

export function SiteFooter({ lang }: { lang: Language }) {
  const text = messages(lang);
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          <strong>{text.site.name}</strong> — {text.site.description}
        </p>
        <nav aria-label={text.nav.footer}>
          <ul className={styles.links}>
            <li>
              <Link href={localePath(lang, '/')}>{text.nav.home}</Link>
            </li>
            <li>
              <Link href={localePath(lang, '/news')}>{text.nav.allNews}</Link>
            </li>
          </ul>
        </nav>
        <ThemeToggle label={text.theme.dark} className={styles.theme} />
      </div>
    </footer>
  );
}
