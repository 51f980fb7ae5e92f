// Shared by the three feed routes of each language (feed.xml, atom.xml, feed.json).
import { getFeedPosts } from '@/lib/content/queries';
import { FEED_TYPES, renderFeed, type FeedFormat } from '@/lib/feeds';
import { languageParam } from '@/lib/route-params';
import { site } from '@/lib/site';

export function feedStaticParams() {
  return site.languages.map((lang) => ({ lang }));
}

export async function feedResponse(format: FeedFormat, params: Promise<{ lang: string }>): Promise<Response> {
  const lang = languageParam((await params).lang);
  return new Response(renderFeed(await getFeedPosts(lang), format, lang), { headers: { 'Content-Type': FEED_TYPES[format] } });
}
