// Builds the end-to-end test site in a content folder (default .e2e-content): the committed fixture
// posts, the real seed post (e2e/fixtures/seed), placeholder photos, 25 filler posts for pagination, and two
// posts whose publish/unpublish moment is a few minutes from now, so the suite can watch a post go
// live (and another one expire) on a running `next start` without a rebuild.
// Usage: tsx scripts/make-e2e-content.ts [out-dir]
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { formatGravDate } from '../lib/content/dates';
import { site } from '../lib/site';
import { importGravSite } from './import-grav';
import { writePlaceholderImage } from './placeholder-image';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, '.e2e-content'));
const posts = path.join(out, 'posts');
export const SEED_SLUG = 'multidisciplinary-approach-in-hematopathology';
/** Minutes between generating the content and the scheduled moment: room for the build and the first checks. */
const LEAD_MINUTES = 3;

const IMAGES: Record<string, string[]> = {
  'with-header-image': ['header-10.jpg', 'header-2.jpg'],
  'autoplay-gallery': ['donor-1.jpg', 'donor-2.jpg', 'donor-3.jpg', 'donor-4.jpg'],
  unpublished: ['draft.jpg'],
  'scheduled-far': ['future.jpg'],
  'goes-live-soon': ['soon.jpg'],
};

function scheduledPost(title: string, date: string, extra: string, body: string): string {
  return `---\ntitle: '${title}'\ndate: '${date}'\n${extra}---\n\n${body}\n`;
}

