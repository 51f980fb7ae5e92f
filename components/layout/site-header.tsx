import Link from './link';
import { LanguageSwitch, type LanguageLink } from '../language/language-switch';
import { localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './site-header.module.css';

export function SiteHeader({ lang, languages }: { lang: Language; languages: LanguageLink[] }) {
  const text = messages(lang);
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link href={localePath(lang, '/')} className={styles.brand}>
          <svg className={styles.logo} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M12 2.5c3.6 4.6 6.5 8.4 6.5 12A6.5 6.5 0 0 1 5.5 14.5c0-3.6 2.9-7.4 6.5-12Z" fill="currentColor" />
          </svg>
          <span>{text.site.name}</span>
        </Link>
        <nav aria-label={text.nav.main} className={styles.nav}>
          <ul>
            <li>
              <Link href={localePath(lang, '/')}>{text.nav.home}</Link>
            </li>
            <li>
              <Link href={localePath(lang, '/news')}>{text.nav.news}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch lang={lang} links={languages} />
      </div>
    </header>
  );
}
