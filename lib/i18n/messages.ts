// Interface text and dates in each language: a catalogue per language (./messages/*.ts), values put
// into `{name}` places, plural forms chosen by Intl.PluralRules, dates by Intl.DateTimeFormat in the
// site's zone. Pure: no React, no Next.

import { site } from '../site';
import { INTL_LOCALES, type Language } from './languages';
import { en, type Messages, type PluralForms } from './messages/en';
import { kk } from './messages/kk';
import { fill, pluralText } from './text';
import { ru } from './messages/ru';

export type { Messages, PluralForms };

export const CATALOGUES: Record<Language, Messages> = { en, ru, kk };

export function messages(lang: Language): Messages {
  return CATALOGUES[lang];
}

export { fill };

/** The form of `forms` for `count` in `lang` ("1 минута", "5 минут"), filled with `count` and `values`. */
export function plural(lang: Language, forms: PluralForms, count: number, values: Record<string, string | number> = {}): string {
  return pluralText(INTL_LOCALES[lang], forms, count, values);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and use, made on first use (making one costs far more than using it). */
function formatter(lang: Language, use: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${use}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[lang], options);
    formatters.set(key, format);
  }
  return format;
}

/** "9 January 2023", "9 января 2023 г.", "2023 ж. 9 қаңтар": a day in the site's zone. */
export function formatDate(lang: Language, instant: Date): string {
  return formatter(lang, 'date', { timeZone: site.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

/** "10:00": the time of day in the site's zone. */
export function formatTime(lang: Language, instant: Date): string {
  return formatter(lang, 'time', { timeZone: site.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** "January 2023", "январь 2023 г.": a calendar month (1-12). */
export function formatMonth(lang: Language, year: number, month: number): string {
  return formatter(lang, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

