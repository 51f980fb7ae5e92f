// npm run bench: measures the production build on this machine and writes bench/results.md.
//  1. Lighthouse 12.2.3 (mobile, Debian's Chromium), median of 3, for /, the seed post, a tag page,
//     beside an empty Next.js page built and served the same way, and beside copies of / and the
//     seed post with Next's scripts removed.
//  2. JavaScript shipped on first load of each page type (raw and gzip).
//  3. Layout shifts and the largest paint on a throttled phone, named by element; page weight of
//     the seed post on a 412 px wide phone, by resource type.
//  4. Build time and peak memory for the site's own content and for 10, 100 and 1,000 generated
//     posts; where the 1,000-post build's time goes; first and cached requests of pages it did not prerender.
//  5. Throughput of `next start` (autocannon, 10 s, 32 connections) beside nginx serving the same
//     prerendered HTML from disk, and beside nginx with deploy/nginx/site.conf caching `next start`.
//  6. (--only=light) Document sizes of every page type, Lighthouse and Chrome's main-thread time
//     (script; layout and style) interleaved with the empty page, and the seed post's throughput,
//     beside an earlier commit's server (--before=<origin>) in the same run.
//     (--only=main-thread=<origins>) Just the main-thread table, for running sites.
// Usage: tsx scripts/bench/run.ts [--skip=lighthouse,scaling,throughput,search] [--only=search|throughput|scaling]
//        [--only=light [--before=<origin>]] [--scaling=10,100,1000,3000]
//        [--only=stability=<origin of a running site>] [--only=main-thread=<origin>[,<origin>…]]
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium, type Browser } from '@playwright/test';
import { readAllPosts } from '../../lib/content/loader';
import { buildSearchIndex } from '../../lib/content/search';
import { nginxServer } from '../../deploy/topology';
import { measureBuild, NEXT_PHASES, type BuildMeasure } from './build-scaling';
import { generatePosts } from './generate-posts';
import { startStaticCopy } from './static-copy';

