import { NotFoundPage } from '@/components/not-found-page';
import { site } from '@/lib/site';

// An address no route answers at all (outside the pages, e.g. /api/…): the default language's 404.
export default function RootNotFound() {
  return <NotFoundPage lang={site.defaultLanguage} />;
}
