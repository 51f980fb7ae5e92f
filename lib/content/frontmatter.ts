// The schema of every front-matter field: its type, its default and its meaning, in one place.
// Field names are Grav's (and the Open Matter theme's), because they are the staff's vocabulary;
// `posts.ts` maps them once into the typed `Post` the pages use.

import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import { parseGravDate } from './dates';
import type { ProblemList } from './errors';

/** A slug: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

// Grav casts with PHP (bool) and the Admin writes true/false, older fields '1'/'0'.
export const gravBoolean = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')], {
    error: (issue) => `expected true or false (or 1/0), found ${describe(issue.input)}`,
  })
  .transform((value) => value === true || value === 1 || value === '1');

const text = (what: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `is required (${what})` : `expected ${what} as text, found ${describe(issue.input)}`,
  });

/** A Grav date string read in `timeZone`; `required` says what the date is when it is missing. */
export function gravDate(timeZone: string, required = 'the post date, e.g. 09-01-2023 10:00') {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: `is required (${required})` });
      return z.NEVER;
    }
    const parsed = parseGravDate(value, timeZone);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `${describe(value)} is not a valid date: ${parsed.reason}` });
      return z.NEVER;
    }
    return parsed.date;
  });
}

function optionalGravDate(timeZone: string) {
  return gravDate(timeZone).optional();
}

// Grav: every taxonomy value is cast to a string; a single value may stand without a list.
export const taxonomyValues = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))], {
    error: (issue) => `expected a name or a list of names, found ${describe(issue.input)}`,
  })
  .transform((value) =>
    (Array.isArray(value) ? value : [value]).map((v) => String(v).trim()).filter((v) => v.length > 0),
  );

const fileName = z
  .string({ error: (issue) => `expected a file name in the post's folder, found ${describe(issue.input)}` })
  .refine((value) => /^[^/\\]+$/.test(value) && value !== '.' && value !== '..', {
    message: "expected a file name in the post's folder (no '/' or '..')",
  });

const httpUrl = z
  .string({ error: (issue) => `expected a link (https://…), found ${describe(issue.input)}` })
  .refine((value) => /^https?:\/\/\S+$/i.test(value), { message: 'expected a link starting with https:// or http://' });

