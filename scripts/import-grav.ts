// npm run import:grav -- <Grav user/ or pages/ folder> [--out content/posts] [--report file] [--dry-run]
// Converts every Grav post folder (one holding item.md, post.md or a translation such as
// item.ru.md) into a content folder, copies its pictures under names the site serves, checks the
// result with the site's own loader, and writes a migration report (Markdown) beside the output:
// per post what changed and what needs a person. Given the Grav `user/` folder, it reads
// `config/system.yaml` for the date format, time zone, languages and URL rules Grav used.
// Exits non-zero only when a post could not be written at all.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { formatProblem, type ContentProblem } from '../lib/content/errors';
import { splitFrontMatter } from '../lib/content/frontmatter';
import { gravParentRoute } from '../lib/content/grav-import/addresses';
import { GRAV_PAGE, importGravFolder, readGravSettings, type Notes } from '../lib/content/grav-import';
import { renderReport, type ImportReport } from '../lib/content/grav-import/report';
import { readAllPosts } from '../lib/content/loader';
import { site } from '../lib/site';

export type { ImportedEntry, ImportReport } from '../lib/content/grav-import/report';

const exists = (file: string) => stat(file).then((s) => s.isFile(), () => false);
const isDirectory = (dir: string) => stat(dir).then((s) => s.isDirectory(), () => false);

/** The Grav `pages/` folder and `config/system.yaml` for what the user named (user/, pages/, or a folder inside pages/). */
async function locate(source: string): Promise<{ pages: string; config: string | null }> {
  for (const pages of [path.join(source, 'pages'), path.join(source, 'user', 'pages')]) {
    if (await isDirectory(pages)) {
      const config = path.join(pages, '..', 'config', 'system.yaml');
      return { pages, config: (await exists(config)) ? config : null };
    }
  }
  const parts = source.split(path.sep);
  const at = parts.lastIndexOf('pages');
  const pages = at > 0 ? parts.slice(0, at + 1).join(path.sep) : source;
  const config = path.join(pages, '..', 'config', 'system.yaml');
  return { pages, config: at > 0 && (await exists(config)) ? config : null };
}

async function filesUnder(root: string): Promise<Set<string>> {
  const found = new Set<string>();
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(full);
      else if (entry.isFile()) found.add(full);
    }
  };
  await walk(root);
  return found;
}

/** Drops front-matter fields the site refuses and the importer does not convert, so the post can be written; each is reported. */
function dropRefusedFields(text: string, fields: string[], notes: Notes, file: string): string {
  const split = splitFrontMatter(text);
  const doc = parseDocument(split.yaml ?? '', { version: '1.2' });
  for (const field of fields) {
    notes.person(`${file}: field '${field}' removed: ${JSON.stringify(doc.get(field))} is not a value the site accepts`);
    doc.delete(field);
  }
  return `---\n${doc.toString({ lineWidth: 0 }).replace(/\s+$/, '')}\n---\n${split.body}`;
}

