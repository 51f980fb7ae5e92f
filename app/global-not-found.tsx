import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { SiteFrame } from '@/components/layout/site-frame';
import { ThemeScript } from '@/components/layout/theme-script';
import { fill, messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import { documentFonts } from './fonts';
import { metadata as rootMetadata } from './layout';
import './globals.css';

// The 404 page of the few addresses outside every language (`/api/…`, `/admin/…`, a photo no build
// has): the router sends every other unknown address to app/[lang]/missing, in its language. Its
// own document, outside the root layout, prerendered once.
export { viewport } from './layout';

const text = messages(site.defaultLanguage);

export const metadata: Metadata = {
  ...rootMetadata,
  title: fill(text.site.titleTemplate, { title: text.notFound.title, site: text.site.name }),
  robots: { index: false, follow: true },
};

export default function GlobalNotFound() {
  const lang = site.defaultLanguage;
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
