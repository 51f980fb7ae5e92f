import Link from '@/components/layout/link';

// The boundary of a notFound() under [lang], which no address reaches: every 404 is a page that
// renders the 404 page itself (components/layout/missing-page.tsx), and the router only lets the site's
// languages into [lang]. Next sends this boundary in the data of every page under [lang], for
// client-side navigation the site does not use, so it holds no words of any one language: a page
// in Russian must not carry "Page not found" in English.
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>404</h1>
      <p>
        <Link href="/">↩</Link>
      </p>
    </main>
  );
}
