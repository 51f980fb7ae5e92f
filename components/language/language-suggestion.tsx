import { LANGUAGE_NAMES, localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import { LanguagePrompt, type Suggestion } from './language-prompt.client';

/**
 * On the default language's front page: offers the reader's preferred language, read in the
 * browser (navigator.languages mirrors Accept-Language), so the page itself stays one cached
 * document for everyone. It never redirects; a choice or "no" is remembered.
 */
export function LanguageSuggestion({ lang }: { lang: Language }) {
  if (lang !== site.defaultLanguage) return null;
  const suggestions: Suggestion[] = site.languages
    .filter((other) => other !== lang)
    .map((other) => ({ lang: other, name: LANGUAGE_NAMES[other], href: localePath(other, '/'), ...messages(other).language }));
  return <LanguagePrompt current={lang} suggestions={suggestions} />;
}
