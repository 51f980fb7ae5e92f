import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/languages';
import { NoticeBanner } from './notice-banner';
import { SiteFooter } from './site-footer';
import { SkipLink } from './skip-link';
import { StaticHtml } from '../rendering/static-html';

/**
 * What surrounds every page of a language, the 404 document included: the skip link and the live
 * notices before it, the footer after it, all static HTML (components/rendering/static-html.tsx).
 */
export function SiteFrame({ lang, children }: { lang: Language; children: ReactNode }) {
  return (
    <>
      <StaticHtml>
        <SkipLink lang={lang} />
        <NoticeBanner lang={lang} />
      </StaticHtml>
      {children}
      <StaticHtml>
        <SiteFooter lang={lang} />
      </StaticHtml>
    </>
  );
}
