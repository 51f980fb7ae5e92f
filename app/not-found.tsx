import Link from '@/components/layout/link';

// A notFound() above the language layout, which no address reaches (the router sends every
// address into a language, and unknown ones to app/[lang]/missing). Next sends this boundary in
// the data of every page, so it is as small as it can be and speaks no one language; without it
// Next would send its own 404, larger and in English.
export default function RootNotFound() {
  return (
    <main id="main">
      <h1>404</h1>
      <p>
        <Link href="/">↩</Link>
      </p>
    </main>
  );
}
