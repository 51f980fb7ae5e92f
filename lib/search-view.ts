import { toZonedIso } from './content/dates';
import { postPath } from './content/posts';
import type { SearchHit, SearchResultView } from './content/search';
import type { Language } from './i18n/languages';
import { formatDate } from './i18n/messages';
import { site } from './site';

export function toSearchResultView({ post, snippet }: SearchHit, lang: Language): SearchResultView {
  return {
    url: postPath(post),
    title: post.title,
    date: toZonedIso(post.date, site.timeZone),
    dateLabel: formatDate(lang, post.date),
    snippet,
  };
}
