import { LANGUAGE_NAMES, localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import styles from './language-switch.module.css';

export interface LanguageLink {
  lang: Language;
  href: string;
}

/**
 * Where the switch goes from the page at `path` (a default-language path): the same page in each
 * language it exists in (`languages`), otherwise that language's front page.
 */
export function languageLinks(path: string, languages: readonly Language[] = site.languages): LanguageLink[] {
  return site.languages.map((lang) => ({ lang, href: localePath(lang, languages.includes(lang) ? path : '/') }));
}

/** Plain links (no script): each language named in itself, the current one marked. */
export function LanguageSwitch({ lang, links }: { lang: Language; links: LanguageLink[] }) {
  return (
    <nav aria-label={messages(lang).language.label} className={styles.switch}>
      <ul>
        {links.map((link) => (
          <li key={link.lang}>
            <a href={link.href} hrefLang={link.lang} lang={link.lang} aria-current={link.lang === lang ? 'true' : undefined}>
              {LANGUAGE_NAMES[link.lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
