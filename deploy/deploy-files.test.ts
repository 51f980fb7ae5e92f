// No container engine runs where the tests run, so the Dockerfile and compose.yaml cannot be built
// or started here (deploy/topology.test.ts runs the same topology from plain processes). This lint
// holds them to what docs/deploy.md promises; `nginx -t` checks the nginx files for real.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nginxServer, ROOT } from './topology';

const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);

describe('Dockerfile', () => {
  it('is multi-stage, on a pinned Node 20 image, and the last stage runs the standalone server as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(stage).toMatch(/^node:20\.\d+-bookworm-slim AS \w+/);
    const run = stages.at(-1)!;
    expect(run).toMatch(/^USER site$/m);
    expect(run).toMatch(/^COPY --from=build --chown=site:site \/app\/\.next\/standalone \.\/$/m);
    expect(run).toMatch(/^CMD \["node", "server\.js"\]$/m);
    expect(run).toMatch(/^HEALTHCHECK .*\n\s+CMD .*\/api\/health/m);
    // Production files only: no node_modules of the build (the standalone folder has the traced ones).
    expect(run).not.toMatch(/node_modules/);
  });

  it('fails the image build without SITE_URL (lib/site-url.ts), checks the content first and builds the web editor', () => {
    expect(stages[1]).toMatch(/SITE_DEPLOYMENT=Docker/);
    expect(stages[1]).toMatch(/content-check\.ts && bash scripts\/build\.sh/);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true });

  it('runs two app servers from one image with Redis, behind nginx', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app1', 'app2', 'nginx', 'redis']);
    for (const name of ['app1', 'app2']) {
      expect(compose.services[name].image).toBe('hematology-news:latest');
      expect(compose.services[name].environment.REDIS_URL).toBe('redis://redis:6379');
      expect(compose.services[name].environment.SITE_URL).toMatch(/^\$\{SITE_URL:\?/);
    }
    expect(compose.services.app1.build.context).toBe('.');
    expect(compose.services.nginx.depends_on).toEqual(['app1', 'app2']);
  });

  it('mounts nginx files that exist, and names the upstreams site.conf uses', () => {
    for (const volume of compose.services.nginx.volumes.filter((v: string) => v.startsWith('./'))) {
      expect(existsSync(path.join(ROOT, volume.split(':')[0])), volume).toBe(true);
    }
    const site = readFileSync(path.join(ROOT, 'deploy/nginx/site.conf'), 'utf8');
    expect(site).toContain('server app1:3000');
    expect(site).toContain('server app2:3000');
  });
});

describe('nginx', () => {
  it('site.conf passes nginx -t (as the topology test runs it)', async () => {
    expect(spawnSync('nginx', ['-v']).status, "nginx not found: install Debian's nginx-light (apt-get install nginx-light)").toBe(0);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'nginx-check-'));
    try {
      const service = await nginxServer({ nginx: 3390, apps: [3391, 3392], redis: 3393 }, folder);
      expect(service.name).toBe('nginx');
      const check = spawnSync('nginx', ['-t', '-c', path.join(folder, 'nginx.conf'), '-p', folder], { encoding: 'utf8' });
      expect(check.stderr).toContain('syntax is ok');
      expect(check.status).toBe(0);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