async function main(): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(posts, { recursive: true });
  await cp(path.join(root, 'e2e/fixtures/content/posts'), posts, { recursive: true });
  await cp(path.join(root, 'e2e/fixtures/content/notices'), path.join(out, 'notices'), { recursive: true });
  await mkdir(path.join(posts, SEED_SLUG));
  await cp(path.join(root, 'e2e/fixtures/seed/000_e9ed13e40c74da8a.txt'), path.join(posts, SEED_SLUG, 'index.mdx'));
  // The seed's placeholder photos are the site's own (content/), at their real 1600×1067.
  for (const n of [1, 2, 3]) {
    await cp(path.join(root, 'content/posts', SEED_SLUG, `2023-01-09-${n}.jpg`), path.join(posts, SEED_SLUG, `2023-01-09-${n}.jpg`));
  }

  for (let i = 1; i <= 25; i++) {
    const n = String(i).padStart(2, '0');
    const date = formatGravDate(new Date(Date.UTC(2021, 0, i, 6)), site.timeZone);
    await mkdir(path.join(posts, `archive-note-${n}`));
    await writeFile(
      path.join(posts, `archive-note-${n}`, 'index.md'),
      `---\n# Filler for pagination: 25 listed posts from January 2021.\ntitle: 'Archive note ${n}'\ndate: '${date}'\n---\n\nArchive note number ${n} from the center.\n`,
    );
  }

  // Grav dates have minute precision: the next whole minute, plus the lead time.
  const moment = new Date(Math.ceil(Date.now() / 60000) * 60000 + LEAD_MINUTES * 60000);
  const gravMoment = formatGravDate(moment, site.timeZone);
  await mkdir(path.join(posts, 'goes-live-soon'));
  await writeFile(
    path.join(posts, 'goes-live-soon', 'index.mdx'),
    scheduledPost(
      'Scheduled news goes live by itself',
      // Dated just before the seed post: once live it is second on the front page and in the feeds,
      // and the seed stays first, so the rest of the suite (which runs after the moment) sees the
      // same first post whether or not this one is live yet.
      '08-01-2023 10:00',
      `published: true\npublish_date: '${gravMoment}'\ntaxonomy:\n  tag: [Timely]\n`,
      'This post about Quetzalcoatl was scheduled a few minutes after the build.\n\n===\n\n![A scheduled photo](soon.jpg)',
    ),
  );
  // A post live in English whose Russian translation goes live at the scheduled moment.
  await mkdir(path.join(posts, 'translation-later'));
  await writeFile(
    path.join(posts, 'translation-later', 'index.mdx'),
    scheduledPost('Donor registration opens online', '15-05-2022 09:00', 'taxonomy:\n  tag: [Registration]\n', 'Donors can now register online before they come.'),
  );
  await writeFile(
    path.join(posts, 'translation-later', 'index.ru.mdx'),
    scheduledPost(
      'Запись доноров теперь онлайн',
      '15-05-2022 09:00',
      `published: true\npublish_date: '${gravMoment}'\ntaxonomy:\n  tag: [Доноры]\n`,
      'Перевод опубликуется позже оригинала: донорам Кецалькоатля можно записаться онлайн.',
    ),
  );
  // An English notice shown from the moment for one minute (Grav dates have minute precision).
  const noticeEnd = formatGravDate(new Date(moment.getTime() + 60_000), site.timeZone);
  await mkdir(path.join(out, 'notices', 'donor-day-now'), { recursive: true });
  await writeFile(
    path.join(out, 'notices', 'donor-day-now', 'index.md'),
    `---\nlevel: info\npublish_date: '${gravMoment}'\nunpublish_date: '${noticeEnd}'\n---\n\nThe donor day starts now: come to the blood centre before 18:00.\n`,
  );
  await mkdir(path.join(posts, 'expires-soon'));
  await writeFile(
    path.join(posts, 'expires-soon', 'index.mdx'),
    scheduledPost('Announcement that expires soon', '16-06-2022 09:00', `unpublish_date: '${gravMoment}'\n`, 'This announcement stops being shown a few minutes after the build.'),
  );

  for (const [slug, files] of Object.entries(IMAGES)) {
    for (const file of files) {
      await writePlaceholderImage(path.join(posts, slug, file), 800, 533, `${slug} / ${file}`);
    }
  }
  // A photo straight from a phone: camera model and a GPS position in its EXIF data.
  const phonePhoto = path.join(posts, 'with-header-image', 'header-10.jpg');
  const withGps = await sharp(phonePhoto)
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone 1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' } })
    .toBuffer();
  await writeFile(phonePhoto, withGps);

  // The real Grav posts of e2e/fixtures/grav-real, through the importer, with stand-ins for their photos.
  const grav = path.join(out, '.grav-source');
  await cp(path.join(root, 'e2e/fixtures/grav-real'), grav, { recursive: true });
  for (const folder of await readdir(grav, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const missing = (await readFile(path.join(grav, folder.name, 'MISSING_MEDIA.txt'), 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const name of missing) await writePlaceholderImage(path.join(grav, folder.name, name), 800, 533, `${folder.name} / ${name}`);
  }
  const imported = await importGravSite(grav, posts);
  await rm(grav, { recursive: true, force: true });
  if (imported.problems.some((p) => p.severity === 'error')) throw new Error('the Grav fixtures did not import cleanly');
  // Whole Grav sites (their user/ folder, system.yaml included): the hard cases, and a few posts of
  // two real ones (all of them are imported by scripts/import-grav.test.ts; each page here is swept by axe).
  const gravSites: Array<[string, string[] | null]> = [
    ['grav-cases/user', null],
    ['grav-sites/typhoon/user', ['page-overrides', 'focus-and-blur']],
    ['grav-sites/multilang', ['welcome-to-grav']],
  ];
  for (const [name, only] of gravSites) {
    const source = path.join(out, '.grav-site');
    await cp(path.join(root, 'e2e/fixtures', name), source, { recursive: true });
    if (only) {
      const blog = path.join(source, 'pages', '01.blog');
      for (const entry of await readdir(blog, { withFileTypes: true })) if (entry.isDirectory() && !only.includes(entry.name)) await rm(path.join(blog, entry.name), { recursive: true });
    }
    await materializeMissingMedia(source);
    const report = await importGravSite(source, posts);
    await rm(source, { recursive: true, force: true });
    if (report.failed.length || report.problems.some((p) => p.severity === 'error')) throw new Error(`the Grav site ${name} did not import cleanly: ${JSON.stringify(report.failed)}`);
  }

  await writeFile(path.join(out, 'schedule.json'), JSON.stringify({ moment: moment.toISOString(), gravMoment, noticeEnd }, null, 2));
  console.log(`e2e content in ${path.relative(root, out)}; scheduled moment ${gravMoment} (${site.timeZone})`);
}

/** Stand-in photos for the names each MISSING_MEDIA.txt lists (the fixtures keep no photos). */
async function materializeMissingMedia(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await materializeMissingMedia(full);
    else if (entry.name === 'MISSING_MEDIA.txt') {
      for (const name of (await readFile(full, 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean)) await writePlaceholderImage(path.join(dir, name), 800, 533, name);
      await rm(full);
    }
  }
}

await main();
