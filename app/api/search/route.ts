// Instant search for the search page's script: live posts in the language browsed (?lang=),
// computed at request time.
import { getSearchIndex } from '@/lib/content/queries';
import { normalizeQuery } from '@/lib/content/search';
import { toSearchResultView } from '@/lib/search-view';
import { isLanguage } from '@/lib/i18n/languages';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('lang');
  const lang = isLanguage(requested) ? requested : site.defaultLanguage;
  const query = normalizeQuery(params.get('q') ?? '');
  const hits = query ? (await getSearchIndex(lang)).search(query).map((hit) => toSearchResultView(hit, lang)) : [];
  return Response.json({ query, hits }, { headers: { 'Cache-Control': 'no-store' } });
}
