// Grav front matter → the typed `Post` the site uses (the one mapping), and the queries pages ask.
// Every query that a reader can reach takes `now` and returns live posts only.

import { localePath, type Language } from '../i18n/languages';
import { ProblemList } from './errors';
import { parseFrontMatter, splitFrontMatter, SLUG_PATTERN } from './frontmatter';
import { sortNaturally, type ImageFile } from './images';
import { analyzeBody, type BodyContext, type BodyFormat, type BodyReferences } from './markdown';
import { isLive, type PublishState } from './publishing';
import { splitSummary, truncateText } from './summary';

export interface HeaderImage {
  /** The file in the post's folder. */
  name: string;
  src: string;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
  creditLink: string | null;
}

export interface Post extends PublishState {
  slug: string;
  /** The language of this version; a post's versions share its slug and its folder's images. */
  lang: Language;
  /** The post's folder name. */
  folder: string;
  title: string;
  date: Date;
  format: BodyFormat;
  /** The source file, relative to the project root (for messages and edit links). */
  sourcePath: string;
  /** Line of the source file on which `body` starts. */
  bodyLine: number;
  /** Markdown of the whole post, delimiter lines blanked. */
  body: string;
  /** Markdown above `===`, or null when the post has no delimiter. */
  summary: string | null;
  /** Plain-text summary: the summary's text, or the first 300 characters of the body cut at a word. */
  excerpt: string;
  /** The whole body as plain text (search, reading time). */
  text: string;
  /** Grav's `modified`, else the date: the sitemap's lastmod. */
  modifiedAt: Date;
  hideTitle: boolean;
  showSidebar: boolean;
  /** False when `hide_from_post_list`: reachable by URL, absent from the front page and news list. */
  listed: boolean;
  showReadMore: boolean;
  showEditLink: boolean;
  headerImage: HeaderImage | null;
  categories: string[];
  tags: string[];
  /** The folder's images, in natural file-name order. */
  images: ImageFile[];
  /** Old paths (Grav's routes.aliases) that redirect to this post. */
  aliases: string[];
  /** What the body shows and links to, for the content check. */
  references: BodyReferences;
  /** Who checked the medical content and when (`reviewed_by`, `reviewed_date`, `next_review`), or null. */
  review: MedicalReview | null;
}

export interface MedicalReview {
  /** The reviewer's name: `reviewed_by` up to its first comma. */
  name: string;
  /** The reviewer's role, after the comma ("hematologist"), when given. */
  role: string | null;
  date: Date;
  /** When the article is due to be checked again. */
  next: Date | null;
}

/** `reviewed_by: 'Dr Aigerim Sadykova, hematologist'` → name and role. */
export function parseReviewer(text: string): { name: string; role: string | null } {
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text.trim(), role: null };
  return { name: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() || null };
}

export interface PostSource {
  /** The post's folder name. */
  folder: string;
  lang: Language;
  sourcePath: string;
  format: BodyFormat;
  text: string;
  images: ImageFile[];
}

/** Reads one post. Problems go to `problems`; null when the post cannot be shown. */
export function buildPost(source: PostSource, timeZone: string, problems: ProblemList): Post | null {
  const split = splitFrontMatter(source.text);
  const front = parseFrontMatter(split, timeZone, problems);
  const slug = front?.slug ?? source.folder;
  if (!front?.slug && !SLUG_PATTERN.test(source.folder)) {
    problems.error(
      `folder name '${source.folder}' is not a valid slug: use lowercase letters a-z, digits and single hyphens (or set slug: in the front matter)`,
    );
  }
  const { summary, content, setextLines } = splitSummary(split.body);
  for (const line of setextLines) {
    problems.warn(
      "'===' directly under a line of text makes that line a heading, not a summary break; put a blank line above '==='",
      { line: line + split.bodyLine - 1 },
    );
  }
  const images = new Map(source.images.map((image) => [image.name, image]));
  const headerImage = front ? chooseHeaderImage(front, source.images, problems) : null;
  const references: BodyReferences = { images: new Set(), links: [] };
  const { text } = analyzeBody(content, {
    format: source.format,
    slug,
    images,
    lineOffset: split.bodyLine - 1,
    problems,
    eagerFirstImage: headerImage === null,
    references,
  });
  if (!front || problems.hasErrors) return null;

  const summaryText = summary?.trim()
    ? analyzeBody(summary, { format: source.format, slug, images, lineOffset: 0, problems: new ProblemList(''), eagerFirstImage: false }).text
    : null;
  return {
    slug,
    lang: source.lang,
    folder: source.folder,
    title: front.title,
    date: front.date,
    published: front.published,
    publishAt: front.publish_date ?? null,
    unpublishAt: front.unpublish_date ?? null,
    format: source.format,
    sourcePath: source.sourcePath,
    bodyLine: split.bodyLine,
    body: content,
    summary: summary?.trim() ? summary : null,
    excerpt: summaryText || truncateText(text),
    text,
    modifiedAt: front.modified ?? front.date,
    hideTitle: front.hide_page_title,
    showSidebar: front.show_sidebar,
    listed: !front.hide_from_post_list,
    showReadMore: front.continue_link,
    showEditLink: !front.hide_git_sync_repo_link,
    headerImage,
    categories: front.taxonomy?.category ?? [],
    tags: front.taxonomy?.tag ?? [],
    images: source.images,
    aliases: front.routes?.aliases ?? [],
    references,
    review: front.reviewed_by && front.reviewed_date ? { ...parseReviewer(front.reviewed_by), date: front.reviewed_date, next: front.next_review ?? null } : null,
  };
}

