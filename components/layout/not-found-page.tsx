import Link from './link';
import { PageLayout } from './page-layout';
import { SearchForm } from '../search/search-form';
import { localePath, type Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';

/** The 404 page in `lang`: what happened and where to go next (the news, or a search). */
export function NotFoundPage({ lang }: { lang: Language }) {
  const text = messages(lang).notFound;
  return (
    <PageLayout lang={lang}>
      <h1>{text.title}</h1>
      <p>{text.text}</p>
      <ul>
        <li>
          <Link href={localePath(lang, '/')}>{text.latest}</Link>
        </li>
        <li>
          <Link href={localePath(lang, '/news')}>{text.all}</Link>
        </li>
      </ul>
      <SearchForm id="not-found-q" lang={lang} />
    </PageLayout>
  );
}
