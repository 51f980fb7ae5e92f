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
}

/** next/image's attributes for an image (the srcset of the optimizer's sizes), without its component. */
export function optimizedImageProps({ src, alt, width, height, sizes, preload = false }: Omit<OptimizedImageProps, 'title' | 'className'>) {
  // A draft's placeholder (a data: URL, lib/content/media.ts) is sent as it is: next/image skips the optimizer for it.
  return getImageProps({ src, alt, width, height, sizes, loading: preload ? 'eager' : 'lazy', fetchPriority: preload ? 'high' : undefined }).props;
}

/** Announces an image in <head>, fetched at once and first; call it while rendering the page. */
export function preloadImage({ src, srcSet, sizes }: { src: string; srcSet?: string; sizes?: string }): void {
  preloadResource(src, { as: 'image', imageSrcSet: srcSet, imageSizes: sizes, fetchPriority: 'high' });
}

/**
 * An image through Next's optimizer (AVIF/WebP in the sizes of next.config), rendered on the
 * server as a plain <img>: the same srcset as next/image's component without shipping it to the
 * browser and hydrating it on every page.
 */
export function OptimizedImage({ title, className, ...image }: OptimizedImageProps) {
  const props = optimizedImageProps(image);
  if (image.preload) preloadImage(props);
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} alt={image.alt} title={title} className={className} />;
}
