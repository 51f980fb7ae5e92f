// The one module that knows next-mdx-remote (archived upstream): swapping it for @mdx-js/mdx's
// compile + run touches only this file. The remark plugins are the pipeline's own (lib/content/markdown),
// so what the content check accepts is exactly what renders.
//
// next-mdx-remote compiles the post; its output then runs with a JSX runtime that builds an HTML
// tree (hast), not React elements, and the page receives the post as HTML strings. React neither
// sends the body again as elements in the page's data nor hydrates its paragraphs and links, which
// no reader interacts with. Only a gallery is a React component (a client island) between them.
import { serialize } from 'next-mdx-remote/serialize';
import { profiled } from '@/lib/build-profile';
import { ContentError } from '@/lib/content/errors';
import { bodyPlugins } from '@/lib/content/markdown';
import { renderInput, type Post } from '@/lib/content/posts';
import { messages } from '@/lib/i18n/messages';
import { Gallery } from '../gallery/gallery.client';
// The carousel is a separate chunk, but its styles are in the page's stylesheet: as the chunk's own
// stylesheet they would be a render-blocking request on every page with a gallery.
import '../gallery/gallery.module.css';
import type { GalleryProps } from '../gallery/gallery-carousel.client';
import { hastRuntime, toHtml, type HastNode } from './markdown-html';
import { optimizedImageProps, preloadImage } from './optimized-image';
import styles from './markdown.module.css';
import imageStyles from './post-image.module.css';

/**
 * Sizes for an image in the post column (max 42rem ≈ 672 px). The space in `calc( 100vw` is for
 * next/image: it reads `<space>100vw` as "at least this share of the screen" and leaves the
 * thumbnail widths (96–320 px) out of the srcset, four candidates fewer per image in the HTML.
 */
export const POST_IMAGE_SIZES = '(min-width: 48rem) 672px, calc( 100vw - 2rem)';

type Options = { part: 'body' | 'summary'; eagerFirstImage: boolean };
type GalleryData = Omit<GalleryProps, 'labels'>;
type Preload = Parameters<typeof preloadImage>[0];

/** A compiled body or summary: HTML between galleries, and the image to announce in <head>. */
interface Rendered {
  segments: Array<{ html: string } | { gallery: GalleryData }>;
  preloads: Preload[];
}

/** A Markdown image of a post, which the pipeline resolved to its prepared file under /media/ with its real size. */
function postImage(props: Record<string, unknown>, preloads: Preload[]): HastNode | null {
  const { src, alt = '', title, width, height, loading, className } = props as Record<string, string | undefined>;
  if (!src || !width || !height) return null;
  const crop = /^(\d+)x(\d+)$/.exec(String(props['data-crop'] ?? ''));
  const eager = loading === 'eager';
  const image = optimizedImageProps({
    src,
    alt,
    width: crop ? Number(crop[1]) : Number(width),
    height: crop ? Number(crop[2]) : Number(height),
    sizes: POST_IMAGE_SIZES,
    preload: eager,
  });
  if (eager) preloads.push(image);
  const classes = [imageStyles.image, crop ? imageStyles.cropped : null, className].filter(Boolean).join(' ');
  const { srcSet, sizes, decoding, style, fetchPriority } = image;
  return hastRuntime.jsx('img', {
    src: image.src, srcSet, sizes, width: image.width, height: image.height, loading: image.loading, decoding, fetchPriority, style, alt, title, className: classes,
  });
}

/** Splits the post's tree at its galleries (the pipeline puts them at the top level only). */
function segmentsOf(nodes: HastNode[]): Rendered['segments'] {
  const segments: Rendered['segments'] = [];
  let run: HastNode[] = [];
  const flush = () => {
    if (run.length) segments.push({ html: toHtml(run) });
    run = [];
  };
  for (const node of nodes) {
    const gallery = node.type === 'element' ? (node.data as { gallery?: GalleryData } | undefined)?.gallery : undefined;
    if (gallery) {
      flush();
      segments.push({ gallery });
    } else run.push(node);
  }
  flush();
  return segments;
}

async function compile(post: Post, { part, eagerFirstImage }: Options): Promise<Rendered> {
  const { source, context } = renderInput(post, part, { eagerFirstImage });
  return profiled(`MDX compile (${part})`, async () => {
    const { compiledSource } = await serialize(source, { mdxOptions: { format: post.format, remarkPlugins: bodyPlugins(context, source) } }, true);
    // The loader has already refused posts with errors; this guards against a half-broken page.
    if (context.problems.hasErrors) throw new ContentError(context.problems.items);
    // The compiled module is a function body that takes its JSX runtime (as next-mdx-remote's own
    // compileMDX runs it, with React's).
    const { default: Content } = new Function(compiledSource)(hastRuntime) as { default: (props: { components: object }) => HastNode };
    const preloads: Preload[] = [];
    const tree = Content({
      components: {
        // A placeholder where the page puts the carousel.
        Gallery: ({ options, images, label }: GalleryData): HastNode => ({ type: 'element', tagName: 'div', properties: {}, children: [], data: { gallery: { options, images, label } } as object }),
        img: (props: Record<string, unknown>) => postImage(props, preloads),
      },
    });
    return { segments: segmentsOf(tree.type === 'root' ? (tree.children as HastNode[]) : [tree]), preloads };
  });
}

/**
 * Compiled bodies and summaries, per version of a post (a changed file is a new Post object) and
 * per way of rendering it: a summary appears on many list pages, and a build or a server compiles
 * it once, not once per page.
 */
const compiled = new WeakMap<Post, Map<string, Promise<Rendered>>>();

function rendered(post: Post, options: Options): Promise<Rendered> {
  const key = JSON.stringify(options);
  let versions = compiled.get(post);
  if (!versions) compiled.set(post, (versions = new Map()));
  let result = versions.get(key);
  if (!result) {
    result = compile(post, options);
    versions.set(key, result);
    // A failure is not kept: the next render tries again and reports it again.
    result.catch(() => versions.delete(key));
  }
  return result;
}

/**
 * A post's body or summary, in an element with `className`. `eagerFirstImage`: its first image is
 * the page's first visible image.
 */
export async function Markdown({ post, part, eagerFirstImage, className }: { post: Post; part: 'body' | 'summary'; eagerFirstImage: boolean; className?: string }) {
  const { segments, preloads } = await rendered(post, { part, eagerFirstImage });
  // Announced in <head> on every render (the compiled result is shared by renders).
  for (const image of preloads) preloadImage(image);
  const only = segments.length === 1 ? segments[0] : null;
  if (only && 'html' in only) return <div className={className} dangerouslySetInnerHTML={{ __html: only.html }} />;
  return (
    <div className={className}>
      {segments.map((segment, index) =>
        'html' in segment ? (
          <div key={index} className={styles.segment} dangerouslySetInnerHTML={{ __html: segment.html }} />
        ) : (
          // The carousel's controls speak the post's language.
          <Gallery key={index} {...segment.gallery} labels={messages(post.lang).gallery} />
        ),
      )}
    </div>
  );
}
