import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFrame } from '@/components/layout/site-frame';
import { OG_LOCALES } from '@/lib/i18n/languages';
import { fill, messages } from '@/lib/i18n/messages';
import { alternates } from '@/lib/page-metadata';
import { languageParam } from '@/lib/route-params';
import { site } from '@/lib/site';

// Every page in every language. The default language's URLs have no prefix: next.config.ts
// rewrites `/news/x` to `/en/news/x` here (and redirects `/en/news/x` to `/news/x`). Pages render
// their own header (its language switch links to that page) and <main>: components/page-layout.
// No `dynamicParams = false` here: Next applies it to every route below, which would turn each
// page a build did not prerender into a 404 (the pages render the rest on demand). A language that
// is not the site's never gets here (next.config.ts rewrites it under the default language), and
// languageParam() answers 404 if it did.

export function generateStaticParams() {
  return site.languages.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<'/[lang]'>): Promise<Metadata> {
  const lang = languageParam((await params).lang);
  const text = messages(lang);
  return {
    title: {
      default: fill(text.site.titleTemplate, { title: text.site.newsTitle, site: text.site.name }),
      template: fill(text.site.titleTemplate, { title: '%s', site: text.site.name }),
    },
    description: text.site.description,
    applicationName: text.site.name,
    alternates: alternates(lang),
    openGraph: {
      siteName: text.site.name,
      locale: OG_LOCALES[lang],
      alternateLocale: site.languages.filter((other) => other !== lang).map((other) => OG_LOCALES[other]),
      type: 'website',
    },
  };
}

export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = languageParam((await params).lang);
  return <SiteFrame lang={lang}>{children}</SiteFrame>;
}
