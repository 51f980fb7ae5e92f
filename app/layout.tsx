import type { Metadata, Viewport } from 'next';
import type { CSSProperties, ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { alternates } from '@/lib/page-metadata';
import { site } from '@/lib/site';
import { bodyFontFamily, notoCyrillic, notoCyrillicExt, notoLatin } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `News — ${site.name}`, template: `%s — ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: alternates(),
  openGraph: { siteName: site.name, locale: 'en_US', type: 'website' },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#9b1b30',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html
      lang={site.locale}
      className={[notoLatin.className, notoCyrillic.className, notoCyrillicExt.className].join(' ')}
      style={{ '--font-body': bodyFontFamily } as CSSProperties}
    >
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
