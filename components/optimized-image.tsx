import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';

export interface OptimizedImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** The `sizes` attribute: how wide the image is shown, so the browser picks the right file. */
  sizes: string;
  /** The page's largest paint: fetched at once and first, and announced in <head>. */
  preload?: boolean;
  title?: string;
  className?: string;
  /** Served as is (previews: the optimizer cannot fetch a post that is not live). */
  unoptimized?: boolean;
}

/**
 * An image through Next's optimizer (AVIF/WebP in the sizes of next.config), rendered on the
 * server as a plain <img>: the same srcset as next/image's component without shipping it to the
 * browser and hydrating it on every page.
 */
export function OptimizedImage({ src, alt, width, height, sizes, preload = false, title, className, unoptimized = false }: OptimizedImageProps) {
  const { props } = getImageProps({ src, alt, width, height, sizes, unoptimized, loading: preload ? 'eager' : 'lazy', fetchPriority: preload ? 'high' : undefined });
  if (preload) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // The optimizer's srcset is in `props`: this is next/image's output, rendered without its client component.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} alt={alt} title={title} className={className} />;
}
