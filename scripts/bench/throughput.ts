// Suite `throughput`: what a cached page view costs. The seed post on `next start` beside the empty
// Next.js page, and through nginx's cache (deploy/nginx/site.conf in front of that `next start`)
// beside the same nginx serving the same HTML from disk; wrk, 32 connections, 3 interleaved rounds.
// autocannon tops out near 2,000 requests/s on 2 cores, so it would measure itself, not nginx.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { nginxServer } from '../../deploy/topology';
import { median, root, SEED_POST, waitFor, type Report, type Suite, type Targets } from './shared';

const execFileAsync = promisify(execFile);
const SECONDS = 10;
const ROUNDS = 3;

export interface WrkResult {
  rps: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  errors: number;
}

/** Milliseconds of a wrk duration ("812.00us", "4.21ms", "1.02s"). */
export function wrkMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) throw new Error(`not a wrk duration: '${text}'`);
  return Number(match[1]) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as 'us' | 'ms' | 's' | 'm'];
}

/** wrk's report (with --latency) read. */
export function parseWrk(output: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)$/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)$/m.exec(output);
  if (!rps || !p50 || !p99) throw new Error(`wrk printed no result:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const errors = (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0);
  return { rps: Number(rps[1]), p50: wrkMs(p50[1]), p99: wrkMs(p99[1]), errors };
}

async function wrk(url: string): Promise<WrkResult> {
  const { stdout } = await execFileAsync('wrk', ['-t2', '-c32', `-d${SECONDS}s`, '--latency', url]);
  return parseWrk(stdout);
}

async function run(report: Report, { site, siteDist, empty, before }: Targets): Promise<void> {
  report.log(`## Throughput of a cached page view (wrk, 2 threads, 32 connections, ${SECONDS} s, ${ROUNDS} interleaved rounds, uncompressed)`);
  report.log('');
  if (!existsSync('/usr/sbin/nginx') && !existsSync('/usr/bin/nginx')) throw new Error('nginx is not installed (apt-get install nginx-light)');
  // The same nginx, the same logging, two servers: the site's configuration caching `next start`,
  // and a plain server of the prerendered HTML files of the same build.
  const ports = { nginx: 3298, apps: [Number(new URL(site).port), Number(new URL(site).port)] as [number, number], redis: 0 };
  const html = path.join(root, siteDist, 'server/app');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-nginx-'));
  const nginx = await nginxServer(ports, folder, [`  server { listen 127.0.0.1:3299; root ${html}; default_type text/html; location / { try_files $uri.html =404; } }`]);
  nginx.start();
  const variants: Array<[string, string]> = [
    ['empty Next.js page, `next start`', `${empty}/`],
    ['seed post, `next start`', site + SEED_POST],
    ...(before ? ([['seed post, `next start` (before)', before + SEED_POST]] as Array<[string, string]>) : []),
    ["seed post through nginx's cache (deploy/nginx/site.conf)", `http://127.0.0.1:3298${SEED_POST}`],
    ['seed post, nginx serving the same HTML from disk', `http://127.0.0.1:3299/en${SEED_POST}`],
  ];
  try {
    for (const [name, url] of variants) {
      await waitFor(url);
      if ((await fetch(url)).status !== 200) throw new Error(`${name}: ${url} does not answer 200`);
    }
    const results = new Map<string, WrkResult[]>(variants.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of variants) results.get(name)!.push(await wrk(url));
    }
    report.log('| variant | req/s (median; every round) | p50 ms (median) | p99 ms (median; every round) | errors |');
    report.log('| --- | --- | --- | --- | --- |');
    const m = (name: string, key: keyof WrkResult) => median(results.get(name)!.map((r) => r[key]));
    for (const [name] of variants) {
      const r = results.get(name)!;
      report.log(`| ${name} | ${m(name, 'rps').toFixed(0)} (${r.map((x) => x.rps.toFixed(0)).join(', ')}) | ${m(name, 'p50').toFixed(1)} | ${m(name, 'p99').toFixed(1)} (${r.map((x) => x.p99.toFixed(1)).join(', ')}) | ${r.reduce((sum, x) => sum + x.errors, 0)} |`);
    }
    report.log('');
    const [emptyName, siteName] = [variants[0][0], variants[1][0]];
    const cacheName = variants.at(-2)![0];
    const staticName = variants.at(-1)![0];
    report.log(`\`next start\`: the seed post at ${(m(siteName, 'rps') / m(emptyName, 'rps')).toFixed(2)} of the empty page's rate, p99 ${m(siteName, 'p99').toFixed(0)} ms.`);
    report.log(`nginx: its cache at ${(m(cacheName, 'rps') / m(staticName, 'rps')).toFixed(2)} of the same HTML from disk.`);
    report.log('');
  } finally {
    await nginx.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

export const throughputSuite: Suite = { name: 'throughput', needsSite: true, run, description: "a cached page view: the seed post on `next start` beside the empty page, nginx's cache beside nginx from disk (wrk)" };