export function frontMatterSchema(timeZone: string) {
  return z
    .looseObject({
    title: text('the post title').trim().min(1, 'must not be empty'),
    slug: text('the URL slug')
      .regex(SLUG_PATTERN, 'expected lowercase letters a-z, digits and single hyphens, e.g. my-news-post')
      .optional(),
    date: gravDate(timeZone),
    published: gravBoolean.default(true),
    publish_date: optionalGravDate(timeZone),
    unpublish_date: optionalGravDate(timeZone),
    // Grav: when the page last changed; the sitemap's lastmod (never the file's mtime).
    modified: optionalGravDate(timeZone),
    // Open Matter: the title stays in the page as a visually hidden h1.
    hide_page_title: gravBoolean.default(false),
    show_sidebar: gravBoolean.default(true),
    // Open Matter: reachable by URL, left out of the front page and the news list only.
    hide_from_post_list: gravBoolean.default(false),
    // Open Matter: a "Read more" link after the summary in lists.
    continue_link: gravBoolean.default(true),
    hide_git_sync_repo_link: gravBoolean.default(false),
    // Open Matter: true means header_image_file, else the folder's first image.
    header_image: gravBoolean.default(true),
    header_image_file: fileName.optional(),
    header_image_alt_text: text('the header image description').optional(),
    header_image_credit: text('who made the header image').optional(),
    header_image_creditlink: httpUrl.optional(),
    // Grav: extra URLs of the page; ours redirect (308) to the post while it is live.
    routes: z
      .looseObject({
        aliases: z
          .array(z.string().regex(/^\/[^\s?#]*$/, "expected a path starting with '/', e.g. /blog/old-name"), {
            error: (issue) => `expected a list of old paths, found ${describe(issue.input)}`,
          })
          .optional(),
      })
      .optional(),
    taxonomy: z
      .looseObject({ category: taxonomyValues.optional(), tag: taxonomyValues.optional() }, {
        error: (issue) => `expected a mapping such as {category: news, tag: [a, b]}, found ${describe(issue.input)}`,
      })
      .optional(),
    // Ours (health information): who checked the medical content, "Name, role", and when; the
    // post shows "Medically reviewed by … on …" and its JSON-LD says so (MedicalWebPage).
    reviewed_by: text('who reviewed the medical content, e.g. "Dr Aigerim Sadykova, hematologist"').trim().min(1, 'must not be empty').optional(),
    reviewed_date: optionalGravDate(timeZone),
    // When the article should be checked again; past it, the content check warns (readers never see it).
    next_review: optionalGravDate(timeZone),
  })
    .superRefine((front, ctx) => {
      // A review is a person and a date: one without the other says nothing a reader can trust.
      if (front.reviewed_by !== undefined && front.reviewed_date === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reviewed_by'], message: 'needs reviewed_date too (when the review was done, e.g. 15-01-2023)' });
      }
      if (front.reviewed_date !== undefined && front.reviewed_by === undefined) {
        ctx.addIssue({ code: 'custom', path: ['reviewed_date'], message: 'needs reviewed_by too (who reviewed, e.g. "Dr Aigerim Sadykova, hematologist")' });
      }
      if (front.next_review !== undefined && front.reviewed_date === undefined) {
        ctx.addIssue({ code: 'custom', path: ['next_review'], message: 'needs reviewed_by and reviewed_date (the review it follows)' });
      }
    });
}

export type FrontMatter = z.output<ReturnType<typeof frontMatterSchema>>;

/** What a field is for, in words: the field reference (docs/front-matter.md) and the editor's labels. */
export interface FieldDoc {
  /** What is written: `text`, `date`, `true/false`, … */
  type: string;
  /** Shown when the schema has no default of its own (a true/false field's default is the schema's). */
  otherwise?: string;
  meaning: string;
  /** The web editor's label, Russian first (cms/fields.ts). */
  label: { ru: string; en: string };
}

/**
 * Every field of `frontMatterSchema`, described. A unit test holds the two to the same fields and
 * docs/front-matter.md to this text (`npm run docs` writes it).
 */
export const FIELDS = {
  title: { type: 'text', otherwise: '**required**', label: { ru: 'Заголовок', en: 'Title' }, meaning: 'The post title (h1, document title, lists).' },
  slug: { type: 'slug', otherwise: 'the folder name', label: { ru: 'Адрес новости', en: 'Address (slug)' }, meaning: 'Overrides the URL slug (`/news/<slug>`): lowercase a–z, digits, single hyphens.' },
  date: { type: 'date', otherwise: '**required**', label: { ru: 'Дата новости', en: 'Date' }, meaning: 'The post date: shown, and the list order (newest first).' },
  published: { type: 'true/false', label: { ru: 'Опубликовано', en: 'Published' }, meaning: '`false` hides the post everywhere (404).' },
  publish_date: { type: 'date', otherwise: 'none', label: { ru: 'Опубликовать с', en: 'Publish from' }, meaning: 'The post goes live at this moment. Before it the post is hidden **even with `published: true`** (unlike Grav).' },
  unpublish_date: { type: 'date', otherwise: 'none', label: { ru: 'Снять с публикации', en: 'Unpublish at' }, meaning: 'The post stops being live at this moment.' },
  modified: { type: 'date', otherwise: 'the `date`', label: { ru: 'Изменено', en: 'Last changed' }, meaning: "When the post last changed: the sitemap's and feeds' \"updated\"." },
  hide_page_title: { type: 'true/false', label: { ru: 'Скрыть заголовок', en: 'Hide title' }, meaning: 'The title is not shown on the post page; it stays as a visually hidden h1 for screen readers and in the document title.' },
  show_sidebar: { type: 'true/false', label: { ru: 'Боковая колонка', en: 'Sidebar' }, meaning: 'The sidebar (search, recent news, tags, archives) beside the post.' },
  hide_from_post_list: { type: 'true/false', label: { ru: 'Не показывать в списке', en: 'Hide from lists' }, meaning: 'Reachable by its URL (and in feeds and the sitemap), but left out of the front page and the news list.' },
  continue_link: { type: 'true/false', label: { ru: 'Ссылка «Читать далее»', en: '“Read more” link' }, meaning: 'A "Read more" link after the summary in lists.' },
  hide_git_sync_repo_link: { type: 'true/false', label: { ru: 'Скрыть «Редактировать»', en: 'Hide “Edit this page”' }, meaning: "`false` shows an \"Edit this page\" link to the post's file in the repository." },
  header_image: { type: 'true/false', label: { ru: 'Фото в шапке', en: 'Header image' }, meaning: "Show a header image: `header_image_file`, else the folder's first image in natural file-name order (`photo-2.jpg` before `photo-10.jpg`). `false`: none." },
  header_image_file: { type: 'file name', otherwise: 'none', label: { ru: 'Файл фото в шапке', en: 'Header image file' }, meaning: "The header image, a file in the post's folder." },
  header_image_alt_text: { type: 'text', otherwise: 'empty', label: { ru: 'Что на фото в шапке', en: 'Header image description' }, meaning: 'Its description for screen readers.' },
  header_image_credit: { type: 'text', otherwise: 'none', label: { ru: 'Автор фото', en: 'Photo credit' }, meaning: 'Shown under it as "Image: …".' },
  header_image_creditlink: { type: 'link', otherwise: 'none', label: { ru: 'Ссылка на автора', en: 'Credit link' }, meaning: 'Makes the credit a link (`https://…`).' },
  routes: { type: 'mapping', otherwise: 'none', label: { ru: 'Старые адреса', en: 'Old addresses' }, meaning: '`aliases:` a list of old paths (`/blog/old-name`) that redirect (308) to the post.' },
  taxonomy: { type: 'mapping', otherwise: 'none', label: { ru: 'Рубрики и теги', en: 'Categories and tags' }, meaning: '`category:` and `tag:`, each a name or a list of names.' },
  reviewed_by: { type: 'text', otherwise: 'none', label: { ru: 'Проверил (врач)', en: 'Medically reviewed by' }, meaning: '"Name, role" of who checked the medical content: the post shows "Medically reviewed by … on …". Needs `reviewed_date`.' },
  reviewed_date: { type: 'date', otherwise: 'none', label: { ru: 'Дата проверки', en: 'Reviewed on' }, meaning: 'When that review was done. Needs `reviewed_by`.' },
  next_review: { type: 'date', otherwise: 'none', label: { ru: 'Проверить снова', en: 'Next review' }, meaning: 'When the article should be checked again; past it, the content check warns (readers never see it).' },
} as const satisfies Record<string, FieldDoc>;

export type FieldName = keyof typeof FIELDS;

export interface SplitSource {
  /** The YAML between the `---` lines, or null when the file has none. */
  yaml: string | null;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line of the file on which the YAML starts. */
  yamlLine: number;
}

/** Separates `---` front matter from the body, keeping line numbers. */
export function splitFrontMatter(source: string): SplitSource {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const isFence = (line: string | undefined) => line !== undefined && /^---\s*$/.test(line);
  const close = isFence(lines[0]) ? lines.findIndex((line, i) => i > 0 && isFence(line)) : -1;
  if (close < 0) return { yaml: null, body: lines.join('\n'), bodyLine: 1, yamlLine: 1 };
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
    yamlLine: 2,
  };
}

