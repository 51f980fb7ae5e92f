// Suite `flood`: what a flood of searches from one address does to readers' page views through
// nginx (deploy/nginx/site.conf in front of `next start`), with the site's per-address limit on
// search (5 a second, a burst of 20, then 429) and, for comparison, the same nginx with the limit
// taken out. Readers: 200 page views a second (autocannon at a fixed rate, pages nginx has cached;
// pages are not limited); the flood: wrk, 64 connections, the longest search the app accepts. 3 interleaved rounds of 10 s, on loopback: a short, bounded test.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { nginxServer } from '../../deploy/topology';
import { MAX_QUERY_TERMS } from '../../lib/content/search';
import { parseWrk } from './throughput';
import { median, waitFor, type Report, type Suite, type Targets } from './shared';

const execFileAsync = promisify(execFile);
const SECONDS = 10;
const ROUNDS = 3;
const PAGES = ['/', '/news', '/news/multidisciplinary-approach-in-hematopathology', '/ru', '/kk/news'];
const QUERY = Array.from({ length: MAX_QUERY_TERMS }, (_, i) => ['donor', 'blood', 'center', 'hematology'][i % 4]).join('+');

type Readers = { p50: number; p99: number; errors: number; non2xx: number };

/** 200 page views a second for SECONDS. */
async function readers(origin: string): Promise<Readers> {
  const result = await autocannon({
    url: origin,
    connections: 8,
    overallRate: 200,
    duration: SECONDS,
    requests: PAGES.map((page) => ({ method: 'GET', path: page })),
  });
  return { p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

async function flood(origin: string): Promise<{ answered: number; refused: number }> {
  const { stdout } = await execFileAsync('wrk', ['-t1', '-c64', `-d${SECONDS}s`, '--latency', `${origin}/api/search?q=${QUERY}`]);
  const total = Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  parseWrk(stdout); // throws when wrk printed no result (it could not connect)
  return { answered: total - non2xx, refused: non2xx };
}

async function run(report: Report, { site }: Targets): Promise<void> {
  report.log(`## A search flood from one address, and readers' page views through nginx (${ROUNDS} interleaved rounds of ${SECONDS} s)`);
  report.log('');
  const app = Number(new URL(site).port);
  const folders = await Promise.all([0, 1].map(() => mkdtemp(path.join(os.tmpdir(), 'bench-flood-'))));
  // The site's nginx, and a second one from the same file with the per-address limits taken out.
  const limited = await nginxServer({ nginx: 3296, apps: [app, app], redis: 0 }, folders[0]);
  const unlimited = await nginxServer({ nginx: 3297, apps: [app, app], redis: 0 }, folders[1]);
  const conf = path.join(folders[1], 'site.conf');
  const withoutLimits = (await readFile(conf, 'utf8')).replace(/^\s*limit_req zone=.*$/gm, '');
  if (withoutLimits.includes('limit_req zone=')) throw new Error('site.conf still limits: update scripts/bench/flood.ts');
  await writeFile(conf, withoutLimits);
  limited.start();
  unlimited.start();
  const variants = [
    { name: 'readers alone', origin: 'http://127.0.0.1:3296', flooded: false },
    { name: 'readers during the flood, limits on (the site as deployed)', origin: 'http://127.0.0.1:3296', flooded: true },
    { name: 'readers during the flood, limits off', origin: 'http://127.0.0.1:3297', flooded: true },
  ];
  try {
    for (const origin of ['http://127.0.0.1:3296', 'http://127.0.0.1:3297']) {
      // nginx has each page cached before the rounds (the first request of each is a miss).
      for (const page of PAGES) await waitFor(origin + page);
      for (const page of PAGES) await fetch(origin + page);
    }
    const results = new Map(variants.map((v) => [v.name, [] as Array<Readers & { answered?: number; refused?: number }>]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of variants) {
        const [reading, flooding] = await Promise.all([readers(variant.origin), variant.flooded ? flood(variant.origin) : Promise.resolve(undefined)]);
        results.get(variant.name)!.push({ ...reading, ...flooding });
        await new Promise((resolve) => setTimeout(resolve, 2000)); // the limit's burst refills
      }
    }
    report.log('| variant | page p50 ms (median) | page p99 ms (median; every round) | page errors, non-2xx | searches answered / refused (429) per round |');
    report.log('| --- | --- | --- | --- | --- |');
    for (const { name, flooded } of variants) {
      const rounds = results.get(name)!;
      const searches = flooded ? rounds.map((r) => `${r.answered} / ${r.refused}`).join(', ') : '—';
      report.log(`| ${name} | ${median(rounds.map((r) => r.p50)).toFixed(1)} | ${median(rounds.map((r) => r.p99)).toFixed(1)} (${rounds.map((r) => r.p99.toFixed(1)).join(', ')}) | ${rounds.reduce((n, r) => n + r.errors, 0)}, ${rounds.reduce((n, r) => n + r.non2xx, 0)} | ${searches} |`);
    }
    report.log('');
  } finally {
    await limited.stop();
    await unlimited.stop();
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

export const floodSuite: Suite = { name: 'flood', needsSite: true, run, description: "a search flood from one address beside 200 page views a second through nginx, with the site's limits on and off" };