const root = path.resolve(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);
const skip = new Set((process.argv.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
// --scaling=10,100: the post counts of the build-scaling runs (default 10, 100 and 1,000).
const scalingCounts = (process.argv.find((a) => a.startsWith('--scaling='))?.slice(10) ?? '10,100,1000').split(',').map(Number);
const chrome = process.env.CHROME_PATH || execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();
const lines: string[] = [];
const log = (line = '') => {
  console.log(line);
  lines.push(line);
};

function sh(command: string, env: Record<string, string> = {}, cwd = root): string {
  return execFileSync('bash', ['-c', command], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString();
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

async function startNext(cwd: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  // No -H 127.0.0.1: see playwright.config.ts (proxy rewrites and a server bound to 127.0.0.1).
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return child;
}

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------------

async function buildSite(contentDir: string, distDir: string): Promise<number> {
  const started = Date.now();
  sh(`npx next build`, { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir });
  return (Date.now() - started) / 1000;
}

/** An empty Next.js page, built with this project's Next, for the Lighthouse baseline. */
async function buildEmptyApp(): Promise<string> {
  // Outside the project, with its own root: inside it, Turbopack's root is the project's and the
  // build picks up the site's proxy.ts. node_modules is hard-linked (Turbopack does not follow a
  // symlink out of its root).
  const dir = path.join(os.tmpdir(), 'bench-empty-app');
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'app'), { recursive: true });
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  await writeFile(path.join(dir, 'package.json'), '{"private":true,"type":"module"}\n');
  await writeFile(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(dir)} } };\n`);
  await writeFile(path.join(dir, 'app/layout.tsx'), "export const metadata = { title: 'Empty', description: 'An empty Next.js page' };\nexport default function L({ children }: { children: React.ReactNode }) { return <html lang=\"en\"><body>{children}</body></html>; }\n");
  await writeFile(path.join(dir, 'app/page.tsx'), 'export default function P() { return <main><h1>Empty</h1><p>An empty Next.js page.</p></main>; }\n');
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'], target: 'ES2022' }, include: ['**/*.tsx'] }));
  sh('npx next build', {}, dir);
  return dir;
}

interface LighthouseRun {
  perf: number;
  a11y: number;
  bp: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
}

async function lighthouse(url: string, attempt = 1): Promise<LighthouseRun> {
  const out = path.join(os.tmpdir(), `lh-${Date.now()}.json`);
  try {
    // Asynchronous: the static copies are served from this process, which must keep answering.
    await execFileAsync('npx', ['lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHROME_PATH: chrome },
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

/** The pages measured as a phone loads them (Lighthouse, layout stability): name and path. */
const PHONE_PAGES: Array<[string, string]> = [
  ['/', '/'],
  ['seed post', '/news/multidisciplinary-approach-in-hematopathology'],
  ['tag page', '/news/tag/donors'],
  ['Russian front page', '/ru'],
  ['Kazakh post', '/kk/news/kazakh-news'],
];

/** Pages also measured without Next's scripts, to tell the content's cost from the runtime's. */
const STATIC_COPIES = PHONE_PAGES.filter(([name]) => name === '/' || name === 'seed post');

async function benchLighthouse(site: string, emptyOrigin: string): Promise<void> {
  log('## Lighthouse 12.2.3, mobile (default emulation and throttling), median of 3 runs');
  log('');
  log('| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | runs (perf) |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
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
      log(`| ${name} | ${m('perf')} | ${m('a11y')} | ${m('bp')} | ${m('seo')} | ${m('lcp').toFixed(0)} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} | ${runs.map((r) => r.perf).join(', ')} |`);
    }
  } finally {
    staticCopy.close();
  }
  log('');
  log("The static copies are the same pages with every script removed (`scripts/bench/static-copy.ts`): the same HTML, CSS, fonts and images, without Next's client runtime and hydration.");
  log('');
}

async function benchJavaScript(site: string, emptyOrigin: string | null): Promise<void> {
  log('## JavaScript on first load (all `<script src>` of the HTML)');
  log('');
  log('| page type | scripts | uncompressed | gzip |');
  log('| --- | --- | --- | --- |');
  const pages: Array<[string, string]> = [
    ...(emptyOrigin ? ([['empty Next.js page (baseline)', `${emptyOrigin}/`]] as Array<[string, string]>) : []),
    ['front page', '/'],
    ['post without gallery', '/news/with-header-image'],
    ['post with gallery', '/news/multidisciplinary-approach-in-hematopathology'],
    ['tag page', '/news/tag/donors'],
    ['search page', '/search?q=donor'],
    ['Russian post with gallery', '/ru/news/autoplay-gallery'],
    ['Kazakh front page', '/kk'],
  ];
  for (const [name, pathname] of pages) {
    const url = pathname.startsWith('http') ? pathname : site + pathname;
    const html = await (await fetch(url)).text();
    // noModule scripts (polyfills) are only fetched by browsers without ES modules.
    const sources = [...new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let raw = 0;
    let gz = 0;
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
      raw += body.length;
      gz += gzipSync(body, { level: 9 }).length;
    }
    log(`| ${name} | ${sources.length} | ${kb(raw)} | ${kb(gz)} |`);
  }
  log('');
}

async function benchPageWeight(site: string, pathname: string, name: string): Promise<void> {
  log(`## Page weight of ${name} on a 412 px wide phone (decoded bytes of every response, by type)`);
  log('');
  const browser = await chromium.launch({ executablePath: chrome });
  const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625 });
  const byType = new Map<string, number>();
  const images: string[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const type = response.request().resourceType();
      byType.set(type, (byType.get(type) ?? 0) + body.length);
      if (type === 'image') images.push(`${response.headers()['content-type']} ${kb(body.length)}`);
    } catch {
      // redirects have no body
    }
  });
  await page.goto(`${site}${pathname}`, { waitUntil: 'networkidle' });
  await browser.close();
  log('| type | bytes |');
  log('| --- | --- |');
  let total = 0;
  for (const [type, bytes] of [...byType.entries()].sort()) {
    total += bytes;
    log(`| ${type} | ${kb(bytes)} |`);
  }
  log(`| **total** | **${kb(total)}** |`);
  log('');
  log(`Images loaded: ${images.join('; ')}.`);
  log('');
}

/**
 * Layout shifts and the largest paint as a phone on a slow network sees them, named by element:
 * Lighthouse 12.2.3's element audits fail with this Chromium ("frame_sequence"), so its report
 * gives the CLS score but not what moved. 412 px, 4x CPU slowdown, 150 ms round trips, 1.6 Mbit/s:
 * the web fonts arrive after the first paint, as they do on a real slow connection.
 */
