import { Suspense } from 'react';
import type { Language } from '@/lib/i18n/languages';
import { NotFoundPage } from './not-found-page';
import { Status404 } from './status-404.client';

/**
 * What a page sends when what its address names does not exist now (a post not live yet, a term
 * without posts, a page past the end; the router sends addresses outside the content to
 * app/[lang]/missing): the 404 page in its language, rendered on the server, status 404.
 */
export function MissingPage({ lang }: { lang: Language }) {
  return (
    <>
      <NotFoundPage lang={lang} />
      <Suspense fallback={null}>
        <Status404 />
      </Suspense>
    </>
  );
}
