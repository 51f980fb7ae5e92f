// `[owl-carousel …]` options → the gallery's typed options.
// Grav's plugin passes every attribute to Owl Carousel 2.2.0 unchanged: 'true'/'false' become booleans,
// numeric strings numbers (JSON_NUMERIC_CHECK), and `responsive` is a relaxed JSON object.
// Defaults are Owl's own (items 3, dots on, autoplayTimeout 5000), not Embla's.

import type { ShortcodeTag } from './parse';

export const GALLERY_SHORTCODE = 'owl-carousel';

export interface GalleryBreakpoint {
  /** Applies from this viewport width (px) up. */
  minWidth: number;
  items?: number;
  margin?: number;
}

export interface GalleryOptions {
  items: number;
  margin: number;
  loop: boolean;
  autoplay: boolean;
  autoplayTimeout: number;
  autoplayHoverPause: boolean;
  slideBy: number | 'page';
  startPosition: number;
  center: boolean;
  rtl: boolean;
  dots: boolean;
  draggable: boolean;
  responsive: GalleryBreakpoint[];
  lazyLoad: boolean;
  className: string | null;
}

export const DEFAULT_GALLERY_OPTIONS: GalleryOptions = {
  items: 3,
  margin: 0,
  loop: false,
  autoplay: false,
  autoplayTimeout: 5000,
  autoplayHoverPause: false,
  slideBy: 1,
  startPosition: 0,
  center: false,
  rtl: false,
  dots: true,
  draggable: true,
  responsive: [],
  lazyLoad: false,
  className: null,
};

/** Owl options we cannot reproduce; each gives a warning (also listed in the README). */
export const UNSUPPORTED_OWL_OPTIONS = [
  'autoWidth',
  'autoHeight',
  'stagePadding',
  'merge',
  'mergeFit',
  'freeDrag',
  'video',
  'videoHeight',
  'videoWidth',
  'URLhashListener',
  'navText',
  'navElement',
  'animateIn',
  'animateOut',
  'dotsEach',
  'dotsData',
  'rewind',
] as const;

/** Owl options that only tune animation speed or internals: accepted, without effect or warning. */
const HARMLESS_OWL_OPTIONS = new Set([
  'nav', // Previous/Next are always shown (WAI-ARIA carousel pattern)
  'smartSpeed',
  'fluidSpeed',
  'autoplaySpeed',
  'navSpeed',
  'dotsSpeed',
  'dragEndSpeed',
  'responsiveRefreshRate',
  'responsiveBaseElement',
  'fallbackEasing',
  'info',
  'pullDrag',
]);

type OwlValue = string | number | boolean | null;

/** Grav's typing: exact 'true'/'false' are booleans, numeric strings are numbers, the rest stays text. */
export function typeOwlValue(value: string | null): OwlValue {
  if (value === null) return null;
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+(?:\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

/** Owl's relaxed `responsive` syntax: `{0:{items:1},768:{items:3}}`. */
function parseResponsive(text: string): GalleryBreakpoint[] | string {
  // Grav: wrap every \w+ token in quotes, then json_decode.
  const json = text.replace(/\w+/g, (word) => `"${word}"`).replace(/"(true|false)"/g, '$1');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return 'expected breakpoints like "{0:{items:1},768:{items:3}}"';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return 'expected breakpoints like "{0:{items:1},768:{items:3}}"';
  }
  const breakpoints: GalleryBreakpoint[] = [];
  for (const [width, settings] of Object.entries(parsed)) {
    const minWidth = Number(width);
    if (!Number.isInteger(minWidth) || minWidth < 0 || typeof settings !== 'object' || settings === null) {
      return `breakpoint '${width}' must be a width in pixels with options, e.g. 768:{items:3}`;
    }
    const point: GalleryBreakpoint = { minWidth };
    for (const [key, raw] of Object.entries(settings as Record<string, unknown>)) {
      const value = Number(raw);
      if (key === 'items' && Number.isInteger(value) && value >= 1) point.items = value;
      else if (key === 'margin' && Number.isFinite(value) && value >= 0) point.margin = value;
      else return `breakpoint ${width}: only items (a whole number from 1) and margin (pixels) are supported, found ${key}:${String(raw)}`;
    }
    breakpoints.push(point);
  }
  return breakpoints.sort((a, b) => a.minWidth - b.minWidth);
}

export interface OptionProblem {
  severity: 'error' | 'warning';
  message: string;
}

type Setter = (value: OwlValue, options: GalleryOptions) => string | null;

const wholeNumber = (min: number, apply: (n: number, o: GalleryOptions) => void, what: string): Setter =>
  (value, options) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) return `expected ${what}`;
    apply(value, options);
    return null;
  };

