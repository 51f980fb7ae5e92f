'use client';

// A photo gallery from `[owl-carousel …]`, following the WAI-ARIA APG carousel pattern.
// Without JavaScript it is a horizontally scrollable strip showing every image; with it, Embla moves
// the slides and the controls appear. Autoplay is our own small timer (not Embla's plugin) so that a
// person's pause always wins over hover and focus, and it never runs under prefers-reduced-motion.

import useEmblaCarousel from 'embla-carousel-react';
import { getImageProps } from 'next/image';
import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { BodyImage } from '@/lib/content/markdown';
import type { GalleryOptions } from '@/lib/content/shortcodes/owl-carousel';
import type { Messages } from '@/lib/i18n/messages/en';
import { fill } from '@/lib/i18n/text';
import styles from './gallery.module.css';

export interface GalleryProps {
  /** JSON of GalleryOptions (MDX keeps only string attributes). */
  options: string;
  /** JSON of BodyImage[]. */
  images: string;
  /** The gallery's own name (its first image title), else `labels.label`. */
  label?: string;
  /** Interface text in the page's language. */
  labels: GalleryLabels;
}

export type GalleryLabels = Messages['gallery'];

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(false);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** Slides per view and gap at each breakpoint, as CSS scoped to this gallery. */
function responsiveCss(scope: string, options: GalleryOptions): string {
  const base = `[data-gallery="${scope}"]{--items:${options.items};--gap:${options.margin}px}`;
  return options.responsive
    .map((point) => {
      const rules = [
        point.items !== undefined ? `--items:${point.items}` : '',
        point.margin !== undefined ? `--gap:${point.margin}px` : '',
      ].filter(Boolean);
      return `@media (min-width:${point.minWidth}px){[data-gallery="${scope}"]{${rules.join(';')}}}`;
    })
    .reduce((css, rule) => css + rule, base);
}

export default function GalleryCarousel({ options: optionsJson, images: imagesJson, label, labels }: GalleryProps) {
  const options = useMemo(() => JSON.parse(optionsJson) as GalleryOptions, [optionsJson]);
  const images = useMemo(() => JSON.parse(imagesJson) as BodyImage[], [imagesJson]);
  const scope = useId();
  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const [viewportRef, embla] = useEmblaCarousel({
    loop: options.loop,
    align: options.center ? 'center' : 'start',
    slidesToScroll: options.slideBy === 'page' ? 'auto' : options.slideBy,
    startIndex: Math.min(options.startPosition, images.length - 1),
    direction: options.rtl ? 'rtl' : 'ltr',
    watchDrag: options.draggable,
    containScroll: options.loop ? false : 'trimSnaps',
    breakpoints: { [REDUCED_MOTION]: { duration: 0 } },
  });

  const [snaps, setSnaps] = useState<number[]>(() => images.map((_, i) => i));
  const [selected, setSelected] = useState(Math.min(options.startPosition, images.length - 1));
  const [canPrev, setCanPrev] = useState(true);
  const [canNext, setCanNext] = useState(true);
  const [userPaused, setUserPaused] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!embla) return;
    const sync = () => {
      setSnaps(embla.scrollSnapList());
      setSelected(embla.selectedScrollSnap());
      setCanPrev(embla.canScrollPrev());
      setCanNext(embla.canScrollNext());
    };
    sync();
    embla.on('select', sync).on('reInit', sync);
    return () => {
      embla.off('select', sync).off('reInit', sync);
    };
  }, [embla]);

  const autoplayOn = options.autoplay && !reducedMotion;
  const rotating = autoplayOn && !userPaused && !hovered && !focused;
  useEffect(() => {
    if (!embla || !rotating) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'hidden') return;
      if (embla.canScrollNext()) embla.scrollNext();
      else embla.scrollTo(0);
    }, options.autoplayTimeout);
    return () => window.clearInterval(timer);
  }, [embla, rotating, options.autoplayTimeout]);

  const previous = useCallback(() => embla?.scrollPrev(), [embla]);
  const next = useCallback(() => embla?.scrollNext(), [embla]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === forward) next();
    else if (event.key === backward) previous();
    else return;
    event.preventDefault();
  };

  // `( 100vw`: next/image then leaves the thumbnail widths out of the srcset (see POST_IMAGE_SIZES).
  const sizes = `(min-width: 48rem) ${Math.ceil(672 / options.items)}px, calc(( 100vw - 2rem) / ${options.items})`;

  return (
    <section
      className={[styles.gallery, options.className].filter(Boolean).join(' ')}
      aria-roledescription="carousel"
      aria-label={label ?? labels.label}
      data-gallery={scope}
      data-ready={embla ? '' : undefined}
      dir={options.rtl ? 'rtl' : undefined}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <style>{responsiveCss(scope, options)}</style>
      <div className={styles.controls}>
        {options.autoplay ? (
          <button
            type="button"
            className={styles.button}
            onClick={() => setUserPaused((paused) => !paused)}
            aria-label={userPaused || !autoplayOn ? labels.start : labels.stop}
            disabled={!autoplayOn}
          >
            <span aria-hidden="true">{userPaused || !autoplayOn ? '▶' : '❚❚'}</span>
          </button>
        ) : null}
        <button type="button" className={styles.button} onClick={previous} disabled={!canPrev} aria-label={labels.previous}>
          <span aria-hidden="true">{options.rtl ? '›' : '‹'}</span>
        </button>
        <button type="button" className={styles.button} onClick={next} disabled={!canNext} aria-label={labels.next}>
          <span aria-hidden="true">{options.rtl ? '‹' : '›'}</span>
        </button>
      </div>
      <div className={styles.viewport} ref={viewportRef}>
        <div className={styles.container} aria-live={rotating ? 'off' : 'polite'}>
          {images.map((image, index) => (
            <div
              key={image.src}
              className={styles.slide}
              role="group"
              aria-roledescription="slide"
              aria-label={fill(labels.slide, { index: index + 1, count: images.length })}
            >
              {/* next/image's attributes on a plain <img>, as components/post/optimized-image.tsx does:
                  the same srcset, without its component to load and hydrate. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                {...getImageProps({
                  src: image.src,
                  alt: image.alt,
                  width: image.width,
                  height: image.height,
                  sizes,
                  loading: image.eager || (index >= options.items && !options.lazyLoad) ? 'eager' : 'lazy',
                  fetchPriority: image.eager ? 'high' : undefined,
                }).props}
                alt={image.alt}
                title={image.title}
                className={styles.image}
              />
            </div>
          ))}
        </div>
      </div>
      {options.dots && snaps.length > 1 ? (
        <div className={styles.dots}>
          {snaps.map((_, index) => (
            <button
              key={index}
              type="button"
              className={styles.dot}
              aria-label={fill(labels.goTo, { index: index + 1 })}
              aria-current={index === selected ? 'true' : undefined}
              onClick={() => embla?.scrollTo(index)}
            />
          ))}
        </div>
      ) : null}
    </section>
  );
}
