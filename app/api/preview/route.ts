// /api/preview?secret=…&slug=…[&lang=ru]: turns on Draft Mode and opens the post, live or not, in
// the given language (the default language when none is given).
import { draftMode } from 'next/headers';
import { postExists } from '@/lib/content/queries';
import { postPath } from '@/lib/content/posts';
import { isLanguage } from '@/lib/i18n/languages';
import { site } from '@/lib/site';
import { checkPreviewSecret } from '@/lib/preview';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const check = checkPreviewSecret(params.get('secret'));
  if (check === 'off') return new Response('Not found', { status: 404, headers: NO_STORE });
  if (check === 'invalid') return new Response('Unauthorized', { status: 401, headers: NO_STORE });
  const slug = params.get('slug') ?? '';
  const lang = params.get('lang') ?? site.defaultLanguage;
  if (!isLanguage(lang)) return new Response(`The site has no language '${lang}'`, { status: 404, headers: NO_STORE });
  if (!(await postExists(lang, slug))) return new Response('No post has this slug in this language', { status: 404, headers: NO_STORE });
  (await draftMode()).enable();
  return new Response(null, { status: 307, headers: { ...NO_STORE, Location: postPath({ lang, slug }) } });
}
