import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/languages';
import { languageLinks } from '../language/language-switch';
import { SiteHeader } from './site-header';
import { StaticHtml } from '../rendering/static-html';
import styles from './page-layout.module.css';

/**
 * A page: the header (with the language switch for this page), then the content column with the
 * sidebar beside it on wide screens and under it on phones. `path` is the page's default-language
 * path; `languages` the languages it exists in (all, unless given).
 */
export function PageLayout({
  lang,
  path = '/',
  languages,
  children,
  sidebar,
  notice,
}: {
  lang: Language;
  path?: string;
  languages?: readonly Language[];
  children: ReactNode;
  sidebar?: ReactNode;
  /** Shown before the content (the language suggestion). */
  notice?: ReactNode;
}) {
  // Static parts (all but the gallery, the search box and the language suggestion) go as HTML.
  return (
    <StaticHtml>
      <SiteHeader lang={lang} languages={languageLinks(path, languages)} />
      <main id="main" tabIndex={-1}>
        {notice}
        <div className={sidebar ? `${styles.layout} ${styles.withSidebar}` : styles.layout}>
          <div className={styles.main}>{children}</div>
          {sidebar}
        </div>
      </main>
    </StaticHtml>
  );
}
