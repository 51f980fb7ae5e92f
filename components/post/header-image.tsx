import type { HeaderImage as HeaderImageData } from '@/lib/content/posts';
import { OptimizedImage } from './optimized-image';
import styles from './header-image.module.css';

/** Open Matter's header image: wide, with "Image: credit" under it. On a post it is the LCP: preloaded. */
export function HeaderImage({
  image,
  creditLabel,
  preload = false,
  sizes,
}: {
  image: HeaderImageData;
  /** "Image:" in the page's language. */
  creditLabel: string;
  preload?: boolean;
  sizes: string;
}) {
  return (
    <figure className={styles.figure}>
      <OptimizedImage src={image.src} alt={image.alt} width={image.width} height={image.height} sizes={sizes} preload={preload} className={styles.image} />
      {image.credit ? (
        <figcaption className={styles.credit}>
          {creditLabel}{' '}
          {image.creditLink ? <a href={image.creditLink}>{image.credit}</a> : image.credit}
        </figcaption>
      ) : null}
    </figure>
  );
}
