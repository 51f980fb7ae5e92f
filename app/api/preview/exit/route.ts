// Leaves preview: turns Draft Mode off and goes back to the post (a 404 again if it is not live).
import { draftMode } from 'next/headers';
import { SLUG_PATTERN } from '@/lib/content/frontmatter';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  (await draftMode()).disable();
  const slug = new URL(request.url).searchParams.get('slug') ?? '';
  const location = SLUG_PATTERN.test(slug) ? `/news/${slug}` : '/';
  return new Response(null, { status: 307, headers: { 'Cache-Control': 'private, no-store', Location: location } });
}
