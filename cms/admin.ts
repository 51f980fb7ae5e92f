// The web editor at /admin: Sveltia CMS (public/admin/sveltia-cms.js, copied from npm by
// scripts/build-admin.ts) with the site's post format, the gallery block and the date field. This
// file is bundled for the browser into public/admin/cms.js; no reader page loads it.

import { parseGravDate } from '../lib/content/dates';
import { site } from '../lib/site';
import { readGalleryBlock, writeGalleryBlock, GALLERY_BLOCK_PATTERN, NEW_GALLERY, type GalleryBlock } from './gallery-block';
import { cmsConfig, POST_FORMAT } from './config';
import { GALLERY_COMPONENT, GRAV_DATE_WIDGET, SLUG_WIDGET } from './fields';
import { readPostFile, SOURCE_KEY, writePostFile } from './post-format';
import { SLUG_PATTERN } from '../lib/content/frontmatter';
import { slugFromTitle } from '../lib/content/transliterate';

import type { CustomFieldControl } from '@sveltia/cms';
import type { ReactElement } from 'react';

/** The CMS's API, as sveltia-cms.js puts it on window (types only: the script is loaded by /admin). */
type Cms = typeof import('@sveltia/cms').default;
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Cms;
    /** React's createElement and create-react-class, which the CMS exposes for field types like ours. */
    h?: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => ReactElement;
    createClass?: (spec: Record<string, unknown>) => CustomFieldControl;
  }
}

// Set before sveltia-cms.js runs (this script comes first), so the CMS waits for our config.
window.CMS_MANUAL_INIT = true;

/** The text box of our field types, labelled by the field's label (the CMS's label is not tied to it). */
function textInput(h: NonNullable<Window['h']>, props: ControlProps, extra: Record<string, unknown>, onType?: () => void) {
  return h('input', {
    id: props.forID,
    'aria-label': String(props.field.get('label')),
    className: props.classNameWrapper,
    type: 'text',
    autoComplete: 'off',
    value: typeof props.value === 'string' ? props.value : '',
    onChange: (event: { target: { value: string } }) => {
      onType?.();
      props.onChange(event.target.value);
    },
    ...extra,
  });
}

/** A date typed as Grav writes it, checked as the site reads it: a wrong one is refused with a reason. */
function dateControl(h: NonNullable<Window['h']>, createClass: NonNullable<Window['createClass']>) {
  return createClass({
    isValid(this: { props: ControlProps }) {
      const value = typeof this.props.value === 'string' ? this.props.value.trim() : '';
      if (value === '') return true; // "required" is the CMS's own check
      const parsed = parseGravDate(value, site.timeZone);
      return parsed.ok ? true : { error: { message: `Неверная дата · Invalid date «${value}»: ${parsed.reason}` } };
    },
    render(this: { props: ControlProps }) {
      return textInput(h, this.props, { inputMode: 'numeric', placeholder: 'дд-мм-гггг чч:мм' });
    },
  });
}

interface ControlProps {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  field: { get(key: string): unknown };
  entry?: { getIn(path: string[]): unknown };
  onChange: (value: string) => void;
}

/**
 * The slug of a new post: filled from the title as the site transliterates it (Kazakh and Russian
 * letters too: "Қан тапсыру күні" → qan-tapsyru-kuni) until staff type their own. The post's folder
 * takes its name. Read-only once the post exists: renaming would change its address.
 */
function slugControl(h: NonNullable<Window['h']>, createClass: NonNullable<Window['createClass']>) {
  return createClass({
    isValid(this: { props: ControlProps; isNew: () => boolean }) {
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      if (value === '' && this.isNew()) return { error: { message: 'Нужен адрес: a-z, 0-9 и дефисы · An address is needed: a-z, 0-9 and hyphens' } };
      return value === '' || SLUG_PATTERN.test(value) ? true : { error: { message: `«${value}»: только a-z, 0-9 и дефисы · only a-z, 0-9 and hyphens` } };
    },
    componentDidMount(this: { props: ControlProps; follow: () => void }) {
      this.follow();
    },
    componentDidUpdate(this: { follow: () => void }) {
      this.follow();
    },
    isNew(this: { props: ControlProps }) {
      return typeof this.props.entry?.getIn(['data', SOURCE_KEY]) !== 'string';
    },
    follow(this: { props: ControlProps; isNew: () => boolean; typed?: boolean }) {
      if (!this.isNew() || this.typed) return;
      const title = this.props.entry?.getIn(['data', 'title']);
      const slug = typeof title === 'string' ? slugFromTitle(title) : '';
      if (slug !== this.props.value) this.props.onChange(slug);
    },
    render(this: { props: ControlProps; isNew: () => boolean; typed?: boolean }) {
      return textInput(h, this.props, { readOnly: !this.isNew() }, () => {
        this.typed = true;
      });
    },
  });
}

/** How the preview pane shows a field of ours: its text. */
function textPreview(h: NonNullable<Window['h']>) {
  return ({ value }: { value: unknown }) => h('p', null, typeof value === 'string' ? value : '');
}

function register(CMS: Cms): void {
  CMS.registerCustomFormat(POST_FORMAT, 'mdx', { fromFile: readPostFile, toFile: writePostFile });
  CMS.registerFieldType(GRAV_DATE_WIDGET, dateControl(window.h!, window.createClass!), textPreview(window.h!));
  CMS.registerFieldType(SLUG_WIDGET, slugControl(window.h!, window.createClass!), textPreview(window.h!));
  CMS.registerEditorComponent({
    id: GALLERY_COMPONENT,
    label: 'Галерея · Gallery',
    icon: 'photo_library',
    fields: [
      {
        name: 'photos', label: 'Фотографии · Photos', widget: 'list',
        fields: [
          { name: 'src', label: 'Фото · Photo', widget: 'image' },
          { name: 'alt', label: 'Что на фото · What it shows', widget: 'string', required: false },
          { name: 'title', label: 'Подпись · Title', widget: 'hidden', required: false },
        ],
      },
      { name: 'items', label: 'Фото на экране · Photos per view', widget: 'number', value_type: 'int', min: 1, max: 6, default: NEW_GALLERY.items },
      { name: 'loop', label: 'По кругу · Loop', widget: 'boolean', default: NEW_GALLERY.loop },
      { name: 'autoplay', label: 'Листать само · Autoplay', widget: 'boolean', default: NEW_GALLERY.autoplay },
      { name: 'source', label: 'source', widget: 'hidden', required: false },
    ],
    pattern: GALLERY_BLOCK_PATTERN,
    fromBlock: (match: RegExpMatchArray) => readGalleryBlock(match[0]),
    toBlock: (block) => writeGalleryBlock(block as GalleryBlock),
    // The preview shows the photos; the shortcode itself is for the file, not for staff.
    toPreview: (block: Partial<GalleryBlock>) => (block.photos ?? []).map((photo) => `![${photo.alt ?? ''}](${photo.src})`).join('\n\n'),
  });
}

/**
 * Russian on a first visit; staff may choose another language in the editor's settings. The CMS
 * reads this before this page's DOMContentLoaded, and loads the strings from /admin/locales
 * (scripts/build-admin.ts).
 */
function speakRussian(): void {
  const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') ?? '{}') as { locale?: string };
  if (prefs.locale === undefined) localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, locale: 'ru' }));
}

speakRussian();

window.addEventListener('DOMContentLoaded', () => {
  const CMS = window.CMS;
  if (!CMS) throw new Error('sveltia-cms.js did not load: run npm run build (scripts/build-admin.ts copies it)');
  register(CMS);
  CMS.init({ config: cmsConfig() });
});