async function benchLayoutStability(site: string): Promise<void> {
  log('## Layout shifts and largest paint on a slow phone (PerformanceObserver; 412 px, 4x CPU, 150 ms RTT, 1.6 Mbit/s; 3 runs)');
  log('');
  log('| page | CLS (worst run) | what moved (worst run) | largest paint: element (first run) | LCP ms (median) |');
  log('| --- | --- | --- | --- | --- |');
  const browser = await chromium.launch({ executablePath: chrome });
  for (const [name, pathname] of PHONE_PAGES) {
    const runs: Array<{ cls: number; moved: string; lcp: number; element: string }> = [];
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // A string, not a function: tsx's compiled functions call a helper the page does not have.
      await page.addInitScript(`
        window.__shifts = [];
        window.__lcp = null;
        const describe = (node) => {
          if (!(node instanceof Element)) return node ? node.nodeName : '?';
          const text = (node.textContent || '').trim().slice(0, 24);
          return '<' + node.tagName.toLowerCase() + '>' + (text ? ' "' + text + '"' : '');
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.__shifts.push({ value: entry.value, nodes: entry.sources.map((source) => describe(source.node)) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          window.__lcp = { time: last.startTime, element: describe(last.element) };
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      `);
      await page.goto(`${site}${pathname}`, { waitUntil: 'load' });
      await page.waitForTimeout(3000);
      const found = (await page.evaluate('({ shifts: window.__shifts, lcp: window.__lcp })')) as { shifts: Array<{ value: number; nodes: string[] }>; lcp: { time: number; element: string } | null };
      const shifts = found.shifts;
      const worst = [...shifts].sort((a, b) => b.value - a.value)[0];
      runs.push({ cls: shifts.reduce((sum, shift) => sum + shift.value, 0), moved: worst ? `${worst.nodes.join(', ')} (${worst.value.toFixed(3)})` : 'nothing', lcp: found.lcp?.time ?? 0, element: found.lcp?.element ?? '?' });
      await context.close();
    }
    const worstRun = [...runs].sort((a, b) => b.cls - a.cls)[0];
    log(`| ${name} | ${worstRun.cls.toFixed(3)} | ${worstRun.moved.replaceAll('|', '/')} | ${runs[0].element.replaceAll('|', '/')} | ${median(runs.map((run) => run.lcp)).toFixed(0)} |`);
  }
  await browser.close();
  log('');
}

