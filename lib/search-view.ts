import { formatLongDate, toZonedIso } from './content/dates';
import type { SearchHit, SearchResultView } from './content/search';
import { site } from './site';

export function toSearchResultView({ post, snippet }: SearchHit): SearchResultView {
  return {
    url: `/news/${post.slug}`,
    title: post.title,
    date: toZonedIso(post.date, site.timeZone),
    dateLabel: formatLongDate(post.date, site.timeZone, site.locale),
    snippet,
  };
}
