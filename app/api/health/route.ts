// Health check for the Docker HEALTHCHECK, nginx and uptime monitors: 200 with the build id when
// this server can read its content, 503 when it cannot (the reason in the server log). Nothing about
// the content itself: how many posts there are would tell anyone that unpublished ones exist.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getAllPosts } from '@/lib/content/loader';
import { postsDir } from '@/lib/content/paths';

export const dynamic = 'force-dynamic';

let buildId: string | undefined;

async function readBuildId(): Promise<string> {
  buildId ??= await readFile(path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.SITE_DIST_DIR || '.next', 'BUILD_ID'), 'utf8')
    .then((text) => text.trim())
    .catch(() => 'unknown');
  return buildId;
}

export async function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  try {
    await access(postsDir());
    await getAllPosts();
    return Response.json({ status: 'ok', buildId: await readBuildId() }, { headers });
  } catch (error) {
    // The details (paths, the content error) go to the server log, not to whoever asks.
    console.error('[health] content cannot be read:', error instanceof Error ? error.message : error);
    return Response.json({ status: 'unavailable', buildId: await readBuildId(), reason: 'content cannot be read' }, { status: 503, headers });
  }
}
