'use client';

// Shown when a page fails to render. It says what happened and what to do, without details that
// help nobody but an attacker (the server log has the file and line).
import Link from '@/components/link';
import { PageLayout } from '@/components/page-layout';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageLayout>
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment; if it keeps happening, the latest news is still on the front page.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or <Link href="/">go to the latest news</Link>.
      </p>
    </PageLayout>
  );
}
