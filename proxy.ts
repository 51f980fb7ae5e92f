// Before a page renders: an address that leads nowhere now (an unknown or not-yet-live post, a term
// or month without posts, a list page past the end, an unknown address) is answered by the
// server-rendered 404 page in the address's language (app/global-not-found.tsx), which reads the language
// from the header set here. Pages reached anyway still call notFound() themselves. Photos of no
// post folder get a plain 404. So only addresses of real pages, cards and photos reach the routes,
// which render what a build did not prerender on first request and cache it (app/[lang]/static-params).
import { NextResponse, type NextRequest } from 'next/server';
import { mediaExists, NOT_FOUND_LANGUAGE_HEADER, pageExists, splitLanguage } from '@/lib/page-exists';

export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Draft Mode (staff previews) may show posts that are not live: the page decides.
  if (request.cookies.has('__prerender_bypass')) return NextResponse.next();
  // Photos: made on first request and cached, so only files that exist may reach the route.
  if (request.nextUrl.pathname.startsWith('/media/')) {
    if (await mediaExists(request.nextUrl.pathname)) return NextResponse.next();
    return new NextResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  const { lang, path } = splitLanguage(request.nextUrl.pathname);
  if (await pageExists(lang, path)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(NOT_FOUND_LANGUAGE_HEADER, lang);
  // nextUrl keeps the server's own origin: a rewrite to another origin would be proxied out.
  const notFound = request.nextUrl.clone();
  notFound.pathname = '/_not-found';
  notFound.search = '';
  return NextResponse.rewrite(notFound, { request: { headers } });
}

export const config = {
  // Pages and photos: not Next's files, the API, the web editor, or the site-wide files beside the pages.
  matcher: ['/((?!_next/|api/|admin(?:/|$)|robots\\.txt$|sitemap\\.xml$|icon\\.svg$|favicon\\.ico$).*)'],
};
