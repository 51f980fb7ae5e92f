'use client';

// The document element with the page's language. The root layout is above app/[lang] (Next 16.4
// cannot render a page's notFound() under a root layout inside a dynamic segment), so it does not
// get `lang` as a param; the route's params do have it, during server rendering too.
import { useParams } from 'next/navigation';
import type { CSSProperties, ReactNode } from 'react';

export function HtmlLang({ languages, fallback, className, style, children }: { languages: readonly string[]; fallback: string; className: string; style: CSSProperties; children: ReactNode }) {
  const { lang } = useParams<{ lang?: string }>() ?? {};
  return (
    // data-theme is set by components/layout/theme-script.tsx before React runs.
    <html lang={lang && languages.includes(lang) ? lang : fallback} className={className} style={style} suppressHydrationWarning>
      {children}
    </html>
  );
}
