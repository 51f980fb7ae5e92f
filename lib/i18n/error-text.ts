// The error page's sentences in each language, for the browser: the error page is a client
// component in every page's script, so it takes these few strings rather than whole catalogues.
import { site } from '../site';
import { isLanguage, localePath, type Language } from './languages';
import { errorText as en } from './messages/en';
import { errorText as kk } from './messages/kk';
import { errorText as ru } from './messages/ru';

const TEXT: Record<Language, typeof en> = { en, ru, kk };

export function errorPageText(lang: string): { text: typeof en; home: string } {
  const known = isLanguage(lang) ? lang : site.defaultLanguage;
  return { text: TEXT[known], home: localePath(known, '/') };
}
