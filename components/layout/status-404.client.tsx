'use client';

// Makes the response a 404 while the page still sends its own content. Next 16.4 answers a page's
// notFound() with an empty shell drawn only in the browser (vercel/next.js#62228); thrown here, on
// the server, inside a <Suspense> boundary, it sets the status and React renders the rest of the
// page as usual. In the browser this renders nothing, so the page stays as it came.
// docs/upgrading-next.md lists this among the behaviours of Next an upgrade may change.
import { notFound } from 'next/navigation';

export function Status404(): null {
  if (typeof window === 'undefined') notFound();
  return null;
}
