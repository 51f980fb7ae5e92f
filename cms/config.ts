// The web editor's configuration: where posts live, how their files are named in each language,
// and how a change reaches the site (a pull request for review). Built into public/admin/cms.js.

import type { CmsConfig, Field } from '@sveltia/cms';
import { site } from '../lib/site';
import { postFields } from './fields';

/**
 * The custom file format of posts (cms/post-format.ts). The CMS accepts a Markdown extension only
 * with a format whose name ends in -frontmatter.
 */
export const POST_FORMAT = 'grav-frontmatter';

/** `owner/name` of the GitHub repository in site.repository.url. */
export function githubRepository(url = site.repository.url): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?$/.exec(url);
  if (!match) throw new Error(`SITE_REPOSITORY_URL must be a GitHub repository (https://github.com/owner/name), found ${url}`);
  return match[1];
}

export function cmsConfig(env: Record<string, string | undefined> = process.env): CmsConfig {
  return {
    load_config_file: false,
    backend: {
      name: 'github',
      repo: githubRepository(),
      branch: site.repository.branch,
      // The OAuth client that swaps GitHub's code for a token (docs/writing-posts.md, "Set up").
      ...(env.CMS_AUTH_URL ? { base_url: env.CMS_AUTH_URL } : {}),
      commit_messages: {
        create: 'Новость «{{slug}}»: создана в редакторе · New post {{slug}}',
        update: 'Новость «{{slug}}»: изменена в редакторе · Edit post {{slug}}',
        delete: 'Новость «{{slug}}»: удалена в редакторе · Delete post {{slug}}',
        uploadMedia: 'Фото {{path}} · Upload {{path}}',
        deleteMedia: 'Удалено фото {{path}} · Delete {{path}}',
      },
    },
    // Every new or edited post becomes a branch and a pull request; "Publish" merges it after review.
    publish_mode: 'editorial_workflow',
    site_url: site.url,
    app_title: 'Редактор новостей · News editor',
    // Photos go into the post's own folder and are linked by file name (content/posts/<slug>/photo.webp).
    media_folder: 'content/posts',
    media_libraries: {
      default: {
        config: {
          max_file_size: 25 * 1024 * 1024,
          // "IMG 0042.JPG" → img-0042.webp: names the content check accepts.
          slugify_filename: true,
          // Re-encoded in the browser before they are committed: at most 2400 px, and without the
          // camera's metadata (a phone's GPS position of a ward never reaches the repository).
          transformations: { raster_image: { format: 'webp', quality: 85, width: 2400, height: 2400 } },
        },
      },
      // No stock photo services: the center publishes its own photos.
      stock_assets: false,
    },
    slug: { encoding: 'ascii', clean_accents: true, maxlength: 60 },
    i18n: {
      structure: 'multiple_files',
      locales: [...site.languages],
      default_locale: site.defaultLanguage,
      // index.mdx for the default language, index.ru.mdx and index.kk.mdx for the others (the loader's names).
      omit_default_locale_from_file_path: true,
      omit_default_locale_from_preview_path: true,
      initial_locales: [site.defaultLanguage],
    },
    collections: [
      {
        name: 'posts',
        label: 'Новости · News',
        label_singular: 'Новость · Post',
        folder: 'content/posts',
        path: '{{slug}}/index',
        extension: 'mdx',
        format: POST_FORMAT,
        media_folder: '',
        public_folder: '',
        create: true,
        i18n: true,
        identifier_field: 'title',
        // "Open preview" on a pull request: the post on the branch's preview deployment (/news/<slug>,
        // /ru/news/<slug>); a scheduled post there needs the Draft Mode link (docs/writing-posts.md).
        preview_path: '{{locale}}/news/{{slug}}',
        summary: '{{title}} · {{date}}',
        // The folder is named after the slug field, which follows the title as the site transliterates it.
        slug: { template: '{{fields.slug}}', editable: false },
        fields: postFields() as Field[],
      },
    ],
  };
}
