// Leaves preview: ends the session and goes to the post as readers see it (the 404 page while it is not live).
import { SLUG_PATTERN } from '@/lib/content/frontmatter';
import { isLanguage, localePath } from '@/lib/i18n/languages';
import { PREVIEW_COOKIE } from '@/lib/preview';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const slug = params.get('slug') ?? '';
  const requested = params.get('lang');
  const lang = isLanguage(requested) ? requested : site.defaultLanguage;
  const location = SLUG_PATTERN.test(slug) ? localePath(lang, `/news/${slug}`) : localePath(lang, '/');
  return new Response(null, {
    status: 303,
    headers: { 'Cache-Control': 'private, no-store', 'Set-Cookie': `${PREVIEW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`, Location: location },
  });
}