/** Imports the Grav site at `source` into `out` (a posts folder); with `dryRun`, writes nothing but still checks. */
export async function importGravSite(source: string, out: string, dryRun = false): Promise<ImportReport> {
  const { pages, config } = await locate(source);
  const systemYaml = config ? await readFile(config, 'utf8') : null;
  const settings = readGravSettings(systemYaml, site.timeZone);
  const report: ImportReport = { source, settings: { ...settings, config }, imported: [], skipped: [], failed: [], problems: [] };
  const staging = await mkdtemp(path.join(os.tmpdir(), 'grav-import-'));
  const stagedPosts = path.join(staging, 'posts');
  await mkdir(stagedPosts);
  const all = await filesUnder(pages);
  const folders = [...new Set([...all].filter((file) => GRAV_PAGE.test(path.basename(file))).map((file) => path.dirname(file)))].sort();
  const rules = { languages: site.languages, defaultLanguage: site.defaultLanguage, timeZone: site.timeZone, legacyBlogRoute: site.legacyBlogRoute };
  for (const dir of folders) {
    const from = path.relative(pages, dir) || path.basename(dir);
    const files = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    const texts: Record<string, string> = {};
    for (const file of files.filter((f) => GRAV_PAGE.test(f) || f.endsWith('.meta.yaml'))) texts[file] = await readFile(path.join(dir, file), 'utf8');
    const mainPage = files.filter((f) => GRAV_PAGE.test(f)).sort()[0];
    const parentRoute = gravParentRoute(path.relative(pages, path.dirname(dir)).split(path.sep).filter(Boolean), {
      lowercase: settings.lowercase,
      hiddenHome: settings.hiddenHome,
    });
    const result = importGravFolder(
      { name: path.basename(dir), files, texts, modified: (await stat(path.join(dir, mainPage))).mtime, parentRoute, has: (relative) => all.has(path.resolve(dir, relative)) },
      settings,
      rules,
    );
    if (!result.ok) {
      report.failed.push({ from, reason: result.reason });
      continue;
    }
    const { post } = result;
    const target = path.join(out, post.slug);
    if (await isDirectory(target)) {
      report.skipped.push({ from, reason: `${path.relative(process.cwd(), target)} already exists` });
      continue;
    }
    const taken = report.imported.find((p) => p.slug === post.slug);
    if (taken) {
      report.skipped.push({ from, reason: `${taken.from} already became '${post.slug}'` });
      continue;
    }
    await mkdir(path.join(stagedPosts, post.slug));
    for (const [name, text] of Object.entries(post.write)) await writeFile(path.join(stagedPosts, post.slug, name), text);
    for (const copy of post.copy) await cp(path.resolve(dir, copy.from), path.join(stagedPosts, post.slug, copy.as));
    report.imported.push({ from, slug: post.slug, files: [...Object.keys(post.write), ...post.copy.map((c) => c.as)], aliases: post.aliases, notes: post.notes });
  }

  // The site's own loader reads the result. A field it refuses is dropped (and reported); a post
  // that still does not pass is not written at all.
  const stagedFile = (p: ContentProblem) => path.resolve(process.cwd(), p.file);
  const inPost = (p: ContentProblem, slug: string) => stagedFile(p).startsWith(path.join(stagedPosts, slug) + path.sep) || stagedFile(p) === path.join(stagedPosts, slug);
  let { problems } = await readAllPosts(staging);
  for (const entry of report.imported) {
    const refused = problems.filter((p) => p.severity === 'error' && inPost(p, entry.slug) && p.field && !['title', 'date'].includes(p.field.split('.')[0]));
    for (const file of new Set(refused.map(stagedFile))) {
      const fields = [...new Set(refused.filter((p) => stagedFile(p) === file).map((p) => p.field!.split('.')[0]))];
      await writeFile(file, dropRefusedFields(await readFile(file, 'utf8'), fields, entry.notes, path.basename(file)));
    }
  }
  ({ problems } = await readAllPosts(staging));
  for (const entry of [...report.imported]) {
    const errors = problems.filter((p) => p.severity === 'error' && inPost(p, entry.slug));
    if (errors.length === 0) continue;
    report.failed.push({ from: entry.from, reason: errors.map((p) => formatProblem({ ...p, file: path.relative(stagedPosts, stagedFile(p)) })).join('; ') });
    report.imported.splice(report.imported.indexOf(entry), 1);
    await rm(path.join(stagedPosts, entry.slug), { recursive: true, force: true });
  }
  const shown = path.relative(process.cwd(), out) || out;
  report.problems = problems
    .filter((p) => report.imported.some((entry) => inPost(p, entry.slug)))
    .map((p) => ({ ...p, file: path.join(shown, path.relative(stagedPosts, stagedFile(p))) }));
  if (!dryRun) {
    await mkdir(out, { recursive: true });
    for (const { slug } of report.imported) await cp(path.join(stagedPosts, slug), path.join(out, slug), { recursive: true });
  }
  await rm(staging, { recursive: true, force: true });
  return report;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'content/posts' }, report: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run import:grav -- <Grav user/ or pages/ folder> [--out content/posts] [--report file] [--dry-run]');
    process.exit(2);
  }
  const out = path.resolve(values.out!);
  const report = await importGravSite(path.resolve(positionals[0]), out, values['dry-run']);
  const markdown = renderReport(report, values['dry-run'] ?? false);
  const reportFile = path.resolve(values.report ?? path.join(path.dirname(out), 'grav-import-report.md'));
  if (!values['dry-run']) await writeFile(reportFile, markdown);
  const people = report.imported.filter((entry) => entry.notes.forPerson.length);
  console.log(`${values['dry-run'] ? 'Would import' : 'Imported'} ${report.imported.length} post(s) into ${path.relative(process.cwd(), out) || out}; skipped ${report.skipped.length}; could not write ${report.failed.length}.`);
  console.log(`Grav settings: ${report.settings.config ? path.relative(process.cwd(), report.settings.config) : 'no system.yaml given (Grav defaults)'}; date format ${report.settings.dateFormat ?? 'none (PHP reads the date)'}; time zone ${report.settings.timeZone}.`);
  for (const entry of people) {
    console.log(`  ${entry.slug} (${entry.from}) needs a person:`);
    for (const line of entry.notes.forPerson) console.log(`    - ${line}`);
  }
  for (const fail of report.failed) console.log(`  could not write ${fail.from}: ${fail.reason}`);
  const errors = report.problems.filter((p) => p.severity === 'error');
  console.log(`Content check of the result: ${errors.length} error(s), ${report.problems.length - errors.length} warning(s).`);
  for (const problem of report.problems) console.log(`  ${formatProblem(problem)}`);
  console.log(values['dry-run'] ? '(dry run: nothing written)' : `Report: ${path.relative(process.cwd(), reportFile)}`);
  process.exitCode = report.failed.length || errors.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
