// npm run test:deploy: the self-hosted topology (compose.yaml) from plain processes on loopback —
// Redis, two standalone app servers each in its own folder, nginx with deploy/nginx/site.conf —
// on a build of the end-to-end content with a post scheduled a few minutes ahead
// (scripts/deploy-test.sh builds it). Each test names the promise of docs/deploy.md it holds.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaManifest } from '../lib/content/media';
import { answers, appServer, installStandalone, nginxServer, redisServer, rollingReplace, ROOT, SITE_HOST, waitFor, type Ports, type Service } from './topology';

const DIST = '.next-deploy';
const CONTENT = '.deploy-content';
const ORIGIN = 'https://news.example.kz';
const PREVIEW_SECRET = 'deploy-preview-secret';
const PORTS: Ports = { nginx: 3380, apps: [3381, 3382], redis: 3383 };
const SEED = '/news/multidisciplinary-approach-in-hematopathology';
const SEED_TITLE = 'Multidisciplinary Approach in Hematopathology';
const SCHEDULED = '/news/goes-live-soon';
const schedule = JSON.parse(readFileSync(path.join(ROOT, CONTENT, 'schedule.json'), 'utf8')) as { moment: string; gravMoment: string };
// The seed's first photo as the build prepared it (a static file under /media/).
const SEED_PHOTO = (JSON.parse(readFileSync(path.join(ROOT, CONTENT, '.prepared/media.json'), 'utf8')) as MediaManifest).folders['multidisciplinary-approach-in-hematopathology'][0].src;
const moment = new Date(schedule.moment).getTime();

const proxy = `http://127.0.0.1:${PORTS.nginx}`;
const app = (i: 0 | 1) => `http://127.0.0.1:${PORTS.apps[i]}`;
let work: string;
let redis: Service;
let apps: [Service, Service];
let nginx: Service;
/** Servers a test started besides `apps` (a release being rolled out), stopped after all. */
const extra: Service[] = [];

const get = (url: string, init: RequestInit = {}) => fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000), ...init });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A request with any method (fetch refuses TRACE) or Host header: its status and Allow header. */
function rawRequest(url: string, method: string, headers: Record<string, string> = {}): Promise<{ status: number; allow: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0, allow: response.headers.allow });
    });
    request.on('error', reject);
    request.end();
  });
}
/** `[cache] set` lines for one page (its key ends in the page's path under /en/, /ru/ or /kk/): each is one render stored. */
function renders(service: Service, page: string): number {
  const key = page.startsWith('/ru') || page.startsWith('/kk') ? page : `/en${page}`;
  return service.output.split('\n').filter((line) => line.startsWith('[cache] set ') && line.endsWith(`/$${key}`)).length;
}

/** Asks server `i` for `page` until it has rendered it once more (and so stored it), as a stale page is re-rendered on request. */
async function renderOn(i: 0 | 1, page: string): Promise<void> {
  const before = renders(apps[i], page);
  await waitFor(async () => (await get(`${app(i)}${page}`)).status === 200 && renders(apps[i], page) > before, `${apps[i].name} to render ${page}`, 60_000);
}

async function startApp(i: 0 | 1): Promise<void> {
  apps[i].start();
  await waitFor(answers(`${app(i)}/api/health`), `${apps[i].name} to answer`);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'news-topology-'));
  const env = { SITE_URL: ORIGIN, REDIS_URL: `redis://127.0.0.1:${PORTS.redis}`, PREVIEW_SECRET, CACHE_HANDLER_LOG: '1' };
  apps = [appServer('app1', path.join(work, 'app1'), PORTS.apps[0], env), appServer('app2', path.join(work, 'app2'), PORTS.apps[1], env)];
  await Promise.all(['app1', 'app2'].map((name) => installStandalone(DIST, CONTENT, path.join(work, name))));
  redis = redisServer(PORTS.redis, work);
  redis.start();
  await startApp(0);
  await startApp(1);
  nginx = await nginxServer(PORTS, work);
  nginx.start();
  await waitFor(answers(`${proxy}/api/health`), 'nginx to answer');
}, 120_000);

