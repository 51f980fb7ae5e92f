// npm run bench:load: 60 s at 64 connections on loopback across the front page, posts, feeds and
// search, against a production build on `next start`. Bounded in time, stops by itself. Reports
// requests, errors, non-2xx answers, latency, and the server's memory (RSS) every 5 s, to show
// that memory does not grow after warm-up. Writes the figures to bench/runs/<date>-load.md.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '../..');
const PORT = 3301;
// --seconds=N: a longer soak (default 60 s).
const DURATION_S = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 60);
const CONNECTIONS = 64;

function sh(command: string, env: Record<string, string> = {}): string {
  return execFileSync('bash', ['-c', command], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 1 << 28 }).toString();
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
async function rssMb(pid: number): Promise<number> {
  const pids = [pid, ...sh(`pgrep -P ${pid} || true`).split('\n').filter(Boolean).map(Number)];
  let kb = 0;
  for (const id of pids) {
    const status = await readFile(`/proc/${id}/status`, 'utf8').catch(() => '');
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kb / 1024;
}

async function main(): Promise<void> {
  await mkdir(path.join(root, 'bench/tmp'), { recursive: true });
  // `next build` adds its build folder's types to tsconfig.json; put it back afterwards.
  const tsconfig = await readFile(path.join(root, 'tsconfig.json'), 'utf8');
  process.on('exit', () => writeFileSync(path.join(root, 'tsconfig.json'), tsconfig));
  sh('npx tsx scripts/make-e2e-content.ts bench/tmp/load-content');
  sh('npx next build', { CONTENT_DIR: 'bench/tmp/load-content', NEXT_DIST_DIR: 'bench/tmp/.next-load' });
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'bench/tmp/load-content', NEXT_DIST_DIR: 'bench/tmp/.next-load' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${PORT}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  const paths = ['/', '/news/page/2', '/news/multidisciplinary-approach-in-hematopathology', '/news/with-header-image', '/news/tag/donors', '/feed.xml', '/atom.xml', '/sitemap.xml', '/search?q=donor', '/api/search?q=hematology',
    // The Russian and Kazakh families.
    '/ru', '/ru/news/autoplay-gallery', '/ru/feed.xml', `/ru/search?q=${encodeURIComponent('донор')}`, '/kk/news/kazakh-news', `/api/search?lang=kk&q=${encodeURIComponent('қан')}`];
  const memory: Array<[number, number]> = [];
  const started = Date.now();
  const sampler = setInterval(async () => memory.push([Math.round((Date.now() - started) / 1000), await rssMb(server.pid!)]), 5000);
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  clearInterval(sampler);
  server.kill('SIGTERM');

  const warm = memory.filter(([t]) => t >= 15).map(([, mb]) => mb);
  // Every sample for a minute's run; every sixth (about 30 s apart) for a longer soak.
  const every = DURATION_S > 60 ? 6 : 1;
  const growth = warm.length > 1 ? warm[warm.length - 1] - warm[0] : 0;
  const report = [
    '',
    `## Load test (\`npm run bench:load\`): ${DURATION_S} s, ${CONNECTIONS} connections, loopback, ${new Date().toISOString()}`,
    '',
    `Paths, in rotation: ${paths.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    '| requests | req/s (mean) | errors | timeouts | non-2xx | p50 ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    `| ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.errors} | ${result.timeouts} | ${result.non2xx} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} |`,
    '',
    `Server RSS (MB) every ${every * 5} s: ${memory.filter((_, i) => (i + 1) % every === 0).map(([t, mb]) => `${t}s ${mb.toFixed(0)}`).join(', ')}.`,
    `After warm-up (from 15 s): ${warm.length ? `${Math.min(...warm).toFixed(0)}–${Math.max(...warm).toFixed(0)} MB, last minus first ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB` : 'no samples'}.`,
    '',
  ].join('\n');
  console.log(report);
  const file = path.join(root, 'bench/runs', `${new Date().toISOString().slice(0, 16).replace(':', '')}-load.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, report);
  console.error(`wrote ${path.relative(root, file)}`);
  if (result.errors + result.timeouts + result.non2xx > 0) process.exitCode = 1;
}

await main();
