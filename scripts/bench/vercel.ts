// Suite `vercel`: what Vercel would deploy, from its own builder run offline on the end-to-end
// content (scripts/vercel-build.sh): routes that run a function in front (middleware), functions
// and their sizes, pictures in functions, photos as static files.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { functions, OUTPUT, PICTURE, vercelConfig } from '../../deploy/vercel-output';
import { sh, type Report, type Suite } from './shared';

async function run(report: Report): Promise<void> {
  sh('bash scripts/vercel-build.sh');
  const all = functions();
  const middleware = vercelConfig().routes.filter((route) => route.middlewarePath).length;
  const pictures = all.reduce((sum, fn) => sum + fn.files.filter((file) => PICTURE.test(file) && !file.includes('node_modules')).length, 0);
  const media = existsSync(path.join(OUTPUT, 'static/media')) ? readdirSync(path.join(OUTPUT, 'static/media')).length : 0;
  report.log("## Vercel's output (`vercel build` 64.0.2, offline, end-to-end content)");
  report.log('');
  report.log('| routes with a function in front (middlewarePath) | functions | largest function | pictures in functions | photos under static/media |');
  report.log('| --- | --- | --- | --- | --- |');
  const largest = all.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  report.log(`| ${middleware} | ${all.length} | ${largest.name}: ${(largest.bytes / 1e6).toFixed(1)} MB, ${largest.files.length} files | ${pictures} | ${media} |`);
  report.log('');
  report.log('| function | MB | files |');
  report.log('| --- | --- | --- |');
  for (const fn of [...all].sort((a, b) => b.bytes - a.bytes)) report.log(`| ${fn.name} | ${(fn.bytes / 1e6).toFixed(1)} | ${fn.files.length} |`);
  report.log('');
}

export const vercelSuite: Suite = { name: 'vercel', needsSite: false, run, description: "Vercel's own builder offline: middleware routes, function sizes, pictures in functions, static photos" };
