// The one module that knows next-mdx-remote (archived upstream): swapping it for @mdx-js/mdx's
// compile + run touches only this file. The remark plugins are the pipeline's own (lib/content/markdown),
// so what the content check accepts is exactly what renders.
import type { ReactElement } from 'react';
import { compileMDX } from 'next-mdx-remote/rsc';
import { profiled } from '@/lib/build-profile';
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

type Options = { part: 'body' | 'summary'; eagerFirstImage: boolean; preview: boolean };

/**
 * Compiled bodies and summaries, per version of a post (a changed file is a new Post object) and
 * per way of rendering it: a summary appears on many list pages, and a build or a server compiles
 * it once, not once per page.
 */
const compiled = new WeakMap<Post, Map<string, Promise<ReactElement>>>();

function compile(post: Post, { part, eagerFirstImage, preview }: Options): Promise<ReactElement> {
  const { source, context } = renderInput(post, part, { eagerFirstImage, unoptimizedImages: preview });
  return profiled(`MDX compile (${part})`, async () => {
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
  });
}

/**
 * A post's body or summary. `eagerFirstImage`: its first image is the page's first visible image.
 * `preview`: images bypass the optimizer, which cannot fetch a post that is not live.
 */
export async function Markdown({ post, part, eagerFirstImage, preview = false }: { post: Post; part: 'body' | 'summary'; eagerFirstImage: boolean; preview?: boolean }) {
  const options = { part, eagerFirstImage, preview };
  const key = JSON.stringify(options);
  let versions = compiled.get(post);
  if (!versions) compiled.set(post, (versions = new Map()));
  let content = versions.get(key);
  if (!content) {
    content = compile(post, options);
    versions.set(key, content);
    // A failure is not kept: the next render tries again and reports it again.
    content.catch(() => versions.delete(key));
  }
  return content;
}