/** Time of one request (ms) and its status. */
async function timedRequest(url: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

/** First (rendered on demand) and second (cached) request of pages a 1,000-post build did not prerender: table lines. */
async function benchOnDemand(distDir: string, contentDir: string): Promise<string[]> {
  const server = await startNext(root, 3203, { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir });
  const origin = 'http://127.0.0.1:3203';
  const table = [
    'First request of a page the 1,000-post build did not prerender (rendered on demand, then cached) and the next request of it (`next start`, one request at a time; the first row also loads the route\'s code):',
    '',
    '| page | first request ms | cached ms | status |',
    '| --- | --- | --- | --- |',
  ];
  try {
    const pages: Array<[string, string]> = [
      ['an old post (English)', '/news/generated-post-0005'],
      ['an old post (Russian)', '/ru/news/generated-post-0006'],
      ['list page 50', '/news/page/50'],
      ['tag page 5', '/news/tag/common/page/5'],
      ['an old month', '/news/archive/2020/03'],
      ['an old post\'s share card', '/og/generated-post-0007'],
      ['an old post\'s photo (metadata stripped by sharp)', '/media/generated-post-0010/photo.jpg'],
    ];
    for (const [name, pathname] of pages) {
      const first = await timedRequest(origin + pathname);
      const cached = await timedRequest(origin + pathname);
      table.push(`| ${name} (\`${pathname}\`) | ${first.ms.toFixed(0)} | ${cached.ms.toFixed(0)} | ${first.status}, ${cached.status} |`);
    }
    table.push('');
    return table;
  } finally {
    stop(server);
  }
}

function perPost(a: { count: number; seconds: number }, b: { count: number; seconds: number }): number {
  return (b.seconds - a.seconds) / (b.count - a.count);
}

async function benchScaling(): Promise<void> {
  const languages = ['en', 'ru', 'kk'];
  log(`## Build time and peak memory by number of posts (\`next build\`, generated posts, each in ${languages.length} languages)`);
  log('');
  log('Peak memory is the largest sum of the resident memory of `next build` and all its processes, sampled twice a second.');
  log('');
  log('| posts | post files | pages generated | build s | peak memory (MB) |');
  log('| --- | --- | --- | --- | --- |');
  const measured: Array<{ count: number } & BuildMeasure> = [];
  let onDemand: string[] = [];
  for (const count of scalingCounts) {
    const dir = await mkdtemp(path.join(os.tmpdir(), `bench-content-${count}-`));
    await generatePosts(dir, count, languages);
    const distDir = `bench/tmp/.next-${count}`;
    const result = await measureBuild(root, dir, distDir);
    measured.push({ count, ...result });
    log(`| ${count} | ${count * languages.length} | ${result.pages} | ${result.seconds.toFixed(1)} | ${result.peakMb.toFixed(0)} |`);
    if (count === 1000) onDemand = await benchOnDemand(distDir, dir);
    await rm(dir, { recursive: true, force: true });
    await rm(path.join(root, distDir), { recursive: true, force: true });
  }
  log('');
  for (const line of onDemand) log(line);
  const at = (count: number) => measured.find((entry) => entry.count === count);
  const [m10, m100, m1000] = [at(10), at(100), at(1000)];
  if (m10 && m100 && m1000) {
    const low = perPost(m10, m100);
    const high = perPost(m100, m1000);
    log(`Cost per added post: ${(low * 1000).toFixed(0)} ms between 10 and 100 posts, ${(high * 1000).toFixed(0)} ms between 100 and 1,000 (ratio ${(high / low).toFixed(2)}; linear or better is at most 1.2).`);
    log('');
  }
  for (const entry of measured.filter((item) => item.count === 1000)) {
    log(`### Where the time of the ${entry.count}-post build goes`);
    log('');
    log('Next.js\'s phases, from its trace (`.next/trace`):');
    log('');
    log('| phase | s |');
    log('| --- | --- |');
    for (const [span, name] of NEXT_PHASES) if (entry.next[span] !== undefined) log(`| ${name} | ${entry.next[span].toFixed(1)} |`);
    log(`| whole build (wall clock) | ${entry.seconds.toFixed(1)} |`);
    log('');
    log('The site\'s own phases (lib/build-profile.ts): summed durations, which overlap when a page awaits several at once:');
    log('');
    log('| phase | times | s (summed) | processes |');
    log('| --- | --- | --- | --- |');
    for (const phase of entry.site.filter((item) => item.seconds >= 0.05)) log(`| ${phase.phase} | ${phase.count} | ${phase.seconds.toFixed(1)} | ${phase.processes} |`);
    log('');
  }
}

/** `next build` of the site's own content (content/). */
async function benchOwnBuild(): Promise<void> {
  const result = await measureBuild(root, 'content', 'bench/tmp/.next-own');
  log(`\`next build\` of the site's own content (\`content/\`): ${result.seconds.toFixed(1)} s, ${result.pages} pages, peak memory ${result.peakMb.toFixed(0)} MB.`);
  log('');
  await rm(path.join(root, 'bench/tmp/.next-own'), { recursive: true, force: true });
}

async function benchSearch(): Promise<void> {
  log('## Search over 1,000 generated posts (MiniSearch, in the server process)');
  log('');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-search-'));
  await generatePosts(dir, 1000);
  const { posts } = await readAllPosts(dir);
  let started = performance.now();
  const index = buildSearchIndex(posts);
  const buildMs = performance.now() - started;
  const json = JSON.stringify(index.toJSON());
  const queries = ['hematology', 'generated post 500', 'body text center', 'post', 'nonexistentword'];
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of queries) {
      started = performance.now();
      index.search(query);
      times.push(performance.now() - started);
    }
  }
  log(`Index of ${index.size()} posts built in ${buildMs.toFixed(0)} ms; serialised ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json).length)} gzip).`);
  log(`Query time over ${times.length} queries (${queries.map((q) => `"${q}"`).join(', ')}), snippets included: median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms.`);
  log('');
  await rm(dir, { recursive: true, force: true });
}

