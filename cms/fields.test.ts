import { describe, expect, it } from 'vitest';
import { frontMatterSchema } from '../lib/content/frontmatter';
import { site } from '../lib/site';
import { cmsConfig, githubRepository } from './config';
import { DATE_FIELDS, FIELD_DEFAULTS, GRAV_DATE_WIDGET, postFields } from './fields';

type Field = { name: string; widget: string; default?: unknown; fields?: Field[] };

function names(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => [`${prefix}${field.name}`, ...names(field.fields ?? [], `${prefix}${field.name}.`)]);
}

describe('the editor form', () => {
  const fields = postFields() as unknown as Field[];

  it('has a field for every front-matter field the site knows, nested ones included', () => {
    const known = Object.keys(frontMatterSchema(site.timeZone).shape);
    const form = names(fields);
    expect(known.filter((name) => !form.includes(name))).toEqual([]);
    expect(form).toEqual(expect.arrayContaining(['taxonomy.category', 'taxonomy.tag', 'routes.aliases']));
  });

  it('gives every true/false field the default the site applies when the field is missing', () => {
    expect(FIELD_DEFAULTS).toEqual({
      published: true,
      hide_page_title: false,
      show_sidebar: true,
      hide_from_post_list: false,
      continue_link: true,
      hide_git_sync_repo_link: false,
      header_image: true,
    });
    for (const field of fields.filter((f) => f.widget === 'boolean')) expect(field.default).toBe(FIELD_DEFAULTS[field.name]);
  });

  it('types every date as a Grav date, checked by the site’s own parser', () => {
    // The schema's dates (gravDate in lib/content/frontmatter.ts).
    const dates = ['date', 'publish_date', 'unpublish_date', 'modified', 'reviewed_date', 'next_review'];
    expect(fields.filter((f) => f.widget === GRAV_DATE_WIDGET).map((f) => f.name).sort()).toEqual([...dates].sort());
    expect([...DATE_FIELDS].sort()).toEqual([...dates].sort());
  });
});

describe('the editor configuration', () => {
  const config = cmsConfig({}) as { backend: Record<string, unknown>; publish_mode: string; i18n: Record<string, unknown>; collections: Array<Record<string, unknown>> };

  it("writes index.mdx for the site's default language and index.<lang>.mdx for the others", () => {
    expect(config.i18n).toMatchObject({ structure: 'multiple_files', locales: site.languages, default_locale: site.defaultLanguage, omit_default_locale_from_file_path: true });
    expect(config.collections[0]).toMatchObject({ folder: 'content/posts', path: '{{slug}}/index', extension: 'mdx', media_folder: '', public_folder: '' });
  });

  it('sends every change as a pull request to the repository the site names, with no secret in it', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual(expect.objectContaining({ name: 'github', repo: githubRepository(), branch: site.repository.branch }));
    expect(cmsConfig({ CMS_AUTH_URL: 'https://auth.example.kz' }).backend).toMatchObject({ base_url: 'https://auth.example.kz' });
    expect(JSON.stringify(config)).not.toMatch(/secret|token/i);
  });

  it('reads owner/name from a GitHub address and refuses any other', () => {
    expect(githubRepository('https://github.com/hematology-center/news')).toBe('hematology-center/news');
    expect(githubRepository('https://github.com/a/b.git')).toBe('a/b');
    expect(() => githubRepository('https://gitlab.com/a/b')).toThrow(/must be a GitHub repository/);
  });
});
