// Staff write in the web editor at /admin (Sveltia CMS with cms/admin.ts), in its local mode: the
// editor reads and writes a folder of the repository in the browser. A person picks that folder in
// a system dialog, which Playwright cannot drive, so here the dialog alone is replaced: it hands the
// editor a folder of the browser's private file system holding the seed post. Everything else is the
// real editor: its forms, our post format, gallery block and date field, and its saving. The files
// it writes are then checked by `npm run content:check`. The same new post saved through GitHub's
// pull-request path is built and shown by publishes-through-a-pull-request.spec.ts.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { checkContent, collectPageErrors, expectCleanPhoto, phonePhotos, writeNewPost, NEW_POST_FILE, NEW_POST_PHOTOS, NEW_POST_SLUG } from './editor';

const SEED_SLUG = 'multidisciplinary-approach-in-hematopathology';
const SEED_FOLDER = path.join(E2E_CONTENT_DIR, 'posts', SEED_SLUG);
/** Where the docs' screenshots go when DOCS_SCREENSHOTS=1 (docs/writing-posts.md shows them). */
const DOCS_IMAGES = process.env.DOCS_SCREENSHOTS ? 'docs/images' : null;

type Files = Record<string, string>; // path in the repository → contents, base64

function folderFiles(folder: string, prefix: string): Files {
  return Object.fromEntries(readdirSync(folder).map((name) => [`${prefix}/${name}`, readFileSync(path.join(folder, name)).toString('base64')]));
}

/** The editor's folder: a repository (it looks for .git) with the seed post in content/posts. */
async function openEditor(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
  });
  await page.goto('/admin');
  await page.evaluate(async (files: Files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [file, base64] of Object.entries(files)) {
      const parts = file.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, folderFiles(SEED_FOLDER, `content/posts/${SEED_SLUG}`));
  await page.getByRole('button', { name: 'Работать с локальным репозиторием' }).click();
  await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
}

/** The files of content/posts as the editor left them. */
function postFiles(page: Page): Promise<Files> {
  return page.evaluate(async () => {
    const files: Record<string, string> = {};
    let posts = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
    for (const name of ['content', 'posts']) posts = await posts.getDirectoryHandle(name);
    for await (const [folder, handle] of posts.entries()) {
      if (handle.kind !== 'directory') continue;
      for await (const [name, file] of (handle as FileSystemDirectoryHandle).entries()) {
        const bytes = new Uint8Array(await (await (file as FileSystemFileHandle).getFile()).arrayBuffer());
        files[`${folder}/${name}`] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
      }
    }
    return files;
  });
}

const text = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

async function screenshot(page: Page, name: string): Promise<void> {
  if (DOCS_IMAGES) await page.screenshot({ path: path.join(DOCS_IMAGES, name) });
}

test.describe('writing in the web editor', () => {
  let pageErrors: string[];
  test.beforeEach(async ({ page }) => {
    pageErrors = collectPageErrors(page);
    await openEditor(page);
  });
  // The editor never fails behind staff's back (a field type or block of ours throwing, say), and
  // its own Content-Security-Policy (lib/security-headers.ts) lets it do all of this.
  test.afterEach(() => expect(pageErrors).toEqual([]));

  // The same post saved through a pull request is built and shown by publishes-through-a-pull-request.spec.ts.
  test('a new post with a Kazakh title, a summary, a body and a gallery of two photos is written as the site reads it', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const photos = await phonePhotos(testInfo);
    await screenshot(page, 'editor-posts.png');
    await writeNewPost(page, photos, (name) => screenshot(page, name));
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();

    const files = await postFiles(page);
    expect(Object.keys(files).filter((file) => file.startsWith(`${NEW_POST_SLUG}/`)).sort()).toEqual([...NEW_POST_PHOTOS, 'index.mdx'].map((name) => `${NEW_POST_SLUG}/${name}`));
    for (const photo of NEW_POST_PHOTOS) await expectCleanPhoto(Buffer.from(files[`${NEW_POST_SLUG}/${photo}`], 'base64'));
    expect(text(files[`${NEW_POST_SLUG}/index.mdx`])).toBe(NEW_POST_FILE);

    // The editor's posts folder (the seed post and the new one) on disk: the content check passes.
    const content = mkdtempSync(path.join(tmpdir(), 'editor-content-'));
    try {
      for (const [file, base64] of Object.entries(files)) {
        mkdirSync(path.join(content, 'posts', path.dirname(file)), { recursive: true });
        writeFileSync(path.join(content, 'posts', file), Buffer.from(base64, 'base64'));
      }
      mkdirSync(path.join(content, 'notices'));
      const check = checkContent(content);
      expect(check.output).toContain('2 posts read');
      expect(check.output).toContain('0 errors, 0 warnings');
      expect(check.status).toBe(0);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });

  test('the seed post opened, edited and edited back is the same file byte for byte; a save changes only what was edited', async ({ page }) => {
    const original = readFileSync(path.join(SEED_FOLDER, 'index.mdx'));
    const file = `${SEED_SLUG}/index.mdx`;
    const title = page.getByRole('textbox', { name: 'Заголовок · Title' });
    await page.getByRole('row', { name: /Multidisciplinary Approach in Hematopathology/ }).click();
    // Its fields as the file has them, its gallery a block again with the shortcode's options.
    await expect(page.getByRole('textbox', { name: 'Дата новости · Date' })).toHaveValue('09-01-2023 10:00');
    await expect(page.getByRole('switch', { name: 'Опубликовано · Published' })).toBeChecked();
    const gallery = page.getByRole('group', { name: 'Галерея · Gallery' });
    await expect(gallery.getByRole('switch', { name: 'По кругу · Loop' })).toBeChecked();
    await expect(gallery.getByRole('spinbutton', { name: 'Фото на экране · Photos per view' })).toHaveValue('1');
    await screenshot(page, 'editor-seed-post.png');

    await title.press('End');
    await title.pressSequentially(' (2023)');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
    const edited = text((await postFiles(page))[file]).split('\n');
    const before = original.toString('utf8').split('\n');
    expect(edited.filter((line, i) => line !== before[i])).toEqual([`${before[1].slice(0, -1)} (2023)'`]);

    await page.getByRole('row', { name: /Multidisciplinary Approach in Hematopathology/ }).click();
    await title.press('End');
    for (let i = 0; i < ' (2023)'.length; i++) await title.press('Backspace');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();
    expect(Buffer.from((await postFiles(page))[file], 'base64').equals(original)).toBe(true);
  });

  test('an impossible date is refused in the editor with a message, and nothing is written', async ({ page }) => {
    const before = await postFiles(page);
    await page.getByRole('button', { name: 'Создать новую запись' }).click();
    await page.getByRole('textbox', { name: 'Заголовок · Title' }).fill('Жаңалық');
    await page.getByRole('textbox', { name: 'Дата новости · Date' }).fill('31-02-2026 10:00');
    const body = page.getByRole('textbox', { name: 'Текст · Body' });
    await body.click();
    await body.pressSequentially('Мәтін.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const date = page.getByRole('group', { name: /Дата новости · Date/ });
    await expect(date.getByRole('alert')).toHaveText(/Неверная дата · Invalid date «31-02-2026 10:00»: day 31 does not exist in 2026-02/);
    await expect(date.getByRole('textbox', { name: 'Дата новости · Date' })).toHaveAttribute('aria-invalid', 'true');
    await date.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-date-error.png');
    expect(await postFiles(page)).toEqual(before);
  });
});
