// /api/preview?secret=…&slug=…: turns on Draft Mode and opens the post, live or not.
import { draftMode } from 'next/headers';
import { getAllSlugs } from '@/lib/content/queries';
import { checkPreviewSecret } from '@/lib/preview';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const check = checkPreviewSecret(params.get('secret'));
  if (check === 'off') return new Response('Not found', { status: 404, headers: NO_STORE });
  if (check === 'invalid') return new Response('Unauthorized', { status: 401, headers: NO_STORE });
  const slug = params.get('slug') ?? '';
  if (!(await getAllSlugs()).includes(slug)) return new Response('No post has this slug', { status: 404, headers: NO_STORE });
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: `/news/${slug}` } });
}
