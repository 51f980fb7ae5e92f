// Staff write in the web editor at /admin (Sveltia CMS with cms/admin.ts), in its local mode: the
// editor reads and writes a folder of the repository in the browser. A person picks that folder in
// a system dialog, which Playwright cannot drive, so here the dialog alone is replaced: it hands the
// editor a folder of the browser's private file system holding the seed post. Everything else is the
// real editor: its forms, our post format, gallery block and date field, and its saving. The files
// it writes are then checked by `npm run content:check` and shown by the site.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { writePlaceholderImage } from '../scripts/placeholder-image';
import { E2E_CONTENT_DIR } from '../playwright.config';

const SEED_SLUG = 'multidisciplinary-approach-in-hematopathology';
const SEED_FOLDER = path.join(E2E_CONTENT_DIR, 'posts', SEED_SLUG);
/** Where the docs' screenshots go when DOCS_SCREENSHOTS=1 (docs/writing-posts.md shows them). */
const DOCS_IMAGES = process.env.DOCS_SCREENSHOTS ? 'docs/images' : null;

/** A phone's EXIF: its model and where the photo was taken. */
const PHONE_EXIF = { IFD0: { Make: 'PhoneMaker', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' } };

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

async function pickPhoto(page: Page, scope: ReturnType<Page['getByRole']>, file: string): Promise<void> {
  await scope.getByRole('button', { name: 'Обзор' }).last().click();
  const dialog = page.getByRole('dialog', { name: 'Выбрать изображение' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Загрузить' }).click();
  await (await chooser).setFiles(file);
  // Re-encoded on upload (cms/config.ts): the option may already carry the new extension.
  const name = path.basename(file, path.extname(file));
  await expect(dialog.getByRole('option', { name: new RegExp(`^${name}\\.`) })).toHaveAttribute('aria-selected', 'true');
  await dialog.getByRole('button', { name: 'Вставить' }).click();
}

/**
 * The site built from another content folder and served (`next start`): a new post is a new build
 * (its photos and address are prepared from the content). The build replaces public/media, which
 * the end-to-end server serves too, so that is put back afterwards.
 */
async function buildAndStartSite(contentDir: string, port: number): Promise<{ server: ChildProcess; restore: () => void }> {
  const saved = mkdtempSync(path.join(tmpdir(), 'e2e-media-'));
  cpSync('public/media', saved, { recursive: true });
  const restore = () => {
    rmSync('public/media', { recursive: true, force: true });
    cpSync(saved, 'public/media', { recursive: true });
    rmSync(saved, { recursive: true, force: true });
  };
  const build = spawnSync('bash', ['scripts/build.sh'], { env: { ...process.env, CI: '', CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-editor' }, encoding: 'utf8' });
  if (build.status !== 0) {
    restore();
    throw new Error(`the build of the editor's content failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-editor', SITE_URL: 'http://localhost:3000' },
    stdio: 'ignore',
    detached: true,
  });
  await expect.poll(() => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
  return { server, restore };
}

test.describe('writing in the web editor', () => {
  let pageErrors: string[];
  test.beforeEach(async ({ page }) => {
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // The one request the policy blocks on purpose: the editor's check for a newer version of itself.
      if (/Content Security Policy/i.test(message.text()) && !message.text().includes('https://unpkg.com/@sveltia/cms/package.json')) pageErrors.push(message.text());
    });
    await openEditor(page);
  });
  // The editor never fails behind staff's back (a field type or block of ours throwing, say), and
  // its own Content-Security-Policy (lib/security-headers.ts) lets it do all of this.
  test.afterEach(() => expect(pageErrors).toEqual([]));

  test('a new post with a Kazakh title, a summary, a body and a gallery of two photos is written as the site reads it, and shown', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    // Phone photos as staff pick them: JPEG, with a GPS position the editor must not commit.
    const photos = ['donor-1.jpg', 'donor-2.jpg'].map((name) => testInfo.outputPath(name));
    await Promise.all(
      photos.map(async (file, i) => {
        await writePlaceholderImage(`${file}.plain.jpg`, 1200, 800, `Donor day ${i + 1}`);
        await sharp(`${file}.plain.jpg`).withExif(PHONE_EXIF).toFile(file);
      }),
    );
    expect((await sharp(photos[0]).metadata()).exif).toBeDefined();
    await screenshot(page, 'editor-posts.png');

    await page.getByRole('button', { name: 'Создать новую запись' }).click();
    await page.getByRole('textbox', { name: 'Заголовок · Title' }).fill('Қан тапсыру күні');
    // The address follows the title, transliterated as the site does it.
    await expect(page.getByRole('textbox', { name: 'Адрес новости · Address (slug)' })).toHaveValue('qan-tapsyru-kuni');
    await page.getByRole('textbox', { name: 'Дата новости · Date' }).fill('01-11-2026 10:00');
    const summary = page.getByRole('textbox', { name: 'Краткое содержание · Summary' });
    await summary.click();
    await summary.pressSequentially('Донорлар күні өтті.');
    const body = page.getByRole('textbox', { name: 'Текст · Body' });
    await body.click();
    await body.pressSequentially('Орталықта донорлар күні өтті.');
    await body.press('Enter');
    const bodyField = page.getByRole('group', { name: /Текст · Body/ });
    await bodyField.getByRole('button', { name: 'Вставить' }).first().click();
    await page.getByRole('menuitem', { name: 'Галерея · Gallery' }).click();
    const gallery = bodyField.getByRole('group', { name: 'Галерея · Gallery' });
    const descriptions = ['Донор қан тапсырады', 'Медбике мен донор'];
    for (const [i, file] of photos.entries()) {
      await gallery.getByRole('button', { name: /^Добавить/ }).click();
      await pickPhoto(page, gallery, file);
      // The photo is in its item once the item offers to replace it (the upload is re-encoded first).
      await expect(gallery.getByRole('button', { name: 'Replace Image' })).toHaveCount(i + 1);
      await gallery.getByRole('textbox', { name: 'Что на фото · What it shows' }).nth(i).fill(descriptions[i]);
    }
    await gallery.getByRole('switch', { name: 'По кругу · Loop' }).click();
    await gallery.scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-gallery.png');
    await page.getByRole('textbox', { name: 'Заголовок · Title' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-new-post.png');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('grid', { name: 'Записи' })).toBeVisible();

    const files = await postFiles(page);
    expect(Object.keys(files).filter((file) => file.startsWith('qan-tapsyru-kuni/')).sort()).toEqual([
      'qan-tapsyru-kuni/donor-1.webp',
      'qan-tapsyru-kuni/donor-2.webp',
      'qan-tapsyru-kuni/index.mdx',
    ]);
    for (const photo of ['donor-1.webp', 'donor-2.webp']) {
      const meta = await sharp(Buffer.from(files[`qan-tapsyru-kuni/${photo}`], 'base64')).metadata();
      expect([meta.format, meta.exif, meta.width]).toEqual(['webp', undefined, 1200]);
    }
    expect(text(files['qan-tapsyru-kuni/index.mdx'])).toBe(
      [
        '---',
        'title: Қан тапсыру күні',
        'slug: qan-tapsyru-kuni',
        "date: '01-11-2026 10:00'",
        '---',
        '',
        'Донорлар күні өтті.',
        '',
        '===',
        '',
        'Орталықта донорлар күні өтті.',
        '',
        '[owl-carousel items=1 loop=true autoplay=false]',
        '![Донор қан тапсырады](donor-1.webp)',
        '![Медбике мен донор](donor-2.webp)',
        '[/owl-carousel]',
        '',
      ].join('\n'),
    );

    // The editor's posts folder (the seed post and the new one) on disk: the content check passes,
    // and the site built from it shows the post.
    const content = mkdtempSync(path.join(tmpdir(), 'editor-content-'));
    let site: { server: ChildProcess; restore: () => void } | undefined;
    try {
      for (const [file, base64] of Object.entries(files)) {
        mkdirSync(path.join(content, 'posts', path.dirname(file)), { recursive: true });
        writeFileSync(path.join(content, 'posts', file), Buffer.from(base64, 'base64'));
      }
      mkdirSync(path.join(content, 'notices'));
      const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
      expect(check.stdout + check.stderr).toContain('2 posts read');
      expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings');
      expect(check.status).toBe(0);

      site = await buildAndStartSite(content, 3101);
      await page.goto('http://127.0.0.1:3101/news/qan-tapsyru-kuni');
      await expect(page.getByRole('heading', { level: 1, name: 'Қан тапсыру күні' })).toBeVisible();
      const carousel = page.locator('[aria-roledescription="carousel"]');
      await expect(carousel).toHaveAttribute('data-ready', '');
      await expect(carousel.locator('[aria-roledescription="slide"]')).toHaveCount(2);
      await expect(carousel.getByRole('img', { name: 'Донор қан тапсырады' })).toBeVisible();
    } finally {
      if (site?.server.pid) process.kill(-site.server.pid, 'SIGTERM');
      site?.restore();
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
