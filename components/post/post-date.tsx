import { toZonedIso } from '@/lib/content/dates';
import type { Language } from '@/lib/i18n/languages';
import { formatDate } from '@/lib/i18n/messages';
import { site } from '@/lib/site';

/** "9 January 2023" / "9 января 2023 г.", machine-readable with the zone's offset. */
export function PostDate({ date, lang, className }: { date: Date; lang: Language; className?: string }) {
  return (
    <time dateTime={toZonedIso(date, site.timeZone)} className={className}>
      {formatDate(lang, date)}
    </time>
  );
}
