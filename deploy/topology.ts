// The self-hosted topology of compose.yaml, started from plain processes on loopback ports (no
// container engine runs where the tests run): Redis, two standalone app servers each in its own
// folder (as two containers would be), and nginx with deploy/nginx/site.conf. Used by
// deploy/topology.test.ts (npm run test:deploy) and the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface Ports {
  nginx: number;
  apps: [number, number];
  redis: number;
}

/** A running process with everything it printed. */
export class Service {
  child: ChildProcess | null = null;
  output = '';
  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly options: { cwd: string; env?: Record<string, string> },
  ) {}

  start(): void {
    const child = spawn(this.command, this.args, { cwd: this.options.cwd, env: { ...process.env, ...this.options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
  }

  /** Stops the process with `signal` and waits for it to exit; resolves with its exit code or signal. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, sig) => resolve(code ?? sig)));
    child.kill(signal);
    this.child = null;
    return exited;
  }

  /** How many times `text` appears in what the process printed. */
  count(text: string | RegExp): number {
    return typeof text === 'string' ? this.output.split(text).length - 1 : (this.output.match(new RegExp(text, 'g')) ?? []).length;
  }
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const answers = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(5000) })).status < 500;

/**
 * A standalone build copied the way docs/deploy.md tells: the standalone folder, plus the static
 * files, public/ and the content, into an empty folder; nothing else of the project is there.
 */
export async function installStandalone(distDir: string, contentDir: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  await cp(path.join(ROOT, distDir, 'standalone'), target, { recursive: true });
  await cp(path.join(ROOT, distDir, 'static'), path.join(target, distDir, 'static'), { recursive: true });
  await cp(path.join(ROOT, 'public'), path.join(target, 'public'), { recursive: true });
  // The site's own content/ is traced into the standalone folder; this run serves `contentDir` instead.
  await rm(path.join(target, 'content'), { recursive: true, force: true });
  await cp(path.join(ROOT, contentDir), path.join(target, 'content'), { recursive: true });
}

export function appServer(name: string, folder: string, port: number, env: Record<string, string>): Service {
  return new Service(name, process.execPath, ['server.js'], {
    cwd: folder,
    // As in the Docker image: all interfaces (which a proxy rewrite's origin needs, see playwright.config.ts).
    env: { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '0.0.0.0', PORT: String(port), CONTENT_DIR: 'content', ...env },
  });
}

export function redisServer(port: number, folder: string): Service {
  return new Service('redis', 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder], { cwd: folder });
}

/**
 * deploy/nginx/site.conf with loopback addresses and this run's folders; every replacement must
 * apply. `extraServers`: more `server {}` blocks for the same nginx (the benchmark's static reference).
 */
/** The host name nginx serves the site under in these tests; any other is refused (444). */
export const SITE_HOST = '127.0.0.1';

export async function nginxServer(ports: Ports, folder: string, extraServers: string[] = []): Promise<Service> {
  let site = await readFile(path.join(ROOT, 'deploy/nginx/site.conf'), 'utf8');
  const replacements: Array<[string, string]> = [
    ['server app1:3000', `server 127.0.0.1:${ports.apps[0]}`],
    ['server app2:3000', `server 127.0.0.1:${ports.apps[1]}`],
    ['listen 80 default_server;', `listen 127.0.0.1:${ports.nginx} default_server;`],
    ['listen 80;', `listen 127.0.0.1:${ports.nginx};`],
    // The tests ask for http://127.0.0.1:<port>/, so that is the site's host here (nginx's image
    // fills in SITE_HOST the same way, compose.yaml).
    ['${SITE_HOST}', SITE_HOST],
    ['/var/cache/nginx/site', path.join(folder, 'cache')],
    ['/usr/share/nginx/errors', path.join(ROOT, 'deploy/nginx/errors')],
  ];
  for (const [from, to] of replacements) {
    if (!site.includes(from)) throw new Error(`deploy/nginx/site.conf no longer contains '${from}': update deploy/topology.ts`);
    site = site.replaceAll(from, to);
  }
  await writeFile(path.join(folder, 'site.conf'), site);
  const temp = (name: string) => path.join(folder, name);
  await writeFile(
    path.join(folder, 'nginx.conf'),
    [
      // As root, workers run as root too, so they can use this run's folders.
      process.getuid?.() === 0 ? 'user root root;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${temp('nginx.pid')};`,
      `error_log ${temp('error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log ${temp('access.log')};`,
      `  client_body_temp_path ${temp('body')}; proxy_temp_path ${temp('proxy')}; fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')}; scgi_temp_path ${temp('scgi')};`,
      // The load tests reuse each of their 32 connections for thousands of requests. nginx closes a
      // client connection after keepalive_requests (1000 by default), and autocannon, unlike a
      // browser, does not resend the request it had already written on it: it counts a reset.
      '  keepalive_requests 100000;',
      `  include ${temp('site.conf')};`,
      ...extraServers,
      '}',
    ].join('\n'),
  );
  return new Service('nginx', 'nginx', ['-c', path.join(folder, 'nginx.conf'), '-p', folder], { cwd: folder });
}

/**
 * A rolling deploy, as deploy/rollout.sh does it with containers: each running server in turn gets
 * SIGTERM and finishes its requests, its successor starts on the same port, and the next one is
 * replaced only when the successor answers and nginx has had `settleMs` to use it again (nginx
 * skips a server that failed for fail_timeout, 5 s). Resolves with the old servers' exit codes.
 */
export async function rollingReplace(running: Service[], successors: Service[], healthUrl: (i: number) => string, settleMs = 6000): Promise<Array<number | string | null>> {
  const exits: Array<number | string | null> = [];
  for (const [i, old] of running.entries()) {
    exits.push(await old.stop('SIGTERM'));
    successors[i].start();
    await waitFor(answers(healthUrl(i)), `${successors[i].name} to answer`);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
  return exits;
}