/** Open Matter: `header_image` (default true) shows `header_image_file`, else the folder's first image. */
function chooseHeaderImage(
  front: NonNullable<ReturnType<typeof parseFrontMatter>>,
  images: ImageFile[],
  problems: ProblemList,
): HeaderImage | null {
  if (!front.header_image) return null;
  let file: ImageFile | undefined;
  if (front.header_image_file) {
    file = images.find((image) => image.name === front.header_image_file);
    if (!file) {
      problems.error(`'${front.header_image_file}' does not exist in the post's folder`, { field: 'header_image_file' });
      return null;
    }
  } else {
    const first = sortNaturally(images.map((image) => image.name))[0];
    file = images.find((image) => image.name === first);
  }
  if (!file) return null;
  return {
    name: file.name,
    src: file.src,
    width: file.width,
    height: file.height,
    alt: front.header_image_alt_text ?? '',
    credit: front.header_image_credit ?? null,
    creditLink: front.header_image_creditlink ?? null,
  };
}

/** Newest first; ties by slug so the order never depends on the file system. */
export function byDateDescending(a: Post, b: Post): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

export function livePosts(posts: readonly Post[], now: Date): Post[] {
  return posts.filter((post) => isLive(post, now)).sort(byDateDescending);
}

/** The front page and the news list: live posts not hidden from the list. */
export function listedPosts(posts: readonly Post[], now: Date): Post[] {
  return livePosts(posts, now).filter((post) => post.listed);
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export interface PostPage {
  posts: Post[];
  page: number;
  pageCount: number;
}

/** Page `page` (1-based) of the news list, or null past the end. */
export function postListPage(posts: readonly Post[], now: Date, page: number, perPage: number): PostPage | null {
  return listPage(listedPosts(posts, now), page, perPage);
}

/** Page `page` (1-based) of `listed` (already the listed posts, newest first), or null past the end. */
export function listPage(listed: readonly Post[], page: number, perPage: number): PostPage | null {
  const count = pageCount(listed.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > count) return null;
  return { posts: listed.slice((page - 1) * perPage, page * perPage), page, pageCount: count };
}

/** Grav's prev/next over `live` (live posts, newest first): "previous" is older, "next" is newer. */
export function adjacentPosts(live: readonly Post[], slug: string): { older: Post | null; newer: Post | null } {
  const index = live.findIndex((post) => post.slug === slug);
  if (index < 0) return { older: null, newer: null };
  return { older: live[index + 1] ?? null, newer: live[index - 1] ?? null };
}

/** The post's URL path in its own language: `/news/<slug>`, `/ru/news/<slug>`. */
export function postPath(post: Pick<Post, 'lang' | 'slug'>): string {
  return localePath(post.lang, `/news/${post.slug}`);
}

/**
 * The posts a list in `lang` shows: those written in it, and, when the site falls back, the
 * default-language version of every post not translated into `lang`.
 */
export function languagePosts(posts: readonly Post[], lang: Language, config: { defaultLanguage: Language; listFallback: boolean }): Post[] {
  const own = posts.filter((post) => post.lang === lang);
  if (!config.listFallback || lang === config.defaultLanguage) return own;
  const translated = new Set(own.map((post) => post.slug));
  return [...own, ...posts.filter((post) => post.lang === config.defaultLanguage && !translated.has(post.slug))];
}

/** What the renderers (page and feed) need to render a post's body or summary with the pipeline's plugins. */
export function renderInput(
  post: Post,
  part: 'body' | 'summary',
  { eagerFirstImage }: { eagerFirstImage: boolean },
): { source: string; context: BodyContext } {
  return {
    source: part === 'summary' ? post.summary ?? '' : post.body,
    context: {
      format: post.format,
      slug: post.slug,
      images: new Map(post.images.map((image) => [image.name, image])),
      lineOffset: post.bodyLine - 1,
      problems: new ProblemList(post.sourcePath),
      eagerFirstImage,
    },
  };
}
