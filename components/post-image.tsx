// Images of a post's body are rendered to HTML by components/markdown.tsx (with the classes of
// post-image.module.css); header images by components/header-image.tsx.

/**
 * Sizes for an image in the post column (max 42rem ≈ 672 px). The space in `calc( 100vw` is for
 * next/image: it reads `<space>100vw` as "at least this share of the screen" and leaves the
 * thumbnail widths (96–320 px) out of the srcset, four candidates fewer per image in the HTML.
 */
export const POST_IMAGE_SIZES = '(min-width: 48rem) 672px, calc( 100vw - 2rem)';
