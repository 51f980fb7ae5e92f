import { getFeedPosts } from '@/lib/content/queries';
import { FEED_TYPES, renderFeed } from '@/lib/feeds';
import { languageParam } from '@/lib/route-params';
import { site } from '@/lib/site';

export const revalidate = 30;
export const dynamicParams = false;

export function generateStaticParams() {
  return site.languages.map((lang) => ({ lang }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[lang]/feed.json'>) {
  const lang = languageParam((await params).lang);
  return new Response(renderFeed(await getFeedPosts(lang), 'json', lang), { headers: { 'Content-Type': FEED_TYPES.json } });
}
