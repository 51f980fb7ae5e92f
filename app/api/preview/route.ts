// Opens a staff preview session (lib/preview.ts) and goes to the post's preview page.
// POST (the form on every preview page): `secret`, `slug`, `lang`; the secret never travels in an address.
// GET `?token=…&slug=…&lang=…`: a share link, which opens that one post for a day.
// A wrong secret or token is 401, with previews off (no PREVIEW_SECRET) 404; the answer is never stored.
import { getPostForPreview } from '@/lib/content/queries';
import { now } from '@/lib/content/clock';
import { isLanguage, localePath, type Language } from '@/lib/i18n/languages';
import { checkPreviewSecret, createSession, PREVIEW_COOKIE, SESSION_HOURS, shareTokenScope, type PreviewScope } from '@/lib/preview';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

function answer(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...NO_STORE, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The session cookie for `scope` and a redirect to the preview of `slug` in `lang`. */
function openPreview(scope: PreviewScope, lang: Language, slug: string): Response {
  // Secure where the site is served over HTTPS (its canonical origin says so).
  const secure = site.url.startsWith('https://');
  const cookie = [`${PREVIEW_COOKIE}=${createSession(scope, now(), process.env.PREVIEW_SECRET!)}`, 'Path=/', `Max-Age=${SESSION_HOURS * 3600}`, 'HttpOnly', 'SameSite=Lax', secure ? 'Secure' : ''].filter(Boolean).join('; ');
  return new Response(null, { status: 303, headers: { ...NO_STORE, 'Set-Cookie': cookie, Location: localePath(lang, `/preview/${slug}`) } });
}

async function target(lang: string | null, slug: string | null): Promise<{ lang: Language; slug: string } | Response> {
  const language = lang || site.defaultLanguage;
  if (!isLanguage(language)) return answer(404, `The site has no language '${language}'`);
  if (!slug || !(await getPostForPreview(language, slug))) return answer(404, 'No post has this slug in this language');
  return { lang: language, slug };
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const check = checkPreviewSecret(form?.get('secret')?.toString() ?? null);
  if (check === 'off') return answer(404, 'Previews are off (PREVIEW_SECRET is not set)');
  if (check === 'invalid') return answer(401, 'Unauthorized');
  const post = await target(form?.get('lang')?.toString() ?? null, form?.get('slug')?.toString() ?? null);
  return post instanceof Response ? post : openPreview('*', post.lang, post.slug);
}

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (!process.env.PREVIEW_SECRET) return answer(404, 'Previews are off (PREVIEW_SECRET is not set)');
  // The secret in an address would be written to every access log on the way: only the form takes it.
  if (params.has('secret')) return answer(400, 'The preview secret is not accepted in an address: open the post\'s preview page (/preview/<slug>) and type it there');
  const post = await target(params.get('lang'), params.get('slug'));
  if (post instanceof Response) return post;
  const scope = shareTokenScope(params.get('token'), now());
  if (scope !== `${post.lang}/${post.slug}`) return answer(401, 'Unauthorized: the link is wrong or has expired');
  return openPreview(scope, post.lang, post.slug);
}
