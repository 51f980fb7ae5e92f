import { headers } from 'next/headers';
import { NotFoundPage } from '@/components/not-found-page';
import { SiteFrame } from '@/components/site-frame';
import { ThemeScript } from '@/components/theme-script';
import { isLanguage } from '@/lib/i18n/languages';
import { NOT_FOUND_LANGUAGE_HEADER } from '@/lib/page-exists';
import { site } from '@/lib/site';
import { documentFonts } from './fonts';
import './globals.css';

// The 404 page of every address that leads nowhere now: proxy.ts sends them here with their
// language in a header. Next renders this on the server (a page's own notFound() is drawn only in
// the browser, vercel/next.js#62228), per request and never cached: the same address may be a
// post a minute later. It is its own document, outside the root layout, so reading the request
// here leaves every other page static.
// The root layout's head (icon, origin, theme colour): this document does not pass through it.
export { metadata, viewport } from './layout';

export default async function GlobalNotFound() {
  const header = (await headers()).get(NOT_FOUND_LANGUAGE_HEADER);
  const lang = isLanguage(header) ? header : site.defaultLanguage;
  return (
    <html lang={lang} className={documentFonts.className} style={documentFonts.style} suppressHydrationWarning>
      <body>
        <ThemeScript />
        <SiteFrame lang={lang}>
          <NotFoundPage lang={lang} />
        </SiteFrame>
      </body>
    </html>
  );
}
