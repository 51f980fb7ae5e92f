import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './skip-link.module.css';

export function SkipLink({ lang }: { lang: Language }) {
  return (
    <a href="#main" className={styles.skipLink}>
      {messages(lang).nav.skipToContent}
    </a>
  );
}
