// A post's images: which files count, their order, and how a Markdown image URL names one of them.

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** A file name the build will prepare and serve: no paths, no hidden files, a known image extension. */
export const MEDIA_FILE_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.(?:jpe?g|png|webp|avif|gif)$/i;

export function isImageFile(name: string): boolean {
  return MEDIA_FILE_PATTERN.test(name);
}

// Grav (AbstractMedia::orderMedia): natural, case-insensitive order by file name decides "first image".
const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function sortNaturally(names: readonly string[]): string[] {
  return [...names].sort((a, b) => naturalOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
}

export interface ImageFile {
  name: string;
  /** Its size as served: upright (EXIF orientation applied). */
  width: number;
  height: number;
  /**
   * Where readers get it: a static file under /media/ prepared by the build (lib/content/media.ts),
   * or, for a post that ships no photos (a draft), a placeholder that only a preview shows.
   */
  src: string;
}

export interface MediaAction {
  name: string;
  value: string;
}

export interface ImageReference {
  /** The file name in the post's folder. */
  file: string;
  /** Grav media actions from the query string (`?cropZoom=800,400&classes=a`), in order. */
  actions: MediaAction[];
}

export type ImageReferenceResult = { ok: true; ref: ImageReference } | { ok: false; reason: string };

/** Reads `![](file.jpg?cropZoom=800,400)` as Grav does: a file in the post's folder plus actions. */
export function parseImageReference(url: string): ImageReferenceResult {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return { ok: false, reason: `images must be files in the post's folder; '${url}' points elsewhere` };
  }
  const [pathPart, query = ''] = url.split('#')[0].split('?');
  let file: string;
  try {
    file = decodeURIComponent(pathPart.replace(/^\.\//, ''));
  } catch {
    return { ok: false, reason: `'${url}' is not a valid file name` };
  }
  if (file.includes('/') || file.includes('\\')) {
    return { ok: false, reason: `images must be files in the post's own folder; '${url}' is in another folder` };
  }
  if (!isImageFile(file)) {
    return { ok: false, reason: `'${file}' is not an image file name (expected .jpg, .jpeg, .png, .webp, .avif or .gif)` };
  }
  const actions = query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name, value = ''] = pair.split('=');
      return { name: decodeURIComponent(name), value: decodeURIComponent(value) };
    });
  return { ok: true, ref: { file, actions } };
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

export function imageContentType(name: string): string {
  return CONTENT_TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
