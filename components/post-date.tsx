import { formatLongDate, toZonedIso } from '@/lib/content/dates';
import { site } from '@/lib/site';

/** "9 January 2023", machine-readable with the zone's offset. */
export function PostDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={toZonedIso(date, site.timeZone)} className={className}>
      {formatLongDate(date, site.timeZone, site.locale)}
    </time>
  );
}
