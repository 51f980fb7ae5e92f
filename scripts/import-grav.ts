// npm run import:grav -- <grav pages folder> [--out content/posts] [--dry-run]
// Converts every Grav post folder (one holding item.md or item.<lang>.md) under the folder into a
// content folder, copies its images, checks the result with the site's own loader, and prints a
// report: imported, skipped (and why), warnings, and what the check found.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type ContentProblem } from '../lib/content/errors';
import { GRAV_ITEM, importGravFolder } from '../lib/content/grav-import';
import { readAllPosts } from '../lib/content/loader';

export interface ImportReport {
  imported: Array<{ from: string; slug: string; files: string[] }>;
  skipped: Array<{ from: string; reason: string }>;
  warnings: string[];
  problems: ContentProblem[];
}

async function postFolders(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && GRAV_ITEM.test(e.name))) found.push(dir);
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(path.join(dir, entry.name));
  };
  await walk(root);
  return found.sort();
}

/** Imports `source` into `out` (a posts folder); with `dryRun`, writes nothing but still checks. */
export async function importGravSite(source: string, out: string, dryRun = false): Promise<ImportReport> {
  const report: ImportReport = { imported: [], skipped: [], warnings: [], problems: [] };
  const staging = await mkdtemp(path.join(os.tmpdir(), 'grav-import-'));
  const stagedPosts = path.join(staging, 'posts');
  await mkdir(stagedPosts);
  for (const dir of await postFolders(source)) {
    const from = path.relative(process.cwd(), dir) || dir;
    const files = await readdir(dir);
    const texts: Record<string, string> = {};
    for (const file of files.filter((f) => GRAV_ITEM.test(f) || f.endsWith('.meta.yaml'))) texts[file] = await readFile(path.join(dir, file), 'utf8');
    const mainItem = files.find((f) => f === 'item.md') ?? files.find((f) => GRAV_ITEM.test(f))!;
    const result = importGravFolder({ name: path.basename(dir), files, texts, modified: (await stat(path.join(dir, mainItem))).mtime });
    if (!result.ok) {
      report.skipped.push({ from, reason: result.reason });
      continue;
    }
    const { post } = result;
    const target = path.join(out, post.slug);
    if (await stat(target).then(() => true, () => false)) {
      report.skipped.push({ from, reason: `${path.relative(process.cwd(), target)} already exists` });
      continue;
    }
    if (report.imported.some((p) => p.slug === post.slug)) {
      report.skipped.push({ from, reason: `another folder already became '${post.slug}'` });
      continue;
    }
    await mkdir(path.join(stagedPosts, post.slug));
    for (const [name, text] of Object.entries(post.write)) await writeFile(path.join(stagedPosts, post.slug, name), text);
    for (const image of post.copy) await cp(path.join(dir, image), path.join(stagedPosts, post.slug, image));
    for (const { path: relative, as } of post.copyFrom) {
      const found = path.resolve(dir, decodeURIComponent(relative));
      if (await stat(found).then((s) => s.isFile(), () => false)) await cp(found, path.join(stagedPosts, post.slug, as));
      else report.warnings.push(`${from}: image '${relative}' was not found`);
    }
    report.imported.push({ from, slug: post.slug, files: [...Object.keys(post.write), ...post.copy] });
    report.warnings.push(...post.warnings.map((w) => `${from}: ${w}`));
  }
  // The site's own loader reads the result: what it refuses would fail the build.
  const { problems } = await readAllPosts(staging);
  report.problems = problems.map((p) => ({ ...p, file: p.file.replace(path.relative(process.cwd(), stagedPosts), path.relative(process.cwd(), out)) }));
  if (!dryRun) {
    await mkdir(out, { recursive: true });
    for (const { slug } of report.imported) await cp(path.join(stagedPosts, slug), path.join(out, slug), { recursive: true });
  }
  await rm(staging, { recursive: true, force: true });
  return report;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'content/posts' }, 'dry-run': { type: 'boolean' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run import:grav -- <grav pages folder> [--out content/posts] [--dry-run]');
    process.exit(2);
  }
  const report = await importGravSite(path.resolve(positionals[0]), path.resolve(values.out!), values['dry-run']);
  console.log(`${values['dry-run'] ? 'Would import' : 'Imported'} ${report.imported.length} post(s):`);
  for (const post of report.imported) console.log(`  ${post.from} → ${values.out}/${post.slug} (${post.files.join(', ')})`);
  console.log(`Skipped ${report.skipped.length}:`);
  for (const skip of report.skipped) console.log(`  ${skip.from}: ${skip.reason}`);
  console.log(`Warnings ${report.warnings.length}:`);
  for (const warning of report.warnings) console.log(`  ${warning}`);
  const errors = report.problems.filter((p) => p.severity === 'error');
  console.log(`Content check of the result: ${errors.length} error(s), ${report.problems.length - errors.length} warning(s)`);
  for (const problem of report.problems) console.log(`  ${formatProblem(problem)}`);
  process.exitCode = errors.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
