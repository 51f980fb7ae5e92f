import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HtmlLang } from '@/components/layout/html-lang.client';
import { ThemeScript } from '@/components/layout/theme-script';
import { site } from '@/lib/site';
import { documentFonts } from './fonts';
import './globals.css';

// The root layout: the document and its fonts. Everything in a language (titles, header, footer)
// comes from app/[lang]/layout.tsx and the pages.
export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#9b1b30',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <HtmlLang
      languages={site.languages}
      fallback={site.defaultLanguage}
      className={documentFonts.className}
      style={documentFonts.style}
    >
      <body>
        <ThemeScript />
        {children}
      </body>
    </HtmlLang>
  );
}