afterAll(async () => {
  await Promise.all([nginx?.stop(), ...(apps ?? []).map((service) => service.stop()), ...extra.map((service) => service.stop()), redis?.stop()]);
  // What each process printed, for whoever reads a failure (CI keeps the folder).
  const logs = path.join(ROOT, 'test-results/deploy');
  await mkdir(logs, { recursive: true });
  for (const service of [nginx, ...(apps ?? []), ...extra, redis]) if (service) await writeFile(path.join(logs, `${service.name}.log`), service.output);
  if (work) {
    await cp(path.join(work, 'error.log'), path.join(logs, 'nginx-error.log')).catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
});

/** A load through nginx; the messages of failed requests are kept to name them in a failure. */
function loadThroughNginx(seconds: number, requests: Array<{ path: string }>) {
  const failures: string[] = [];
  const load = new Promise<autocannon.Result>((resolve, reject) => {
    // 32 connections as fast as they go: with one server down the other is saturated, and on a busy
    // machine an answer may take more than autocannon's default 10 s without failing. A request
    // fails when nginx gives up on it (proxy_read_timeout 30s, then a 504): that is the timeout here.
    const instance = autocannon({ url: proxy, connections: 32, duration: seconds, requests, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('reqError', (error: Error) => failures.push(error.message));
    instance.on('response', (_client: unknown, status: number) => {
      if (status >= 400) failures.push(`status ${status}`);
    });
  });
  return { load, failures };
}

describe('a standalone copy holds everything the server reads at run time', () => {
  it('serves the seed post, its photos (as files and optimized), its card, the feeds, search and health', async () => {
    const page = await get(`${app(0)}${SEED}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(SEED_TITLE);
    const photo = await get(`${app(0)}${SEED_PHOTO}`);
    expect([photo.status, photo.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    const optimized = await get(`${app(0)}/_next/image?url=${encodeURIComponent(SEED_PHOTO)}&w=640&q=75`, { headers: { accept: 'image/webp' } });
    expect([optimized.status, optimized.headers.get('content-type')]).toEqual([200, 'image/webp']);
    const card = await get(`${app(0)}/og/multidisciplinary-approach-in-hematopathology`);
    expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(await (await get(`${app(0)}/feed.xml`)).text()).toContain(SEED_TITLE);
    expect(await (await get(`${app(0)}/api/search?q=hematopathology`)).text()).toContain(SEED);
    const health = await (await get(`${app(0)}/api/health`)).json();
    // The build and that the content reads, nothing about the content (how many posts exist).
    expect(health).toEqual({ status: 'ok', buildId: readFileSync(path.join(ROOT, DIST, 'BUILD_ID'), 'utf8').trim() });
  });

  it('puts the deployment origin, never localhost, in pages, feeds, the sitemap and share cards', async () => {
    for (const url of ['/', SEED, '/ru', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt']) {
      const text = await (await get(`${proxy}${url}`)).text();
      expect(text, url).toContain(ORIGIN);
      expect(text, url).not.toMatch(/localhost|127\.0\.0\.1/);
    }
    const html = await (await get(`${proxy}${SEED}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${SEED}"/>`);
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/og/multidisciplinary-approach-in-hematopathology"/>`);
  });
});

describe('staff previews', () => {
  it('are never served from the cache to another visitor, and a forged session cookie opens nothing', async () => {
    const enter = await get(`${proxy}/api/preview`, { method: 'POST', body: new URLSearchParams({ secret: PREVIEW_SECRET, slug: 'scheduled-far', lang: 'en' }) });
    expect(enter.status).toBe(303);
    const cookie = (enter.headers.getSetCookie() ?? []).map((line) => line.split(';')[0]).join('; ');
    expect(cookie).toMatch(/^site_preview=/);
    for (let round = 0; round < 2; round++) {
      const preview = await get(`${proxy}/preview/scheduled-far`, { headers: { cookie } });
      expect(preview.status).toBe(200);
      expect(preview.headers.get('cache-control')).toContain('no-store');
      expect(await preview.text()).toContain('Scheduled for the distant future');
      const visitor = await get(`${proxy}/preview/scheduled-far`);
      expect(await visitor.text()).not.toContain('Scheduled for the distant future');
      expect((await get(`${proxy}/news/scheduled-far`)).status).toBe(404);
      const forged = await get(`${proxy}/preview/scheduled-far`, { headers: { cookie: 'site_preview=*|99999999999999|forged' } });
      expect(await forged.text()).not.toContain('Scheduled for the distant future');
    }
  });
});

describe('several servers share one ISR cache (Redis)', () => {
  it('a page one server rendered is served by the other from Redis, without rendering it again', async () => {
    const page = '/news/tag/donors';
    await renderOn(0, page);
    const second = await get(`${app(1)}${page}`);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(renders(apps[1], page)).toBe(0);
  });

  it('one regeneration per page per revalidation window (30 s) across both servers, under load through nginx', async () => {
    const before = renders(apps[0], SEED) + renders(apps[1], SEED);
    const seconds = 65;
    const result = await autocannon({ url: `${proxy}${SEED}`, connections: 8, duration: seconds, overallRate: 40 });
    const count = renders(apps[0], SEED) + renders(apps[1], SEED) - before;
    console.log(`seed post: ${result.requests.total} requests through nginx in ${seconds} s, ${count} renders (app1 ${renders(apps[0], SEED)}, app2 ${renders(apps[1], SEED)} in all)`);
    expect(result.errors + result.non2xx).toBe(0);
    expect(result.requests.total).toBeGreaterThan(1000);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(Math.floor(seconds / 30) + 1);
  }, 100_000);
});

describe('a post scheduled a few minutes ahead', () => {
  it('goes live through nginx within 90 s of its time, and from then on no request answers 404, whichever server answers', async () => {
    expect(Date.now(), `the test must start before ${schedule.gravMoment}`).toBeLessThan(moment);
    expect((await get(`${proxy}${SCHEDULED}`)).status).toBe(404);
    await sleep(Math.max(0, moment - Date.now()));
    await waitFor(async () => (await get(`${proxy}${SCHEDULED}`)).status === 200, 'the scheduled post through nginx', 90_000);
    const after = (Date.now() - moment) / 1000;
    console.log(`${SCHEDULED} answered 200 through nginx ${after.toFixed(1)} s after ${schedule.gravMoment}`);
    expect(after).toBeLessThanOrEqual(90);
    const statuses = new Set<number>();
    for (let i = 0; i < 40; i++) {
      for (const base of [proxy, app(0), app(1)]) statuses.add((await get(`${base}${SCHEDULED}`)).status);
      await sleep(250);
    }
    expect([...statuses]).toEqual([200]);
  }, 360_000);
});

describe('what a request may do through nginx (docs/deploy.md, "Threat model")', () => {
  it("never writes a reader's query string into a page others get, and keeps one cached page for every query", async () => {
    // By now the build's pages are older than 50 s: the first request renders the page afresh, with
    // the address it was asked by. nginx drops the query before the app sees it.
    const page = '/kk';
    const asked = await get(`${proxy}${page}?email=patient.ivanova%40mail.kz&fbclid=SECRET123`);
    expect([asked.status, asked.headers.get('x-cache')]).toEqual([200, 'MISS']);
    expect(await asked.text()).not.toContain('SECRET123');
    for (const url of [`${proxy}${page}`, `${proxy}${page}?utm_source=newsletter`, `${app(0)}${page}`, `${app(1)}${page}`]) {
      const response = await get(url);
      expect(await response.text(), url).not.toContain('SECRET123');
    }
    // One stored page whatever the query: a second query is a hit, not a new entry.
    expect((await get(`${proxy}${page}?utm_source=other`)).headers.get('x-cache')).toBe('HIT');
  });

  it("answers only the site's host name: a request for any other gets no answer (444) and reaches no app", async () => {
    const hosts = ['evil.example', '127.0.0.1.evil.example', '10.0.0.5', 'news.example.kz.evil.example'];
    for (const host of hosts) {
      await expect(rawRequest(`${proxy}/ru?host=${host}`, 'GET', { Host: host }), host).rejects.toThrow(/socket hang up|ECONNRESET/);
    }
    // nginx's log: each one closed by the default server (444), which passes nothing to an app.
    const logged = readFileSync(path.join(work, 'access.log'), 'utf8').split('\n').filter((line) => line.includes('/ru?host='));
    expect(logged.map((line) => / (\d{3}) \d+ "/.exec(line)?.[1])).toEqual(hosts.map(() => '444'));
    expect((await rawRequest(`${proxy}/ru`, 'GET', { Host: `${SITE_HOST}:${PORTS.nginx}` })).status).toBe(200);
  });

  it('answers only GET and HEAD (and the preview form\'s POST): PUT, DELETE, PATCH and TRACE get 405, and nothing is stored', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE']) {
      for (const url of ['/', '/feed.xml', '/atom.xml', SEED, '/api/health', '/api/search?q=donor', '/preview/scheduled-far']) {
        const { status, allow } = await rawRequest(`${proxy}${url}`, method);
        expect(status, `${method} ${url}`).toBe(405);
        // TRACE is refused by nginx itself, before any location.
        if (method !== 'TRACE') expect(allow, `${method} ${url}`).toBe('GET, HEAD');
      }
    }
    const feed = await get(`${proxy}/feed.xml`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<rss');
  });

  it('refuses addresses no page has and the app cannot decode with 400, never a 5xx', async () => {
    for (const url of ['/news/%E0%A4', '/news/%E0%A4%A', '/ru/news/tag/%C0%AF', '/_next/image?url=%2Fmedia%2Fa%2F%25E0%25A4%25A.jpg&w=640&q=75', '/_next/image?url=/media/x%25&w=640&q=75', '/_next/image?url=/media/%E0%A4%A&w=640&q=75', '/search?q=%E0%A4%A']) {
      expect((await get(`${proxy}${url}`)).status, url).toBe(400);
    }
    // The site's own addresses in Cyrillic still work.
    expect((await get(`${proxy}/ru/news/tag/${encodeURIComponent('доноры')}`)).status).toBe(200);
  });

  it('limits search and previews per client address (429 with Retry-After), and pages stay unlimited', async () => {
    const searches = await Promise.all(Array.from({ length: 60 }, () => get(`${proxy}/api/search?q=donor`)));
    const statuses = searches.map((response) => response.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(20);
    const refused = searches.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.headers.get('retry-after')).toBe('10');
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
    const pages = await Promise.all(Array.from({ length: 60 }, () => get(`${proxy}/`)));
    expect(pages.map((response) => response.status).filter((status) => status !== 200)).toEqual([]);
    await sleep(5000); // the burst refills at 5 a second, for the tests after this one
  });
});

describe('failures', () => {
  // Pages (mostly from nginx's cache) and health (always from an app server); search is rate-limited.
  const mixed = ['/', SEED, '/ru', '/news/tag/donors', '/api/health'].map((p) => ({ path: p }));

  it('one app server killed (SIGKILL) in the middle of a 20 s load: no failed request, no 5xx', async () => {
    const { load, failures } = loadThroughNginx(20, mixed);
    await sleep(7000);
    expect(await apps[0].stop('SIGKILL')).toBe('SIGKILL');
    const result = await load;
    await startApp(0);
    // nginx skips a server that failed for fail_timeout (5 s, deploy/nginx/site.conf) before trying
    // it again: the next test stops the other server and needs this one back in nginx's rotation.
    await sleep(6000);
    console.log(`SIGKILL under load: ${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx`);
    expect(result.requests.total).toBeGreaterThan(500);
    expect(failures).toEqual([]);
    expect(result.errors + result.non2xx).toBe(0);
  }, 90_000);

  it('an app server stopped with SIGTERM finishes its requests and exits; nginx moves to the other: no failed request', async () => {
    const { load, failures } = loadThroughNginx(10, mixed);
    await sleep(3000);
    expect(await apps[1].stop('SIGTERM')).toBe(143);
    const result = await load;
    await startApp(1);
    expect(failures).toEqual([]);
    expect(result.errors + result.non2xx).toBe(0);
  }, 90_000);

  it('both app servers down: nginx answers the pages it has seen (stale) and a clear 502 page for the rest; it recovers by itself', async () => {
    const unseen = '/news/archive/2021/01';
    await Promise.all([apps[0].stop(), apps[1].stop()]);
    for (const url of ['/', SEED]) {
      const response = await get(`${proxy}${url}`);
      expect(response.status, url).toBe(200);
      expect(['HIT', 'STALE', 'UPDATING']).toContain(response.headers.get('x-cache'));
    }
    const down = await get(`${proxy}${unseen}`);
    expect(down.status).toBe(502);
    const text = await down.text();
    expect(text).toContain('The site is temporarily unavailable');
    expect(text).toContain('Сайт временно недоступен');
    await Promise.all([startApp(0), startApp(1)]);
    await waitFor(async () => (await get(`${proxy}${unseen}`)).status === 200, 'nginx to use the app servers again', 30_000);
  }, 90_000);

  it('Redis stopped: both servers keep serving from their own cache with no 5xx and say so once; Redis back: they share again', async () => {
    const said = 'is unavailable';
    const before = [apps[0].count(said), apps[1].count(said)];
    await redis.stop();
    const pages = ['/news/page/2', '/news/tag/registration', '/ru', SEED, '/news/archive/2023/01'];
    const statuses: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const base of [app(0), app(1)]) for (const page of pages) statuses.push((await get(`${base}${page}`)).status);
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect([apps[0].count(said) - before[0], apps[1].count(said) - before[1]]).toEqual([1, 1]);

    redis.start();
    await waitFor(async () => apps[0].count('answers again') > 0 && apps[1].count('answers again') > 0, 'both servers to reconnect', 20_000);
    const page = '/news/category/events';
    const rendersOnApp2 = renders(apps[1], page);
    await renderOn(0, page);
    const other = await get(`${app(1)}${page}`);
    expect(other.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(renders(apps[1], page)).toBe(rendersOnApp2);
  }, 120_000);
});

describe('a rolling deploy (deploy/rollout.sh, here with plain processes)', () => {
  it('replaces app1 then app2 with the next release under load, then rolls back the same way: no failed request', async () => {
    const env = { SITE_URL: ORIGIN, REDIS_URL: `redis://127.0.0.1:${PORTS.redis}`, PREVIEW_SECRET, CACHE_HANDLER_LOG: '1' };
    // The next release: the build installed afresh in folders of its own, as a new image would be.
    const next = [appServer('app1-next', path.join(work, 'app1-next'), PORTS.apps[0], env), appServer('app2-next', path.join(work, 'app2-next'), PORTS.apps[1], env)];
    await Promise.all(['app1-next', 'app2-next'].map((name) => installStandalone(DIST, CONTENT, path.join(work, name))));
    extra.push(...next);
    const previous = [...apps];
    const health = (i: number) => `${app(i as 0 | 1)}/api/health`;
    const mixed = ['/', SEED, '/ru', '/news/tag/donors', '/api/health'].map((p) => ({ path: p }));
    const { load, failures } = loadThroughNginx(60, mixed);
    await sleep(3000);
    const started = Date.now();
    expect(await rollingReplace(previous, next, health)).toEqual([143, 143]);
    const rolledOut = Date.now() - started;
    // Every server now answering is the next release's; the previous ones have exited.
    expect(next.every((service) => service.child !== null) && previous.every((service) => service.child === null)).toBe(true);
    expect(await rollingReplace(next, previous, health)).toEqual([143, 143]);
    const rolledBack = Date.now() - started - rolledOut;
    const result = await load;
    console.log(`rolling deploy under load: out in ${rolledOut} ms, back in ${rolledBack} ms; ${result.requests.total} requests, ${result.errors} errors, ${result.non2xx} non-2xx`);
    expect(rolledOut + rolledBack).toBeLessThan(57_000); // both happened under the load
    expect(failures).toEqual([]);
    expect(result.errors + result.non2xx).toBe(0);
    expect(previous.every((service) => service.child !== null)).toBe(true);
  }, 150_000);
});
