import { NotFoundPage } from '@/components/not-found-page';
import { PickLanguage } from '@/components/pick-language';
import { site } from '@/lib/site';

// Not-found pages get no params. Each language's page is rendered here and the one of the route's
// language is shown (the others travel only in the 404's data, never in its HTML).
export default function NotFound() {
  return <PickLanguage fallback={site.defaultLanguage} pages={Object.fromEntries(site.languages.map((lang) => [lang, <NotFoundPage key={lang} lang={lang} />]))} />;
}
