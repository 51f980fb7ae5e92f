// A post's images, served only while a language version of the post is live (Grav served them
// always; we do not), or to staff in Draft Mode. The versions of a post share its folder's images.
import { draftMode } from 'next/headers';
import { profiled } from '@/lib/build-profile';
import { imageContentType } from '@/lib/content/images';
import { mediaFilePath } from '@/lib/content/loader';
import { withoutMetadata } from '@/lib/content/photo-privacy';
import { getAnyVersion, getLiveVersions } from '@/lib/content/queries';
import { newestPhotoParams } from '../../../[lang]/static-params';

export const revalidate = 30;
// The newest posts' photos are prepared by the build; any other photo on its first request, then
// cached. proxy.ts answers 404 for a file no post folder has, so nothing else is cached.
export const dynamicParams = true;

export const generateStaticParams = newestPhotoParams;

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
  return new Response(new Uint8Array(await profiled('media: strip metadata (sharp)', () => withoutMetadata(filePath))), {
    headers: {
      'Content-Type': imageContentType(name),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
