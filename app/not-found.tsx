import Link from '@/components/link';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';

// A notFound() above the language layout, which no address reaches (next.config.ts rewrites every
// address into a language and proxy.ts answers unknown ones with app/global-not-found.tsx). Next
// sends this boundary in the data of every page, so it is a few words, not a whole page; without
// it Next would send its own 404, larger and in English only.
export default function RootNotFound() {
  const text = messages(site.defaultLanguage).notFound;
  return (
    <main id="main">
      <h1>{text.title}</h1>
      <p>
        <Link href="/">{text.latest}</Link>
      </p>
    </main>
  );
}
