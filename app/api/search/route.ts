// Instant search for the search page's script: live posts in the language browsed (?lang=),
// computed at request time.
import { getSearchIndex } from '@/lib/content/queries';
import { normalizeQuery, queryProblem } from '@/lib/content/search';
import { toSearchResultView } from '@/lib/search-view';
import { isLanguage } from '@/lib/i18n/languages';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('lang');
  const lang = isLanguage(requested) ? requested : site.defaultLanguage;
  const raw = params.get('q') ?? '';
  // A query longer than a search takes is refused rather than cut: each word costs a pass over the index.
  const problem = queryProblem(raw);
  if (problem) return Response.json({ error: `expected ${problem}` }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const query = normalizeQuery(raw);
  const hits = query ? (await getSearchIndex(lang)).search(query).map((hit) => toSearchResultView(hit, lang)) : [];
  return Response.json({ query, hits }, { headers: { 'Cache-Control': 'no-store' } });
}
