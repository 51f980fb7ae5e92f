// Leaves preview: turns Draft Mode off and goes back to the post (a 404 again if it is not live).
import { draftMode } from 'next/headers';
import { SLUG_PATTERN } from '@/lib/content/frontmatter';
import { postPath } from '@/lib/content/posts';
import { isLanguage, localePath } from '@/lib/i18n/languages';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  (await draftMode()).disable();
  const params = new URL(request.url).searchParams;
  const slug = params.get('slug') ?? '';
  const requested = params.get('lang');
  const lang = isLanguage(requested) ? requested : site.defaultLanguage;
  const location = SLUG_PATTERN.test(slug) ? postPath({ lang, slug }) : localePath(lang, '/');
  return new Response(null, { status: 307, headers: { 'Cache-Control': 'private, no-store', Location: location } });
}