type Path = readonly PropertyKey[];

/** Finds the line of a field (its key) in the YAML, for messages; undefined when absent. */
function lineOfPath(root: Node | null, path: Path, counter: LineCounter, yamlLine: number): number | undefined {
  let node: unknown = root;
  let line: number | undefined;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = counter.linePos(pair.key.range[0]).line + yamlLine - 1;
    node = pair.value;
  }
  return line;
}

/**
 * Parses and validates front matter. Problems (with file lines) go to `problems`;
 * returns null when the post cannot be used.
 */
export function parseFrontMatter(split: SplitSource, timeZone: string, problems: ProblemList): FrontMatter | null {
  return parseFields(split, schemaFor(timeZone, frontMatterSchema), problems, 'title and date at least');
}

const schemas = new Map<unknown, Map<string, z.ZodType>>();

/** `make(timeZone)`, made once per zone: building a schema costs more than validating a file with it. */
export function schemaFor<S extends z.ZodType>(timeZone: string, make: (timeZone: string) => S): S {
  let byZone = schemas.get(make);
  if (!byZone) schemas.set(make, (byZone = new Map()));
  let schema = byZone.get(timeZone);
  if (!schema) byZone.set(timeZone, (schema = make(timeZone)));
  return schema as S;
}

/**
 * Front matter read with `schema` (posts here, notices in notices.ts): YAML errors and every
 * field's problem go to `problems` with the line of the field; null when the file cannot be used.
 * `required` names the fields a reader must at least write, for the message about a missing block;
 * a missing field is reported on `missingFieldLine` (posts: the file's first line).
 */
export function parseFields<S extends z.ZodType>(split: SplitSource, schema: S, problems: ProblemList, required: string, missingFieldLine = 1): z.output<S> | null {
  if (split.yaml === null) {
    problems.error(`the file must start with front matter between '---' lines (${required})`, { line: 1 });
    return null;
  }
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, { version: '1.2', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = counter.linePos(error.pos[0]);
      problems.error(`invalid YAML: ${error.message.split('\n')[0]}`, {
        line: pos.line + split.yamlLine - 1,
        column: pos.col,
      });
    }
    return null;
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.error(`front matter must be a mapping of fields (${required})`, { line: split.yamlLine });
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p) => typeof p === 'string' || typeof p === 'number');
    problems.error(issue.message, {
      field: path.join('.'),
      line: lineOfPath(doc.contents, path.filter((p) => typeof p === 'string'), counter, split.yamlLine) ?? missingFieldLine,
    });
  }
  return null;
}

/** The 1-based line of a top-level field in the front matter, for problems found after parsing. */
export function lineOfField(split: SplitSource, field: string): number | undefined {
  if (split.yaml === null) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(split.yaml, { version: '1.2', lineCounter: counter });
  return lineOfPath(doc.contents, [field], counter, split.yamlLine);
}
