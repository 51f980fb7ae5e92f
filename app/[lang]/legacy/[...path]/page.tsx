// Old Grav URLs (and posts' routes.aliases) that matched no page arrive here through a fallback
// rewrite in next.config.ts, with their language prefix (`/ru/blog/x` → `/ru/legacy/blog/x`): a
// permanent redirect (308) to the new URL in that language, or that language's 404 page.
import { notFound, permanentRedirect } from 'next/navigation';
import { getLivePostsWrittenIn } from '@/lib/content/queries';
import { localePath } from '@/lib/i18n/languages';
import { legacyTarget } from '@/lib/legacy-routes';
import { languageParam } from '@/lib/route-params';
import { site } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default async function LegacyPage({ params }: PageProps<'/[lang]/legacy/[...path]'>) {
  const { lang: rawLang, path } = await params;
  const lang = languageParam(rawLang);
  // Segments may arrive percent-encoded ("page%3A2"); legacyTarget decodes values itself.
  const pathname = `/${path.map((segment) => segment.replace(/%3A/gi, ':')).join('/')}`;
  const target = legacyTarget(pathname, site.legacyBlogRoute, await getLivePostsWrittenIn(lang));
  if (!target) notFound();
  permanentRedirect(localePath(lang, target));
}
