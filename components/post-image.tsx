import { OptimizedImage } from './optimized-image';
import styles from './post-image.module.css';

/** Sizes for an image in the post column (max 42rem ≈ 672 px). */
export const POST_IMAGE_SIZES = '(min-width: 48rem) 672px, calc(100vw - 2rem)';

interface PostImageProps {
  src?: string;
  alt?: string;
  title?: string;
  width?: number | string;
  height?: number | string;
  loading?: 'eager' | 'lazy';
  className?: string;
  'data-crop'?: string;
  'data-unoptimized'?: string;
}

/** A Markdown image of a post: the pipeline has resolved it to the media route with its real size. */
export function PostImage({ src, alt = '', title, width, height, loading, className, ...rest }: PostImageProps) {
  if (!src || !width || !height) return null;
  const crop = /^(\d+)x(\d+)$/.exec(rest['data-crop'] ?? '');
  const classes = [styles.image, crop ? styles.cropped : null, className].filter(Boolean).join(' ');
  return (
    <OptimizedImage
      src={src}
      alt={alt}
      title={title}
      width={crop ? Number(crop[1]) : Number(width)}
      height={crop ? Number(crop[2]) : Number(height)}
      sizes={POST_IMAGE_SIZES}
      preload={loading === 'eager'}
      className={classes}
      unoptimized={rest['data-unoptimized'] === 'true'}
    />
  );
}
