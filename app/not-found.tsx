import Link from '@/components/link';
import { PageLayout } from '@/components/page-layout';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <PageLayout>
      <h1>Page not found</h1>
      <p>
        This page does not exist, or the news item is not published yet. Check the address, or go to the
        latest news.
      </p>
      <ul>
        <li>
          <Link href="/">Latest news</Link>
        </li>
        <li>
          <Link href="/news">All news</Link>
        </li>
      </ul>
    </PageLayout>
  );
}