async function cannon(url: string): Promise<{ rps: number; p50: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url, connections: 32, duration: 10 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

async function benchThroughput(site: string, distDir: string): Promise<void> {
  log('## Throughput: `next start`, nginx caching it (deploy/nginx/site.conf), nginx serving the same prerendered HTML from disk (autocannon, 10 s, 32 connections)');
  log('');
  log('Uncompressed, as a CDN or nginx fetches from the app. The cache column is the self-hosted setup of docs/deploy.md with both upstreams on this one `next start`, warmed by one request.');
  log('');
  const nginx = existsSync('/usr/sbin/nginx');
  let nginxProcess: ChildProcess | null = null;
  if (nginx) {
    const conf = path.join(root, 'bench/tmp/nginx.conf');
    const html = path.join(root, distDir, 'server/app');
    await writeFile(
      conf,
      `worker_processes 1; daemon off; pid ${root}/bench/tmp/nginx.pid; error_log /dev/null;\nevents { worker_connections 1024; }\nhttp { access_log off; default_type text/html;\n server { listen 127.0.0.1:3299; root ${html};\n  location = / { try_files /en.html =404; }\n  location / { try_files $uri.html $uri =404; } } }\n`,
    );
    nginxProcess = spawn('/usr/sbin/nginx', ['-c', conf], { stdio: 'ignore', detached: true });
    await waitFor('http://127.0.0.1:3299/');
  }
  const sitePort = Number(new URL(site).port);
  const cacheFolder = await mkdtemp(path.join(os.tmpdir(), 'bench-nginx-cache-'));
  const cache = nginx ? await nginxServer({ nginx: 3298, apps: [sitePort, sitePort], redis: 0 }, cacheFolder) : null;
  cache?.start();
  if (cache) await waitFor('http://127.0.0.1:3298/');
  log('| URL | next req/s | next p50 / p99 ms | nginx cache req/s | cache p50 / p99 ms | nginx static req/s | static p50 / p99 ms | cache ÷ static | next ÷ static | errors / non-2xx (next, cache) |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  // The default language's pages are prerendered under server/app/en/.
  for (const [pathname, file] of [['/', '/'], ['/news/multidisciplinary-approach-in-hematopathology', '/en/news/multidisciplinary-approach-in-hematopathology'], ['/feed.xml', '/en/feed.xml.body']]) {
    const next = await cannon(site + pathname);
    const cached = cache ? await cannon(`http://127.0.0.1:3298${pathname}`) : null;
    const reference = nginx ? await cannon(`http://127.0.0.1:3299${file}`) : null;
    const pair = (r: typeof next | null) => (r ? `${r.p50} / ${r.p99}` : 'n/a');
    const ratio = (a: typeof next | null) => (a && reference ? (a.rps / reference.rps).toFixed(2) : 'n/a');
    log(
      `| ${pathname} | ${next.rps.toFixed(0)} | ${pair(next)} | ${cached ? cached.rps.toFixed(0) : 'n/a'} | ${pair(cached)} | ${reference ? reference.rps.toFixed(0) : 'n/a'} | ${pair(reference)} | ${ratio(cached)} | ${ratio(next)} | ${next.errors} / ${next.non2xx}, ${cached ? `${cached.errors} / ${cached.non2xx}` : 'n/a'} |`,
    );
  }
  if (nginxProcess) stop(nginxProcess);
  await cache?.stop();
  await rm(cacheFolder, { recursive: true, force: true });
  log('');
  if (!nginx) log('nginx is not installed (apt-get install nginx) — the reference column is empty.');
}

/** Every page type, for the document sizes of `--only=light`. */
const PAGE_TYPES: Array<[string, string]> = [
  ['front page', '/'],
  ['seed post (gallery)', '/news/multidisciplinary-approach-in-hematopathology'],
  ['post without gallery', '/news/with-header-image'],
  ['tag page', '/news/tag/donors'],
  ['category page', '/news/category/events'],
  ['archive month', '/news/archive/2022/06'],
  ['news page 2', '/news/page/2'],
  ['search page', '/search?q=donor'],
  ['Russian front page', '/ru'],
  ['Kazakh post (gallery)', '/kk/news/autoplay-gallery'],
  ['404', '/no-such-page'],
];

/** The pages of the issue's Lighthouse and trace targets. */
const LIGHT_PAGES = PAGE_TYPES.filter(([name]) => ['front page', 'seed post (gallery)', 'tag page', 'Russian front page'].includes(name));

/** The HTML document as a CDN fetches it: decoded bytes, gzip, and how much is React's page data. */
async function documentSize(url: string): Promise<{ status: number; decoded: number; gzip: number; data: number; scripts: number }> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const html = await response.text();
  const data = [...html.matchAll(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g)].reduce((sum, m) => sum + Buffer.byteLength(m[0]), 0);
  const scripts = new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)].map((m) => m[1])).size;
  return { status: response.status, decoded: Buffer.byteLength(html), gzip: gzipSync(html, { level: 6 }).length, data, scripts };
}

/** Trace events on a page's main thread, by kind of work: JavaScript (compiling, evaluating, hydrating, handlers), and layout with style recalculation. */
const MAIN_THREAD_EVENTS = {
  script: new Set(['EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback']),
  layout: new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles']),
};
type MainThreadKind = keyof typeof MAIN_THREAD_EVENTS;
const MAIN_THREAD_KINDS = Object.keys(MAIN_THREAD_EVENTS) as MainThreadKind[];

