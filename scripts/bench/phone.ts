// Suite `phone`: layout shifts and the largest paint on a throttled phone, named by element, and
// the page weight of the seed post and of the Russian gallery post on a 412 px phone, by type.
import { chromium } from '@playwright/test';
import { chrome, kb, median, PHONE_PAGES, type Report, type Suite, type Targets } from './shared';

async function benchPageWeight(report: Report, site: string, pathname: string, name: string): Promise<void> {
  report.log(`## Page weight of ${name} on a 412 px wide phone (decoded bytes of every response, by type)`);
  report.log('');
  const browser = await chromium.launch({ executablePath: chrome() });
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
  report.log('| type | bytes |');
  report.log('| --- | --- |');
  let total = 0;
  for (const [type, bytes] of [...byType.entries()].sort()) {
    total += bytes;
    report.log(`| ${type} | ${kb(bytes)} |`);
  }
  report.log(`| **total** | **${kb(total)}** |`);
  report.log('');
  report.log(`Images loaded: ${images.join('; ')}.`);
  report.log('');
}

/**
 * Layout shifts and the largest paint as a phone on a slow network sees them, named by element:
 * Lighthouse 12.2.3's element audits fail with this Chromium ("frame_sequence"), so its report
 * gives the CLS score but not what moved. 412 px, 4x CPU slowdown, 150 ms round trips, 1.6 Mbit/s:
 * the web fonts arrive after the first paint, as they do on a real slow connection.
 */
async function benchLayoutStability(report: Report, site: string): Promise<void> {
  report.log('## Layout shifts and largest paint on a slow phone (PerformanceObserver; 412 px, 4x CPU, 150 ms RTT, 1.6 Mbit/s; 3 runs)');
  report.log('');
  report.log('| page | CLS (worst run) | what moved (worst run) | largest paint: element (first run) | LCP ms (median) |');
  report.log('| --- | --- | --- | --- | --- |');
  const browser = await chromium.launch({ executablePath: chrome() });
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
    report.log(`| ${name} | ${worstRun.cls.toFixed(3)} | ${worstRun.moved.replaceAll('|', '/')} | ${runs[0].element.replaceAll('|', '/')} | ${median(runs.map((run) => run.lcp)).toFixed(0)} |`);
  }
  await browser.close();
  report.log('');
}

export const phoneSuite: Suite = {
  name: 'phone',
  description: 'layout shifts and largest paint on a slow phone (named by element); page weight of two posts on a 412 px phone',
  needsSite: true,
  async run(report: Report, { site }: Targets) {
    await benchLayoutStability(report, site);
    await benchPageWeight(report, site, '/news/multidisciplinary-approach-in-hematopathology', 'the seed post');
    await benchPageWeight(report, site, '/ru/news/autoplay-gallery', 'the Russian gallery post (`/ru/news/autoplay-gallery`)');
  },
};
