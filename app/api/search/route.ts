// Instant search for the search page's script: live posts only, computed at request time.
import { getSearchIndex } from '@/lib/content/queries';
import { normalizeQuery } from '@/lib/content/search';
import { toSearchResultView } from '@/lib/search-view';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const query = normalizeQuery(new URL(request.url).searchParams.get('q') ?? '');
  const hits = query ? (await getSearchIndex()).search(query).map(toSearchResultView) : [];
  return Response.json({ query, hits }, { headers: { 'Cache-Control': 'no-store' } });
}