/** One value per kind of main-thread work. */
function perKind<T>(value: (kind: MainThreadKind) => T): Record<MainThreadKind, T> {
  return Object.fromEntries(MAIN_THREAD_KINDS.map((kind) => [kind, value(kind)])) as Record<MainThreadKind, T>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** The length of the union of [start, end] intervals. */
function unionLength(intervals: Array<[number, number]>): number {
  if (intervals.length === 0) return 0;
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = sorted[0];
  for (const [start, end] of sorted.slice(1)) {
    if (start > to) {
      total += to - from;
      [from, to] = [start, end];
    } else to = Math.max(to, end);
  }
  return total + to - from;
}

/**
 * Main-thread time while a page loads on a phone-speed CPU (4x slowdown), from a Chrome performance
 * trace: for each kind of work, the union of its events' intervals on the renderer's main thread,
 * from navigation until 3 s after the network is idle (hydration included). A count of work done,
 * steadier on a noisy machine than Lighthouse's simulated blocking time.
 */
async function mainThreadMilliseconds(browser: Browser, url: string): Promise<Record<MainThreadKind, number>> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(3000);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  // The page's main thread: of the renderer main threads, the one that ran the most script.
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, Record<MainThreadKind, Array<[number, number]>>>();
  for (const e of traceEvents) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !mains.has(thread) || !e.dur) continue;
    const kind = MAIN_THREAD_KINDS.find((k) => MAIN_THREAD_EVENTS[k].has(e.name));
    if (!kind) continue;
    const intervals = byThread.get(thread) ?? perKind((): Array<[number, number]> => []);
    intervals[kind].push([e.ts, e.ts + e.dur]);
    byThread.set(thread, intervals);
  }
  const threads = [...byThread.values()].map((intervals) => perKind((kind) => unionLength(intervals[kind]) / 1000));
  return threads.sort((a, b) => b.script - a.script)[0] ?? perKind(() => 0);
}

/** Main-thread time of each target, traced `rounds` times in interleaved rounds (every target once per round). */
async function mainThreadRuns(targets: Array<[string, string]>, rounds: number): Promise<Map<string, Array<Record<MainThreadKind, number>>>> {
  const traces = new Map<string, Array<Record<MainThreadKind, number>>>(targets.map(([name]) => [name, []]));
  const browser = await chromium.launch({ executablePath: chrome });
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [name, url] of targets) traces.get(name)!.push(await mainThreadMilliseconds(browser, url));
    }
  } finally {
    await browser.close();
  }
  return traces;
}

const all = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');

/** "median (every run)" of one kind of main-thread time. */
function medianAndAll(runs: Array<Record<MainThreadKind, number>>, kind: MainThreadKind): string {
  const values = runs.map((run) => run[kind]);
  return `${median(values).toFixed(0)} (${all(values)})`;
}

/**
 * Where a page's main-thread time goes, for a running site beside the empty Next.js page: script,
 * and layout with style, from traces at 4x CPU (5 interleaved rounds). Cheaper than --only=light
 * (no build of the site, no Lighthouse), for trying a change against the site as it was.
 */
async function benchMainThread(origins: string[], emptyOrigin: string): Promise<void> {
  const targets: Array<[string, string]> = [['empty Next.js page', `${emptyOrigin}/`]];
  for (const [page, pathname] of LIGHT_PAGES) for (const origin of origins) targets.push([`${page} (${origin})`, origin + pathname]);
  const traces = await mainThreadRuns(targets, 5);
  log('### Main-thread time from a Chrome trace at 4x CPU, 5 interleaved rounds');
  log('');
  log('| page | script ms (median; all) | layout and style ms (median; all) |');
  log('| --- | --- | --- |');
  for (const [name] of targets) log(`| ${name} | ${medianAndAll(traces.get(name)!, 'script')} | ${medianAndAll(traces.get(name)!, 'layout')} |`);
  log('');
}

/**
 * Issue 13's figures, before and after in one run: document sizes of every page type, Lighthouse
 * (5 runs per page, interleaved with the empty page), main-thread script time from Chrome, and the
 * seed post's throughput on `next start`. `variants` are origins serving the same fixture content.
 */
