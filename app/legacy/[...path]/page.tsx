// Old Grav URLs (and posts' routes.aliases) that matched no page arrive here through a fallback
// rewrite in next.config.ts: a permanent redirect (308) to the new URL, or the 404 page.
import { notFound, permanentRedirect } from 'next/navigation';
import { getLivePosts } from '@/lib/content/queries';
import { legacyTarget } from '@/lib/legacy-routes';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default async function LegacyPage({ params }: PageProps<'/legacy/[...path]'>) {
  const { path } = await params;
  // Segments may arrive percent-encoded ("page%3A2"); legacyTarget decodes values itself.
  const pathname = `/${path.map((segment) => segment.replace(/%3A/gi, ':')).join('/')}`;
  const target = legacyTarget(pathname, site.legacyBlogRoute, await getLivePosts());
  if (!target) notFound();
  permanentRedirect(target);
}
