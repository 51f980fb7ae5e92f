// Reading route parameters strictly: anything odd is "not found", never an exception.
import { notFound } from 'next/navigation';
import { isLanguage, type Language } from './i18n/languages';

/** Canonical page numbers only: "2", not "02", "2.0", "-1" or a 10-digit number. */
export function parsePageNumber(text: string): number | null {
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

/** An archive month's `[year]/[month]` segments ("2023", "01"), or null when they are not a canonical month. */
export function parseArchiveMonth(year: string, month: string): { year: number; month: number } | null {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}

/** A percent-encoded segment decoded, or null when it is malformed, too long or holds control characters. */
export function decodeSegment(text: string, maxLength = 200): string | null {
  let decoded = text;
  try {
    // Next may hand segments over encoded or decoded; decoding twice is harmless for valid slugs.
    if (/%[0-9a-f]{2}/i.test(decoded)) decoded = decodeURIComponent(decoded);
  } catch {
    return null;
  }
  if (decoded.length > maxLength || /[\u0000-\u001f\u007f/\\]/.test(decoded)) return null;
  return decoded;
}

/** The `[lang]` segment as one of the site's languages; any other value is "not found". */
export function languageParam(text: string): Language {
  if (!isLanguage(text)) notFound();
  return text;
}
