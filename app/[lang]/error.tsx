'use client';

// Shown when a page fails to render. It says what happened and what to do, without details that
// help nobody but an attacker (the server log has the file and line). It is in every page's script,
// so it carries only its own few sentences in each language, not the catalogues.
import { useParams } from 'next/navigation';
import Link from '@/components/layout/link';
import { errorPageText } from '@/lib/i18n/error-text';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>();
  const { text, home } = errorPageText(lang);
  return (
    <main id="main" tabIndex={-1} className="error-page">
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <p>
        <button type="button" onClick={reset}>
          {text.retry}
        </button>{' '}
        {text.or} <Link href={home}>{text.home}</Link>.
      </p>
    </main>
  );
}
