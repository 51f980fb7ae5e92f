// A post's images, served only while a language version of the post is live (Grav served them
// always; we do not), or to staff in Draft Mode. The versions of a post share its folder's images.
import { draftMode } from 'next/headers';
import { imageContentType } from '@/lib/content/images';
import { mediaFilePath } from '@/lib/content/loader';
import { withoutMetadata } from '@/lib/content/photo-privacy';
import { getAllMediaFiles, getAnyVersion, getLiveVersions } from '@/lib/content/queries';

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
  const post = (await draftMode()).isEnabled ? await getAnyVersion(slug) : (await getLiveVersions(slug))[0];
  const name = decodeURIComponent(file);
  const filePath = post ? mediaFilePath(post, name) : null;
  if (!filePath) return notFound();
  // Never the original bytes: camera GPS positions and other EXIF/XMP data stay on the server.
  return new Response(new Uint8Array(await withoutMetadata(filePath)), {
    headers: {
      'Content-Type': imageContentType(name),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
