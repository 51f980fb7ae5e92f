// The one module that knows next-mdx-remote (archived upstream): swapping it for @mdx-js/mdx's
// compile + run touches only this file. The remark plugins are the pipeline's own (lib/content/markdown),
// so what the content check accepts is exactly what renders.
import { compileMDX } from 'next-mdx-remote/rsc';
import { ContentError, ProblemList } from '@/lib/content/errors';
import { bodyPlugins, type BodyFormat } from '@/lib/content/markdown';
import type { ImageFile } from '@/lib/content/images';
import { Gallery } from './gallery';
import { PostImage } from './post-image';

export interface MarkdownProps {
  source: string;
  format: BodyFormat;
  slug: string;
  /** The post's file, for error messages. */
  file: string;
  /** Line of the file on which `source` starts. */
  firstLine: number;
  images: readonly ImageFile[];
  /** The first image is the page's first visible image: load it eagerly. */
  eagerFirstImage: boolean;
}

export async function Markdown({ source, format, slug, file, firstLine, images, eagerFirstImage }: MarkdownProps) {
  const problems = new ProblemList(file);
  const ctx = {
    format,
    slug,
    images: new Map(images.map((image) => [image.name, image])),
    lineOffset: firstLine - 1,
    problems,
    eagerFirstImage,
  };
  const { content } = await compileMDX({
    source,
    components: { Gallery, img: PostImage },
    options: { mdxOptions: { format, remarkPlugins: bodyPlugins(ctx, source) } },
  });
  // The loader has already refused posts with errors; this guards against a half-broken page.
  if (problems.hasErrors) throw new ContentError(problems.items);
  return content;
}
