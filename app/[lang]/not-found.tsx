import Link from '@/components/link';
import { PickLanguage } from '@/components/pick-language';
import { localePath } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';

// Shown only when a page calls notFound() although proxy.ts let its address through: a post that
// stopped being live between the two. Every other 404 is app/global-not-found.tsx, the full page
// (header, search form) rendered on the server. Next sends this boundary in the data of every page
// under [lang], for client-side navigation the site does not use, so it is kept small: a heading,
// a sentence and two links per language, inside the language's layout (skip link, notices, footer).
export default function NotFound() {
  const pages = Object.fromEntries(
    site.languages.map((lang) => {
      const text = messages(lang).notFound;
      return [
        lang,
        <main key={lang} id="main" tabIndex={-1} lang={lang}>
          <h1>{text.title}</h1>
          <p>{text.text}</p>
          <p>
            <Link href={localePath(lang, '/')}>{text.latest}</Link>
          </p>
        </main>,
      ];
    }),
  );
  return <PickLanguage fallback={site.defaultLanguage} pages={pages} />;
}
