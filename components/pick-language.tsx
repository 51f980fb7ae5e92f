'use client';

// Shows, of pages rendered on the server for each language, the one of the route's `lang` param.
import { useParams } from 'next/navigation';
import type { ReactNode } from 'react';

export function PickLanguage({ pages, fallback }: { pages: Record<string, ReactNode>; fallback: string }) {
  const { lang } = useParams<{ lang?: string }>() ?? {};
  return <>{(lang && pages[lang]) ?? pages[fallback]}</>;
}
