// Suite `scaling`: build time and peak memory of the site's own content and of 10, 100 and 1,000
// generated posts in three languages (--scaling=10,100,1000,3000 picks the sizes), with where the
// largest build's time goes (Next's phases from its trace, the site's from lib/build-profile.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureBuild, NEXT_PHASES, type BuildMeasure } from './build-scaling';
import { generatePosts } from './generate-posts';
import { root, type Report, type Suite } from './shared';

const scalingCounts = (process.argv.find((a) => a.startsWith('--scaling='))?.slice(10) ?? '10,100,1000').split(',').map(Number);

function perPost(a: { count: number; seconds: number }, b: { count: number; seconds: number }): number {
  return (b.seconds - a.seconds) / (b.count - a.count);
}

async function benchScaling(report: Report): Promise<void> {
  const languages = ['en', 'ru', 'kk'];
  report.log(`## Build time and peak memory by number of posts (\`npm run build\`, generated posts, each in ${languages.length} languages)`);
  report.log('');
  report.log('Peak memory is the largest sum of the resident memory of `next build` and all its processes, sampled twice a second.');
  report.log('');
  report.log('| posts | post files | pages generated | build s | peak memory (MB) |');
  report.log('| --- | --- | --- | --- | --- |');
  const measured: Array<{ count: number } & BuildMeasure> = [];
  for (const count of scalingCounts) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `bench-content-${count}-`));
    await generatePosts(dir, count, languages);
    const distDir = `bench/tmp/.next-${count}`;
    const result = await measureBuild(root, dir, distDir);
    measured.push({ count, ...result });
    report.log(`| ${count} | ${count * languages.length} | ${result.pages} | ${result.seconds.toFixed(1)} | ${result.peakMb.toFixed(0)} |`);
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(root, distDir), { recursive: true, force: true });
  }
  report.log('');
  const at = (count: number) => measured.find((entry) => entry.count === count);
  const [m10, m100, m1000] = [at(10), at(100), at(1000)];
  if (m10 && m100 && m1000) {
    const low = perPost(m10, m100);
    const high = perPost(m100, m1000);
    report.log(`Cost per added post: ${(low * 1000).toFixed(0)} ms between 10 and 100 posts, ${(high * 1000).toFixed(0)} ms between 100 and 1,000 (ratio ${(high / low).toFixed(2)}; linear or better is at most 1.2).`);
    report.log('');
  }
  for (const entry of measured.filter((item) => item.count === 1000)) {
    report.log(`### Where the time of the ${entry.count}-post build goes`);
    report.log('');
    report.log('Next.js\'s phases, from its trace (`.next/trace`):');
    report.log('');
    report.log('| phase | s |');
    report.log('| --- | --- |');
    for (const [span, name] of NEXT_PHASES) if (entry.next[span] !== undefined) report.log(`| ${name} | ${entry.next[span].toFixed(1)} |`);
    report.log(`| whole build (wall clock) | ${entry.seconds.toFixed(1)} |`);
    report.log('');
    report.log('The site\'s own phases (lib/build-profile.ts): summed durations, which overlap when a page awaits several at once:');
    report.log('');
    report.log('| phase | times | s (summed) | processes |');
    report.log('| --- | --- | --- | --- |');
    for (const phase of entry.site.filter((item) => item.seconds >= 0.05)) report.log(`| ${phase.phase} | ${phase.count} | ${phase.seconds.toFixed(1)} | ${phase.processes} |`);
    report.log('');
  }
}

/** `next build` of the site's own content (content/). */
async function benchOwnBuild(report: Report): Promise<void> {
  const result = await measureBuild(root, 'content', 'bench/tmp/.next-own');
  report.log(`\`next build\` of the site's own content (\`content/\`): ${result.seconds.toFixed(1)} s, ${result.pages} pages, peak memory ${result.peakMb.toFixed(0)} MB.`);
  report.log('');
  await rm(path.join(root, 'bench/tmp/.next-own'), { recursive: true, force: true });
}

export const scalingSuite: Suite = {
  name: 'scaling',
  description: "build time and memory of the site's own content and of 10, 100 and 1,000 generated posts in three languages",
  needsSite: false,
  async run(report: Report) {
    await benchOwnBuild(report);
    await benchScaling(report);
  },
};
