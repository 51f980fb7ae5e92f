// The one module that knows next-mdx-remote (archived upstream): swapping it for @mdx-js/mdx's
// compile + run touches only this file. The remark plugins are the pipeline's own (lib/content/markdown),
// so what the content check accepts is exactly what renders.
import { compileMDX } from 'next-mdx-remote/rsc';
import { ContentError } from '@/lib/content/errors';
import { bodyPlugins } from '@/lib/content/markdown';
import { renderInput, type Post } from '@/lib/content/posts';
import { messages } from '@/lib/i18n/messages';
import { Gallery } from './gallery';
// The carousel is a separate chunk, but its styles are in the page's inlined CSS: as the chunk's own
// stylesheet they would be a render-blocking request on every page with a gallery.
import './gallery.module.css';
import type { GalleryProps } from './gallery-carousel';
import { PostImage } from './post-image';

/**
 * A post's body or summary. `eagerFirstImage`: its first image is the page's first visible image.
 * `preview`: images bypass the optimizer, which cannot fetch a post that is not live.
 */
export async function Markdown({ post, part, eagerFirstImage, preview = false }: { post: Post; part: 'body' | 'summary'; eagerFirstImage: boolean; preview?: boolean }) {
  const { source, context } = renderInput(post, part, { eagerFirstImage, unoptimizedImages: preview });
  const { content } = await compileMDX({
    source,
    components: {
      // The carousel's controls speak the post's language.
      Gallery: (props: Omit<GalleryProps, 'labels'>) => <Gallery {...props} labels={messages(post.lang).gallery} />,
      img: PostImage,
    },
    options: { mdxOptions: { format: post.format, remarkPlugins: bodyPlugins(context, source) } },
  });
  // The loader has already refused posts with errors; this guards against a half-broken page.
  if (context.problems.hasErrors) throw new ContentError(context.problems.items);
  return content;
}