const flag = (apply: (b: boolean, o: GalleryOptions) => void): Setter => (value, options) => {
  if (typeof value !== 'boolean') return 'expected true or false';
  apply(value, options);
  return null;
};

const SETTERS: Record<string, Setter> = {
  items: wholeNumber(1, (n, o) => (o.items = n), 'a whole number of slides per view, 1 or more'),
  margin: wholeNumber(0, (n, o) => (o.margin = n), 'a gap in pixels, 0 or more'),
  loop: flag((b, o) => (o.loop = b)),
  autoplay: flag((b, o) => (o.autoplay = b)),
  autoplayTimeout: wholeNumber(500, (n, o) => (o.autoplayTimeout = n), 'milliseconds between slides, 500 or more'),
  autoplayHoverPause: flag((b, o) => (o.autoplayHoverPause = b)),
  slideBy: (value, options) => {
    if (value === 'page') options.slideBy = 'page';
    else if (typeof value === 'number' && Number.isInteger(value) && value >= 1) options.slideBy = value;
    else return "expected a whole number of slides or 'page'";
    return null;
  },
  startPosition: wholeNumber(0, (n, o) => (o.startPosition = n), 'a slide index, 0 or more'),
  center: flag((b, o) => (o.center = b)),
  rtl: flag((b, o) => (o.rtl = b)),
  dots: flag((b, o) => (o.dots = b)),
  mouseDrag: flag((b, o) => (o.draggable = o.draggable && b)),
  touchDrag: flag((b, o) => (o.draggable = o.draggable && b)),
  lazyLoad: flag((b, o) => (o.lazyLoad = b)),
  class: (value, options) => {
    if (typeof value !== 'string' || !/^-?[_a-zA-Z][\w-]*(?:\s+-?[_a-zA-Z][\w-]*)*$/.test(value)) {
      return 'expected one or more CSS class names';
    }
    options.className = value;
    return null;
  },
};

/** Maps the tag's parameters to gallery options, reporting what is wrong or cannot be honoured. */
export function galleryOptionsFromTag(tag: ShortcodeTag): { options: GalleryOptions; problems: OptionProblem[] } {
  const options: GalleryOptions = { ...DEFAULT_GALLERY_OPTIONS, responsive: [] };
  const problems: OptionProblem[] = [];
  if (tag.bbCode !== null) {
    problems.push({ severity: 'warning', message: `[${GALLERY_SHORTCODE}=…] has no meaning; the value is ignored` });
  }
  for (const { name, value } of tag.params) {
    if (name === 'responsive') {
      const parsed = value === null ? 'expected breakpoints' : parseResponsive(value);
      if (typeof parsed === 'string') problems.push({ severity: 'error', message: `option 'responsive': ${parsed}` });
      else options.responsive = parsed;
      continue;
    }
    const setter = SETTERS[name];
    if (setter) {
      const problem = setter(typeOwlValue(value), options);
      if (problem) {
        problems.push({ severity: 'error', message: `option '${name}': ${problem}, found ${JSON.stringify(value)}` });
      }
    } else if ((UNSUPPORTED_OWL_OPTIONS as readonly string[]).includes(name)) {
      problems.push({ severity: 'warning', message: `option '${name}' is not supported by the site's gallery and is ignored` });
    } else if (!HARMLESS_OWL_OPTIONS.has(name)) {
      problems.push({ severity: 'warning', message: `unknown option '${name}' is ignored` });
    }
  }
  return { options, problems };
}
