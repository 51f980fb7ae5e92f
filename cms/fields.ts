// The web editor's form for a post: one field per front-matter field of lib/content/frontmatter.ts,
// with the same name, meaning and default, labelled and explained in Russian and English for staff.
// Defaults are read from the schema itself, so the form cannot disagree with the site.

import { fieldDefaults } from '../lib/content/field-reference';
import { FIELDS, type FieldName } from '../lib/content/frontmatter';
import { site } from '../lib/site';

/** Every field's default, as the site applies it when the field is missing (true/false fields). */
export const FIELD_DEFAULTS: Readonly<Record<string, unknown>> = fieldDefaults(site.timeZone);

/** The custom field type of dates: typed as Grav writes them and checked as the site reads them. */
export const GRAV_DATE_WIDGET = 'grav-date';

/** The custom field type of a new post's slug, filled from the title (cms/admin.ts). */
export const SLUG_WIDGET = 'post-slug';

/** The editor block of galleries, registered under this name (cms/admin.ts). */
export const GALLERY_COMPONENT = 'owl-carousel';

type Field = Record<string, unknown>;

/** A field's label, Russian then English, from its description in lib/content/frontmatter.ts. */
const label = (name: FieldName) => `${FIELDS[name].label.ru} · ${FIELDS[name].label.en}`;
const formLabel = (ru: string, en: string) => `${ru} · ${en}`;
const DATE_HINT = 'Формат дд-мм-гггг чч:мм, время Алматы (например 09-01-2023 10:00). · dd-mm-yyyy HH:MM, Almaty time.';

function flag(name: FieldName, hint: string): Field {
  const value = FIELD_DEFAULTS[name];
  if (typeof value !== 'boolean') throw new Error(`${name} has no true/false default in lib/content/frontmatter.ts`);
  return { name, label: label(name), widget: 'boolean', default: value, required: false, i18n: 'duplicate', hint };
}

function date(name: FieldName, hint: string, required = false): Field {
  return { name, label: label(name), widget: GRAV_DATE_WIDGET, required, i18n: 'duplicate', hint: `${hint} ${DATE_HINT}` };
}

/** The fields of the posts collection, in the order staff fill them in. */
export function postFields(): Field[] {
  return [
    { name: 'title', label: label('title'), widget: 'string', i18n: true },
    {
      name: 'slug', label: label('slug'), widget: SLUG_WIDGET, required: false, i18n: 'duplicate',
      hint: 'Из заголовка, латиницей: a-z, 0-9 и дефисы. Новость будет по адресу /news/<адрес>; после сохранения не меняется. · From the title; the post’s folder and URL.',
    },
    date('date', 'Дата, которую видят читатели. · The date readers see.', true),
    flag('published', 'Выключите, чтобы скрыть новость совсем. · Off hides the post everywhere.'),
    date('publish_date', 'Новость появится на сайте сама в это время. · The post goes live by itself at this time.'),
    date('unpublish_date', 'Новость исчезнет с сайта в это время. · The post disappears at this time.'),
    {
      name: 'summary', label: formLabel('Краткое содержание', 'Summary'), widget: 'markdown', required: false, i18n: true,
      hint: 'Показывается в списке новостей; в файле стоит над строкой ===. Пусто — первые 300 знаков текста. · Shown in lists; written above the === line.',
      buttons: ['bold', 'italic', 'link'], editor_components: [],
    },
    {
      name: 'body', label: formLabel('Текст', 'Body'), widget: 'markdown', i18n: true,
      hint: 'Фотографии и галереи сохраняются в папке новости. · Photos and galleries are saved in the post’s folder.',
      editor_components: ['image', GALLERY_COMPONENT],
    },
    {
      name: 'taxonomy', label: label('taxonomy'), widget: 'object', required: false, i18n: true,
      fields: [
        { name: 'category', label: formLabel('Рубрики', 'Categories'), widget: 'list', required: false, hint: 'Через запятую. · Comma-separated.' },
        { name: 'tag', label: formLabel('Теги', 'Tags'), widget: 'list', required: false, hint: 'Через запятую. · Comma-separated.' },
      ],
    },
    flag('header_image', 'Над текстом: выбранный файл или первое фото в папке. · Above the text: the chosen file or the folder’s first photo.'),
    { name: 'header_image_file', label: label('header_image_file'), widget: 'image', required: false, i18n: 'duplicate', hint: 'Пусто — первое фото папки. · Empty: the folder’s first photo.' },
    { name: 'header_image_alt_text', label: label('header_image_alt_text'), widget: 'string', required: false, i18n: true, hint: 'Для незрячих читателей. · For readers who cannot see it.' },
    { name: 'header_image_credit', label: label('header_image_credit'), widget: 'string', required: false, i18n: 'duplicate' },
    { name: 'header_image_creditlink', label: label('header_image_creditlink'), widget: 'string', required: false, i18n: 'duplicate', pattern: ['^https?://\\S+$', 'Ссылка начинается с https:// · A link starts with https://'] },
    flag('hide_page_title', 'Заголовок останется для экранных дикторов. · Kept for screen readers.'),
    flag('show_sidebar', 'Последние новости и теги рядом с текстом. · Recent news and tags beside the post.'),
    flag('hide_from_post_list', 'Новость доступна по ссылке, но её нет на главной. · Reachable by link, left out of the front page and list.'),
    flag('continue_link', 'После краткого содержания в списках. · After the summary in lists.'),
    flag('hide_git_sync_repo_link', 'Ссылка на файл в репозитории. · The link to the file in the repository.'),
    {
      name: 'routes', label: label('routes'), widget: 'object', required: false, i18n: 'duplicate', collapsed: true,
      fields: [{ name: 'aliases', label: formLabel('Адреса', 'Paths'), widget: 'list', required: false, hint: 'Например /blog/old-name: ведут на эту новость. · e.g. /blog/old-name: they lead to this post.' }],
    },
    { name: 'reviewed_by', label: label('reviewed_by'), widget: 'string', required: false, i18n: 'duplicate', hint: 'Имя и должность, например «Айгерим Садыкова, гематолог». Нужна и дата проверки. · Name and role; needs the review date too.' },
    date('reviewed_date', 'Когда врач проверил текст. · When the review was done.'),
    date('next_review', 'Проверка контента напомнит после этой даты. · The content check reminds after this date.'),
    date('modified', 'Для карты сайта, если текст заметно изменился. · For the sitemap, when the text changed notably.'),
  ];
}

/** Front-matter fields in the form's order: the order of a new post's front matter. */
export const FIELD_ORDER: readonly string[] = postFields()
  .map((field) => String(field.name))
  .filter((name) => name !== 'summary' && name !== 'body');

/** Fields holding a Grav date ('dd-mm-yyyy HH:MM' in the site's zone): the form's date fields. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(
  postFields()
    .filter((field) => field.widget === GRAV_DATE_WIDGET)
    .map((field) => String(field.name)),
);
