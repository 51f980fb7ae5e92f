// Notices: a sentence or two shown at the top of every page of their language while they are live
// ("Blood group O− is urgently needed today", "The clinic's hours change on 1 March"). Staff write
// `content/notices/<name>/index.md` (and index.ru.md, index.kk.md) with Grav's front matter and
// dates; the same publishing rule as posts decides when a notice shows (publishing.ts).

import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import type { Language } from '../i18n/languages';
import type { ProblemList } from './errors';
import { gravBoolean, gravDate, lineOfField, parseFields, schemaFor, splitFrontMatter } from './frontmatter';
import { plainText } from './markdown';
import { isLive, type PublishState } from './publishing';

/** At most this many characters of text: a banner a phone shows in a few lines. */
export const NOTICE_MAX_LENGTH = 280;

export type NoticeLevel = 'info' | 'urgent';

export interface Notice extends PublishState {
  /** The notice's folder name. */
  name: string;
  lang: Language;
  level: NoticeLevel;
  /** The text as HTML: paragraphs, emphasis and links only. */
  html: string;
  /** The text without markup (its length is limited). */
  text: string;
  sourcePath: string;
  /** Changes when the notice's text does: a reader who dismissed one version sees the next. */
  id: string;
}

export interface NoticeSource {
  name: string;
  lang: Language;
  sourcePath: string;
  text: string;
}

function noticeSchema(timeZone: string) {
  return z.looseObject({
    level: z.enum(['info', 'urgent'], { error: (issue) => `expected info or urgent, found ${issue.input === undefined ? 'nothing' : `'${String(issue.input)}'`}` }),
    published: gravBoolean.default(true),
    publish_date: gravDate(timeZone, 'when the notice starts showing, e.g. 01-03-2026 09:00 in Almaty time'),
    unpublish_date: gravDate(timeZone, 'when it stops: every notice ends, e.g. 01-03-2026 09:00 in Almaty time'),
  });
}

/** Markdown nodes a notice may hold: text with emphasis and links, in one or two paragraphs. */
const ALLOWED = new Set(['root', 'paragraph', 'text', 'emphasis', 'strong', 'link', 'break', 'inlineCode']);

function shortHash(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}

/** Reads one notice file; problems (with lines) go to `problems`; null when it cannot be shown. */
export function buildNotice(source: NoticeSource, timeZone: string, problems: ProblemList): Notice | null {
  const split = splitFrontMatter(source.text);
  // A missing field is reported on the first line of the front matter, where it belongs.
  const front = parseFields(split, schemaFor(timeZone, noticeSchema), problems, 'level, publish_date, unpublish_date', split.yamlLine);
  if (!front) return null;
  if (front.unpublish_date.getTime() <= front.publish_date.getTime()) {
    problems.error('must be after publish_date (the notice would never show)', { field: 'unpublish_date', line: lineOfField(split, 'unpublish_date') });
  }

  const tree = unified().use(remarkParse).parse(split.body) as Root;
  visit(tree, (node) => {
    if (!ALLOWED.has(node.type)) {
      problems.error(`a notice is a sentence or two of text (links allowed); found ${node.type === 'html' ? 'HTML' : `a ${node.type}`}`, {
        line: (node.position?.start.line ?? 1) + split.bodyLine - 1,
      });
    }
    if (node.type === 'link' && !/^(https?:\/\/|\/|mailto:|tel:)/.test(node.url)) {
      problems.error(`link to '${node.url}': expected an address starting with https://, / (a page of this site), mailto: or tel:`, {
        line: (node.position?.start.line ?? 1) + split.bodyLine - 1,
      });
    }
  });
  const text = plainText(tree).replace(/\s+/g, ' ').trim();
  const textLine = (tree.children[0]?.position?.start.line ?? 1) + split.bodyLine - 1;
  if (text.length === 0) problems.error('the notice has no text: write a sentence or two below the front matter', { line: split.bodyLine });
  if (text.length > NOTICE_MAX_LENGTH) {
    problems.error(`the text is ${text.length} characters long; a notice may have at most ${NOTICE_MAX_LENGTH} (link to a post for the details)`, { line: textLine });
  }
  if (problems.hasErrors) return null;

  const hast = unified().use(remarkRehype).runSync(tree) as HastRoot;
  const html = toHtml(hast);
  return {
    name: source.name,
    lang: source.lang,
    level: front.level,
    published: front.published,
    publishAt: front.publish_date,
    unpublishAt: front.unpublish_date,
    html,
    text,
    sourcePath: source.sourcePath,
    id: `${source.name}.${shortHash(`${front.level}|${html}`)}`,
  };
}

/** The notices of `lang` live at `now`: urgent first, then the newest. */
export function liveNotices(notices: readonly Notice[], lang: Language, now: Date): Notice[] {
  return notices
    .filter((notice) => notice.lang === lang && isLive(notice, now))
    .sort((a, b) => Number(b.level === 'urgent') - Number(a.level === 'urgent') || (b.publishAt?.getTime() ?? 0) - (a.publishAt?.getTime() ?? 0));
}
