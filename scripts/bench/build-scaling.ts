// Build time, memory and where the time goes, for `npm run bench -- scaling`: one build of a
// content folder (scripts/build.sh), with the whole process tree's memory sampled twice a second,
// Next's own trace of its phases, and the site's phases (lib/build-profile.ts, SITE_PROFILE).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface BuildMeasure {
  seconds: number;
  /** The largest sum of the resident memory of `next build` and every process under it. */
  peakMb: number;
  /** Next's phases (its .next/trace), in seconds. */
  next: Record<string, number>;
  /** The site's phases: how often each ran, their summed time (they overlap within a process) and in how many processes. */
  site: Array<{ phase: string; count: number; seconds: number; processes: number }>;
  /** Pages the build generated (its "Generating static pages (n/N)"). */
  pages: number;
}

/** Next's trace spans reported here, in build order, with the name the table gives them. */
export const NEXT_PHASES: Array<[span: string, name: string]> = [
  ['run-turbopack', 'compile (Turbopack)'],
  ['run-typescript', 'type check'],
  ['static-check', 'collecting page data'],
  ['static-generation', 'generating pages'],
  ['output-standalone', 'standalone output'],
  ['turbopack-persistence', 'Turbopack cache write'],
];

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone already
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]) ?? []));
  return all;
}

function treeRssMb(pid: number): number {
  let kb = 0;
  for (const member of descendants(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${member}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone already
    }
  }
  return kb / 1024;
}

/** The build of `contentDir` into `distDir` (relative to `root`) as npm run build makes it (scripts/build.sh), measured. */
export async function measureBuild(root: string, contentDir: string, distDir: string): Promise<BuildMeasure> {
  const profile = path.join(os.tmpdir(), `build-profile-${process.pid}-${Date.now()}.jsonl`);
  const started = Date.now();
  const child = spawn('bash', ['scripts/build.sh'], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, SITE_PROFILE: profile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treeRssMb(child.pid!))), 500);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  if (code !== 0) throw new Error(`the build of ${contentDir} failed:\n${output.slice(-4000)}`);
  const trace = JSON.parse(await readFile(path.join(root, distDir, 'trace'), 'utf8')) as Array<{ name: string; duration: number }>;
  const next: Record<string, number> = {};
  for (const [span] of NEXT_PHASES) {
    const spans = trace.filter((event) => event.name === span);
    if (spans.length) next[span] = Math.max(...spans.map((event) => event.duration)) / 1e6;
  }
  const lines = (await readFile(profile, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { pid: number; phase: string; ms: number });
  await rm(profile, { force: true });
  const phases = new Map<string, { count: number; ms: number; pids: Set<number> }>();
  for (const line of lines) {
    const entry = phases.get(line.phase) ?? { count: 0, ms: 0, pids: new Set<number>() };
    entry.count += 1;
    entry.ms += line.ms;
    entry.pids.add(line.pid);
    phases.set(line.phase, entry);
  }
  const site = [...phases]
    .map(([phase, { count, ms, pids }]) => ({ phase, count, seconds: ms / 1000, processes: pids.size }))
    .sort((a, b) => b.seconds - a.seconds);
  const pages = Number(/Generating static pages using \d+ workers? \((\d+)\/\1\)/.exec(output)?.[1] ?? /\((\d+)\/(\d+)\)/.exec(output)?.[2] ?? 0);
  return { seconds, peakMb, next, site, pages };
}
