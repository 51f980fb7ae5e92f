// Where a build's time goes, by phase (npm run bench -- scaling, bench/README.md). Off unless SITE_PROFILE
// names a file: then every timed phase adds a JSON line {pid, phase, ms} to it at once (a build's
// workers are stopped without an exit event, so nothing is kept for later).
import { appendFileSync } from 'node:fs';

const file = process.env.SITE_PROFILE;

function record(phase: string, ms: number): void {
  appendFileSync(file!, `${JSON.stringify({ pid: process.pid, phase, ms: Math.round(ms * 10) / 10 })}\n`);
}

/** Runs `work`, adding a line for `phase` with its duration when profiling is on. */
export function profiled<T>(phase: string, work: () => T): T {
  if (!file) return work();
  const started = performance.now();
  const result = work();
  if (result instanceof Promise) {
    return result.finally(() => record(phase, performance.now() - started)) as T;
  }
  record(phase, performance.now() - started);
  return result;
}
