// What the two web-editor specs share: a new post as a member of staff writes it (a Kazakh title,
// a summary, a body and a gallery of two phone photos), the file the site expects from it, and the
// site built from another content folder. writes-a-post-in-the-editor.spec.ts drives the editor's
// local mode; publishes-through-a-pull-request.spec.ts its GitHub mode against a stand-in.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import sharp from 'sharp';
import { writePlaceholderImage } from '../scripts/placeholder-image';

/** A phone's EXIF: its model and where the photo was taken. */
const PHONE_EXIF = { IFD0: { Make: 'PhoneMaker', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' } };

export const NEW_POST_SLUG = 'qan-tapsyru-kuni';
export const NEW_POST_TITLE = 'Қан тапсыру күні';
export const NEW_POST_PHOTOS = ['donor-1.webp', 'donor-2.webp'];
const DESCRIPTIONS = ['Донор қан тапсырады', 'Медбике мен донор'];

/** The new post's index.mdx, exactly as the editor must write it. */
export const NEW_POST_FILE = [
  '---',
  `title: ${NEW_POST_TITLE}`,
  `slug: ${NEW_POST_SLUG}`,
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
  `![${DESCRIPTIONS[0]}](donor-1.webp)`,
  `![${DESCRIPTIONS[1]}](donor-2.webp)`,
  '[/owl-carousel]',
  '',
].join('\n');

/** Phone photos as staff pick them: JPEG, with a GPS position the editor must not commit. */
export async function phonePhotos(testInfo: TestInfo): Promise<string[]> {
  const photos = ['donor-1.jpg', 'donor-2.jpg'].map((name) => testInfo.outputPath(name));
  await Promise.all(
    photos.map(async (file, i) => {
      await writePlaceholderImage(`${file}.plain.jpg`, 1200, 800, `Donor day ${i + 1}`);
      await sharp(`${file}.plain.jpg`).withExif(PHONE_EXIF).toFile(file);
    }),
  );
  expect((await sharp(photos[0]).metadata()).exif).toBeDefined();
  return photos;
}

/** A committed photo: WebP, 1200 px wide, and no EXIF (no phone model, no GPS position). */
export async function expectCleanPhoto(bytes: Buffer): Promise<void> {
  const meta = await sharp(bytes).metadata();
  expect([meta.format, meta.exif, meta.width]).toEqual(['webp', undefined, 1200]);
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

/** From the list of posts: a new post with every field filled in, up to (not including) Save. */
export async function writeNewPost(page: Page, photos: string[], screenshot: (name: string) => Promise<void> = async () => {}): Promise<void> {
  await page.getByRole('button', { name: 'Создать новую запись' }).click();
  await page.getByRole('textbox', { name: 'Заголовок · Title' }).fill(NEW_POST_TITLE);
  // The address follows the title, transliterated as the site does it.
  await expect(page.getByRole('textbox', { name: 'Адрес новости · Address (slug)' })).toHaveValue(NEW_POST_SLUG);
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
  for (const [i, file] of photos.entries()) {
    await gallery.getByRole('button', { name: /^Добавить/ }).click();
    await pickPhoto(page, gallery, file);
    // The photo is in its item once the item offers to replace it (the upload is re-encoded first).
    await expect(gallery.getByRole('button', { name: 'Replace Image' })).toHaveCount(i + 1);
    await gallery.getByRole('textbox', { name: 'Что на фото · What it shows' }).nth(i).fill(DESCRIPTIONS[i]);
  }
  await gallery.getByRole('switch', { name: 'По кругу · Loop' }).click();
  await gallery.scrollIntoViewIfNeeded();
  await screenshot('editor-gallery.png');
  await page.getByRole('textbox', { name: 'Заголовок · Title' }).scrollIntoViewIfNeeded();
  await screenshot('editor-new-post.png');
}

/** What the page reports as broken while the editor runs: errors, and anything its policy blocks. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The one request the policy blocks on purpose: the editor's check for a newer version of itself.
    if (/Content Security Policy/i.test(message.text()) && !message.text().includes('https://unpkg.com/@sveltia/cms/package.json')) errors.push(message.text());
  });
  return errors;
}

/** `npm run content:check` on a content folder: its output and exit status. */
export function checkContent(contentDir: string): { output: string; status: number | null } {
  const check = spawnSync('npx', ['tsx', 'scripts/content-check.ts'], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { output: check.stdout + check.stderr, status: check.status };
}

/**
 * The site built from another content folder and served (`next start`): a new post is a new build
 * (its photos and address are prepared from the content). The build replaces public/media, which
 * the end-to-end server serves too, so that is put back afterwards.
 */
export async function buildAndStartSite(contentDir: string, port: number): Promise<{ stop: () => void }> {
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
  const server: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-editor', SITE_URL: 'http://localhost:3000' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    restore();
  };
  try {
    await expect.poll(() => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
  } catch (error) {
    stop();
    throw error;
  }
  return { stop };
}

/** The new post on a site built with it: its title, and its gallery of two photos turning. */
export async function expectNewPostShown(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/news/${NEW_POST_SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: NEW_POST_TITLE })).toBeVisible();
  const carousel = page.locator('[aria-roledescription="carousel"]');
  await expect(carousel).toHaveAttribute('data-ready', '');
  await expect(carousel.locator('[aria-roledescription="slide"]')).toHaveCount(2);
  await expect(carousel.getByRole('img', { name: DESCRIPTIONS[0] })).toBeVisible();
}
