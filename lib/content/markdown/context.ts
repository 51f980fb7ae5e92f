// What the remark plugins of a post body share: the post they read, and what they hand the renderer.

import type { ProblemList } from '../errors';
import type { ImageFile } from '../images';

export type BodyFormat = 'md' | 'mdx';

export interface BodyContext {
  format: BodyFormat;
  slug: string;
  /** The post folder's images, by file name. */
  images: ReadonlyMap<string, ImageFile>;
  /** Lines of the file before the body, added to positions in messages. */
  lineOffset: number;
  problems: ProblemList;
  /** Whether the first image of this body is the page's first visible image (then it loads eagerly). */
  eagerFirstImage: boolean;
  /** When given, collects what the body refers to, for the content check. */
  references?: BodyReferences;
}

export interface BodyReferences {
  /** File names of the post's folder that the body shows. */
  images: Set<string>;
  /** Links to pages of this site (`/news/<slug>`), with where they are. */
  links: Array<{ url: string; line?: number; column?: number }>;
}

/** A resolved image as the renderer receives it. */
export interface BodyImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  title?: string;
  /** Grav `cropZoom=w,h`: shown in that aspect ratio, cropped to cover. */
  crop?: { width: number; height: number };
  className?: string;
  eager: boolean;
}

export type Position = { start?: { line: number; column: number } } | undefined;

export function at(ctx: BodyContext, position: Position): { line?: number; column?: number } {
  const start = position?.start;
  return start ? { line: start.line + ctx.lineOffset, column: start.column } : {};
}
