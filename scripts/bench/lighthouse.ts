// Suite `lighthouse`: Lighthouse 12.2.3 mobile scores (median of 3) of the phone pages beside an
// empty Next.js page and beside copies of / and the seed post with every script removed (what the
// content itself costs a phone, without Next's client runtime and hydration).
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chrome, median, PHONE_PAGES, root, type Report, type Suite, type Targets } from './shared';
import { startStaticCopy } from './static-copy';

const execFileAsync = promisify(execFile);

export interface LighthouseRun {
  perf: number;
  a11y: number;
  bp: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
}

export async function lighthouse(url: string, attempt = 1): Promise<LighthouseRun> {
  const out = path.join(os.tmpdir(), `lh-${Date.now()}.json`);
  try {
    // Asynchronous: the static copies are served from this process, which must keep answering.
    await execFileAsync('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHROME_PATH: chrome() },
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    // Lighthouse now and then loses the trace of a load (NO_NAVSTART); one more try, then give up.
    if (attempt < 2) return lighthouse(url, attempt + 1);
    throw error;
  }
  const report = JSON.parse(await readFile(out, 'utf8'));
  await rm(out, { force: true });
  const score = (id: string) => Math.round((report.categories[id].score ?? 0) * 100);
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
  };
}

/** Pages also measured without Next's scripts, to tell the content's cost from the runtime's. */
const STATIC_COPIES = PHONE_PAGES.filter(([name]) => name === '/' || name === 'seed post');

async function run(report: Report, { site, empty: emptyOrigin }: Targets): Promise<void> {
  report.log('## Lighthouse 12.2.3, mobile (default emulation and throttling), median of 3 runs');
  report.log('');
  report.log('| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | runs (perf) |');
  report.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  const staticCopy = await startStaticCopy(site);
  const pages: Array<[string, string]> = [
    ['empty Next.js page (baseline)', `${emptyOrigin}/`],
    ...PHONE_PAGES.map(([name, pathname]): [string, string] => [name, site + pathname]),
    ...STATIC_COPIES.map(([name, pathname]): [string, string] => [`${name} without Next's scripts (static copy)`, staticCopy.url + pathname]),
  ];
  try {
    for (const [name, url] of pages) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < 3; i++) runs.push(await lighthouse(url));
      const m = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
      report.log(`| ${name} | ${m('perf')} | ${m('a11y')} | ${m('bp')} | ${m('seo')} | ${m('lcp').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} | ${runs.map((r) => r.perf).join(', ')} |`);
    }
  } finally {
    staticCopy.close();
  }
  report.log('');
  report.log("The static copies are the same pages with every script removed (`scripts/bench/static-copy.ts`): the same HTML, CSS, fonts and images, without Next's client runtime and hydration.");
  report.log('');
}

export const lighthouseSuite: Suite = { name: 'lighthouse', needsSite: true, run, description: "Lighthouse 12.2.3 mobile (median of 3) for the phone pages, the empty Next.js page and script-free copies of / and the seed post" };
