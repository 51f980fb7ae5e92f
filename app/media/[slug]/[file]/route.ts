// A post's images, served only while the post is live (Grav served them always; we do not).
import { readFile } from 'node:fs/promises';
import { imageContentType } from '@/lib/content/images';
import { mediaFilePath } from '@/lib/content/loader';
import { getAllMediaFiles, getLivePost } from '@/lib/content/queries';

export const revalidate = 30;
export const dynamicParams = false;

export async function generateStaticParams() {
  return getAllMediaFiles();
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(_request: Request, { params }: RouteContext<'/media/[slug]/[file]'>) {
  const { slug, file } = await params;
  const post = await getLivePost(slug);
  const name = decodeURIComponent(file);
  const filePath = post ? mediaFilePath(post, name) : null;
  if (!filePath) return notFound();
  return new Response(new Uint8Array(await readFile(filePath)), {
    headers: {
      'Content-Type': imageContentType(name),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
