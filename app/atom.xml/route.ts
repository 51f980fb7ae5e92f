import { getFeedPosts } from '@/lib/content/queries';
import { FEED_TYPES, renderFeed } from '@/lib/feeds';

export const revalidate = 30;

export async function GET() {
  return new Response(renderFeed(await getFeedPosts(), 'atom'), { headers: { 'Content-Type': FEED_TYPES.atom } });
}