async function benchLight(variants: Array<[string, string]>, emptyOrigin: string): Promise<void> {
  const names = variants.map(([name]) => name);
  log('## Lighter pages: documents, blocking time, script time, throughput');
  log('');
  log('### HTML documents (uncompressed as served; gzip level 6; "data" is React\'s page data in inline scripts)');
  log('');
  log(`| page type | ${names.map((name) => `${name}: decoded / gzip / data / scripts`).join(' | ')} |`);
  log(`| --- | ${names.map(() => '---').join(' | ')} |`);
  for (const [type, pathname] of [['empty Next.js page', ''], ...PAGE_TYPES]) {
    const cells: string[] = [];
    for (const [, origin] of variants) {
      const d = await documentSize(pathname ? origin + pathname : `${emptyOrigin}/`);
      cells.push(`${d.status === 200 ? '' : `${d.status}: `}${kb(d.decoded)} / ${kb(d.gzip)} / ${kb(d.data)} / ${d.scripts}`);
      if (!pathname) break;
    }
    log(`| ${type} | ${cells.join(' | ')} |`);
  }
  log('');
  const rounds = 5;
  log(`### Lighthouse 12.2.3 mobile, then main-thread time from a Chrome trace at 4x CPU: ${rounds} rounds each, every round every page once (the empty page first)`);
  log('');
  const targets: Array<[string, string]> = [['empty Next.js page', `${emptyOrigin}/`]];
  for (const [name, origin] of variants) for (const [page, pathname] of LIGHT_PAGES) targets.push([`${page} (${name})`, origin + pathname]);
  const runs = new Map<string, LighthouseRun[]>(targets.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of targets) runs.get(name)!.push(await lighthouse(url));
  }
  const traces = await mainThreadRuns(targets, rounds);
  log('| page | performance (median; all) | TBT ms (median; all) | main-thread script ms, trace at 4x CPU (median; all) | layout and style ms, same traces (median; all) | LCP ms | CLS | a11y / best practices / SEO |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name] of targets) {
    const r = runs.get(name)!;
    const m = (key: keyof LighthouseRun) => median(r.map((run) => run[key]));
    log(
      `| ${name} | ${m('perf')} (${all(r.map((run) => run.perf))}) | ${m('tbt').toFixed(0)} (${all(r.map((run) => run.tbt))}) | ${medianAndAll(traces.get(name)!, 'script')} | ${medianAndAll(traces.get(name)!, 'layout')} | ${m('lcp').toFixed(0)} | ${m('cls').toFixed(3)} | ${m('a11y')} / ${m('bp')} / ${m('seo')} |`,
    );
  }
  log('');
  log('### `next start`, seed post, autocannon 32 connections × 10 s, uncompressed, 3 interleaved rounds');
  log('');
  log('| variant | req/s per round | p50 ms per round | p99 ms per round |');
  log('| --- | --- | --- | --- |');
  const loads = new Map<string, Array<Awaited<ReturnType<typeof cannon>>>>(names.map((name) => [name, []]));
  for (let round = 0; round < 3; round++) {
    for (const [name, origin] of variants) loads.get(name)!.push(await cannon(`${origin}/news/multidisciplinary-approach-in-hematopathology`));
  }
  for (const [name, results] of loads) {
    log(`| ${name} | ${results.map((r) => r.rps.toFixed(0)).join(' / ')} | ${results.map((r) => r.p50).join(' / ')} | ${results.map((r) => r.p99).join(' / ')} |`);
  }
  log('');
}

/** bench/tmp exists, and tsconfig.json is put back on exit (`next build` adds each build folder's types to it). */
async function prepare(): Promise<void> {
  await mkdir(path.join(root, 'bench/tmp'), { recursive: true });
  const tsconfig = await readFile(path.join(root, 'tsconfig.json'), 'utf8');
  process.on('exit', () => writeFileSync(path.join(root, 'tsconfig.json'), tsconfig));
}

const FIXTURE_DIST = 'bench/tmp/.next-site';
const FIXTURE_SITE = 'http://127.0.0.1:3201';

const EMPTY_PAGE = 'http://127.0.0.1:3202';

/** The empty Next.js page (the baseline every page is measured beside), built and served by `next start` on port 3202. */
async function startEmptyPage(): Promise<ChildProcess> {
  return startNext(await buildEmptyApp(), 3202, {});
}

/** The end-to-end fixture site (bench/tmp/content), built and served by `next start` on port 3201; the build's seconds. */
async function startFixtureSite(): Promise<{ server: ChildProcess; buildSeconds: number }> {
  sh('npx tsx scripts/make-e2e-content.ts bench/tmp/content');
  const buildSeconds = await buildSite('bench/tmp/content', FIXTURE_DIST);
  const server = await startNext(root, 3201, { CONTENT_DIR: 'bench/tmp/content', NEXT_DIST_DIR: FIXTURE_DIST });
  return { server, buildSeconds };
}

