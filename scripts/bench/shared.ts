// What every benchmark suite (scripts/bench/*.ts, run by scripts/bench/run.ts) shares: the servers
// it measures (the end-to-end fixture site, an empty Next.js page), processes, the report it writes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
/** Debian's Chromium (or CHROME_PATH): looked up when a suite needs a browser, not on import. */
export const chrome = (): string => process.env.CHROME_PATH || execFileSync('sh', ['-c', 'command -v chromium']).toString().trim();

/** A suite's lines of Markdown, in order. */
export class Report {
  readonly lines: string[] = [];

  log(line = ''): void {
    console.log(line);
    this.lines.push(line);
  }
}

/** What a suite measures: the fixture site and the empty page, started once for every suite that needs them. */
export interface Targets {
  /** The end-to-end fixture site (`next start`). */
  site: string;
  /** Its build folder (bench/tmp/.next-site). */
  siteDist: string;
  /** An empty Next.js page built with this project's Next (`next start`), the baseline. */
  empty: string;
  /** A running server of an earlier commit serving the same fixture content (`--before=<origin>`), or null. */
  before: string | null;
}

export interface Suite {
  name: string;
  /** One line for bench/README.md and `npm run bench -- --help`. */
  description: string;
  /** Whether it needs the fixture site and the empty page running. */
  needsSite: boolean;
  run(report: Report, targets: Targets): Promise<void>;
}

export function sh(command: string, env: Record<string, string> = {}, cwd = root): string {
  return execFileSync('bash', ['-c', command], { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString();
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
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

/** `next start` of the build in `cwd` (NEXT_DIST_DIR in `env`), answering on `port`. */
export async function startNext(cwd: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return child;
}

export function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A build as npm run build makes it (scripts/build.sh: photos, addresses, the editor, next build); its seconds. */
export function buildSite(contentDir: string, distDir: string): number {
  const started = Date.now();
  sh('bash scripts/build.sh', { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, CI: '' });
  return (Date.now() - started) / 1000;
}

/** An empty Next.js page, built with this project's Next, for the baselines. */
async function buildEmptyApp(): Promise<string> {
  // Outside the project, with its own root (inside it, Turbopack's root would be the project's).
  // node_modules is hard-linked: Turbopack does not follow a symlink out of its root.
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

export const FIXTURE_CONTENT = 'bench/tmp/content';
export const FIXTURE_DIST = 'bench/tmp/.next-site';
export const FIXTURE_SITE = 'http://127.0.0.1:3201';
export const EMPTY_PAGE = 'http://127.0.0.1:3202';

/** The fixture site and the empty page, built and started; the fixture build's seconds. */
export async function startTargets(before: string | null): Promise<{ targets: Targets; buildSeconds: number; stopAll: () => void }> {
  sh(`npx tsx scripts/make-e2e-content.ts ${FIXTURE_CONTENT}`);
  const buildSeconds = buildSite(FIXTURE_CONTENT, FIXTURE_DIST);
  const site = await startNext(root, 3201, { CONTENT_DIR: FIXTURE_CONTENT, NEXT_DIST_DIR: FIXTURE_DIST });
  // The first request of a fresh server reads every post: done before anything is measured.
  await waitFor(`${FIXTURE_SITE}/api/health`);
  const empty = await startNext(await buildEmptyApp(), 3202, {});
  return {
    targets: { site: FIXTURE_SITE, siteDist: FIXTURE_DIST, empty: EMPTY_PAGE, before },
    buildSeconds,
    stopAll: () => {
      stop(site);
      stop(empty);
    },
  };
}

/** The pages measured as a phone loads them (Lighthouse, layout stability): name and path. */
export const PHONE_PAGES: Array<[string, string]> = [
  ['/', '/'],
  ['seed post', '/news/multidisciplinary-approach-in-hematopathology'],
  ['tag page', '/news/tag/donors'],
  ['Russian front page', '/ru'],
  ['Kazakh post', '/kk/news/kazakh-news'],
];

/** Every page type, for the document sizes. */
export const PAGE_TYPES: Array<[string, string]> = [
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

export const SEED_POST = '/news/multidisciplinary-approach-in-hematopathology';
