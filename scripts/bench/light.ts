// Suite `light`: how light pages are. Every page type's HTML document (decoded, gzip, React's page
// data), then Lighthouse and main-thread time from a Chrome trace at 4x CPU, five interleaved rounds
// beside the empty page (and beside an earlier commit's server with --before=<origin>).
import { chromium, type Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { lighthouse, type LighthouseRun } from './lighthouse';
import { chrome, kb, median, PAGE_TYPES, type Report, type Suite, type Targets } from './shared';

/** The pages of the Lighthouse and trace targets. */
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
  const browser = await chromium.launch({ executablePath: chrome() });
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

/** `variants` are origins serving the same fixture content. */
async function benchLight(report: Report, variants: Array<[string, string]>, emptyOrigin: string): Promise<void> {
  const names = variants.map(([name]) => name);
  report.log('## Lighter pages: documents, blocking time, script time');
  report.log('');
  report.log('### HTML documents (uncompressed as served; gzip level 6; "data" is React\'s page data in inline scripts)');
  report.log('');
  report.log(`| page type | ${names.map((name) => `${name}: decoded / gzip / data / scripts`).join(' | ')} |`);
  report.log(`| --- | ${names.map(() => '---').join(' | ')} |`);
  for (const [type, pathname] of [['empty Next.js page', ''], ...PAGE_TYPES]) {
    const cells: string[] = [];
    for (const [, origin] of variants) {
      const d = await documentSize(pathname ? origin + pathname : `${emptyOrigin}/`);
      cells.push(`${d.status === 200 ? '' : `${d.status}: `}${kb(d.decoded)} / ${kb(d.gzip)} / ${kb(d.data)} / ${d.scripts}`);
      if (!pathname) break;
    }
    report.log(`| ${type} | ${cells.join(' | ')} |`);
  }
  report.log('');
  const rounds = 5;
  report.log(`### Lighthouse 12.2.3 mobile, then main-thread time from a Chrome trace at 4x CPU: ${rounds} rounds each, every round every page once (the empty page first)`);
  report.log('');
  const targets: Array<[string, string]> = [['empty Next.js page', `${emptyOrigin}/`]];
  for (const [name, origin] of variants) for (const [page, pathname] of LIGHT_PAGES) targets.push([`${page} (${name})`, origin + pathname]);
  const runs = new Map<string, LighthouseRun[]>(targets.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of targets) runs.get(name)!.push(await lighthouse(url));
  }
  const traces = await mainThreadRuns(targets, rounds);
  report.log('| page | performance (median; all) | TBT ms (median; all) | main-thread script ms, trace at 4x CPU (median; all) | layout and style ms, same traces (median; all) | LCP ms | CLS | a11y / best practices / SEO |');
  report.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [name] of targets) {
    const r = runs.get(name)!;
    const m = (key: keyof LighthouseRun) => median(r.map((run) => run[key]));
    report.log(
      `| ${name} | ${m('perf')} (${all(r.map((run) => run.perf))}) | ${m('tbt').toFixed(0)} (${all(r.map((run) => run.tbt))}) | ${medianAndAll(traces.get(name)!, 'script')} | ${medianAndAll(traces.get(name)!, 'layout')} | ${m('lcp').toFixed(0)} | ${m('cls').toFixed(3)} | ${m('a11y')} / ${m('bp')} / ${m('seo')} |`,
    );
  }
  report.log('');
}

export const lightSuite: Suite = {
  name: 'light',
  description: 'document sizes of every page type; Lighthouse and main-thread time at 4x CPU, 5 interleaved rounds beside the empty page (and --before)',
  needsSite: true,
  run: (report: Report, { site, empty, before }: Targets) => benchLight(report, [...(before ? ([['before', before]] as Array<[string, string]>) : []), ['after', site]], empty),
};