/** Appends what this run logged to bench/results.md (the --only= runs). */
function appendResults(): Promise<void> {
  return appendFile(path.join(root, 'bench/results.md'), `\n${lines.join('\n')}\n`);
}

async function main(): Promise<void> {
  // --only=stability=<origin>: just the layout-stability table for a running site, printed.
  const stabilityOnly = process.argv.find((a) => a.startsWith('--only=stability='));
  if (stabilityOnly) {
    await benchLayoutStability(stabilityOnly.slice('--only=stability='.length));
    return;
  }
  // --only=main-thread=<origin>[,<origin>…]: the main-thread table for running sites beside the
  // empty page (built here), printed.
  const mainThreadOnly = process.argv.find((a) => a.startsWith('--only=main-thread='));
  if (mainThreadOnly) {
    const emptyServer = await startEmptyPage();
    try {
      await benchMainThread(mainThreadOnly.slice('--only=main-thread='.length).split(','), EMPTY_PAGE);
    } finally {
      stop(emptyServer);
    }
    return;
  }
  // --only=search: just that section, appended to the existing results.
  if (process.argv.includes('--only=search')) {
    await benchSearch();
    await appendResults();
    return;
  }
  await prepare();
  // --only=scaling: the site's own build and the build-scaling tables, appended.
  if (process.argv.includes('--only=scaling')) {
    log(`Measured ${new Date().toISOString()} (\`npm run bench -- --only=scaling\`).`);
    log('');
    await benchOwnBuild();
    await benchScaling();
    await appendResults();
    return;
  }
  // --only=light: build the fixture site and the empty page, then the lighter-pages tables,
  // appended. --before=<origin>: also measure a running server of an earlier commit serving the
  // same fixture content (bench/tmp/content), interleaved with this one.
  if (process.argv.includes('--only=light')) {
    const { server } = await startFixtureSite();
    const emptyServer = await startEmptyPage();
    const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
    try {
      log(`Measured ${new Date().toISOString()} (\`npm run bench -- --only=light${before ? ' --before=…' : ''}\`).`);
      log('');
      await benchLight([...(before ? ([['before', before]] as Array<[string, string]>) : []), ['after', FIXTURE_SITE]], EMPTY_PAGE);
    } finally {
      stop(server);
      stop(emptyServer);
    }
    await appendResults();
    return;
  }
  // --only=throughput: build the fixture site, then just the throughput table, appended.
  if (process.argv.includes('--only=throughput')) {
    const { server } = await startFixtureSite();
    try {
      log(`Measured ${new Date().toISOString()} (\`npm run bench -- --only=throughput\`).`);
      log('');
      await benchThroughput(FIXTURE_SITE, FIXTURE_DIST);
    } finally {
      stop(server);
    }
    await appendResults();
    return;
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  log('# Benchmarks');
  log('');
  log(`Measured ${new Date().toISOString()} on ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${sh(`'${chrome}' --version`).trim()}.`);
  log('Command: `npm run bench`. The site is the end-to-end fixture site (the seed post, tagged posts, 25 filler posts), built with `next build` and served by `next start`.');
  log('');
  const { server, buildSeconds } = await startFixtureSite();
  log(`Build of the fixture site: ${buildSeconds.toFixed(1)} s.`);
  log('');
  const site = FIXTURE_SITE;
  try {
    const emptyServer = await startEmptyPage();
    try {
      if (!skip.has('lighthouse')) await benchLighthouse(site, EMPTY_PAGE);
      await benchJavaScript(site, EMPTY_PAGE);
    } finally {
      stop(emptyServer);
    }
    await benchLayoutStability(site);
    await benchPageWeight(site, '/news/multidisciplinary-approach-in-hematopathology', 'the seed post');
    await benchPageWeight(site, '/ru/news/autoplay-gallery', 'the Russian gallery post (`/ru/news/autoplay-gallery`)');
    if (!skip.has('throughput')) await benchThroughput(site, FIXTURE_DIST);
  } finally {
    stop(server);
  }
  if (!skip.has('search')) await benchSearch();
  if (!skip.has('scaling')) {
    await benchOwnBuild();
    await benchScaling();
  }
  await writeFile(path.join(root, 'bench/results.md'), `${lines.join('\n')}\n`);
  console.log('\nwrote bench/results.md');
}

await main();
