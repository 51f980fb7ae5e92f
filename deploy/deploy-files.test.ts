// No container engine runs where the tests run, so the Dockerfile and compose.yaml cannot be built
// or started here (deploy/topology.test.ts runs the same topology from plain processes). This lint
// holds them to what docs/deploy.md promises; `nginx -t` checks the nginx files for real.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Copy, DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate } from 'dockerfile-utils';
import { parse } from 'yaml';
import { nginxServer, ROOT } from './topology';

const dockerfileText = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dockerfile = DockerfileParser.parse(dockerfileText);
const froms = dockerfile.getFROMs();
/** The instructions of each stage, by its name. */
const stages = new Map(froms.map((from, i) => {
  const start = from.getRange().start.line;
  const end = froms[i + 1]?.getRange().start.line ?? Infinity;
  const instructions = dockerfile.getInstructions().filter((ins) => ins.getRange().start.line > start && ins.getRange().start.line < end);
  return [from.getBuildStage() ?? String(i), instructions] as const;
}));
const flag = (ins: Instruction, name: string) => (ins instanceof Copy ? ins.getFlags() : []).find((f) => f.getName() === name)?.getValue();
const args = (ins: Instruction) => ins.getArguments().map((a) => a.getValue());
const only = (stage: string, keyword: string) => (stages.get(stage) ?? []).filter((ins) => ins.getKeyword() === keyword);

describe('Dockerfile (read by dockerfile-ast, checked by dockerfile-utils)', () => {
  it('has no problem the Dockerfile linter finds', () => {
    expect(validate(dockerfileText).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('is three stages on one pinned Node 20 image', () => {
    expect([...stages.keys()]).toEqual(['deps', 'build', 'run']);
    for (const from of froms) {
      expect(from.getImageName()).toBe('node');
      expect(from.getImageTag()).toMatch(/^20\.\d+-bookworm-slim$/);
    }
  });

  it('copies only from earlier stages, and only files of the repository that .dockerignore lets in', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const names = [...stages.keys()];
    for (const [stage, instructions] of stages) {
      for (const copy of instructions.filter((ins) => ins.getKeyword() === 'COPY')) {
        const from = flag(copy, 'from');
        const sources = args(copy).slice(0, -1);
        if (from) {
          expect(names.indexOf(from), `${stage}: COPY --from=${from}`).toBeGreaterThanOrEqual(0);
          expect(names.indexOf(from), `${stage}: COPY --from=${from} must be an earlier stage`).toBeLessThan(names.indexOf(stage));
        } else {
          for (const source of sources) {
            expect(existsSync(path.join(ROOT, source)), `${stage}: COPY ${source}`).toBe(true);
            expect(ignored, `${stage}: COPY ${source} is excluded by .dockerignore`).not.toContain(source);
          }
        }
      }
    }
  });

  it('checks the content first, fails without SITE_URL and builds as npm run build does', () => {
    expect(only('build', 'ENV').map((ins) => ins.getArgumentsContent()).join(' ')).toMatch(/SITE_DEPLOYMENT=Docker/);
    expect(only('build', 'RUN').map((ins) => ins.getArgumentsContent())).toContain('npx tsx scripts/content-check.ts && bash scripts/build.sh');
  });

  it('runs the standalone server as a non-root user with a health check, and no build node_modules', () => {
    expect(only('run', 'USER').map(args)).toEqual([['site']]);
    const copies = only('run', 'COPY');
    for (const copy of copies) {
      expect(flag(copy, 'from')).toBe('build');
      expect(flag(copy, 'chown')).toBe('site:site');
      expect(args(copy).join(' ')).not.toMatch(/node_modules/);
    }
    expect(copies.map((copy) => args(copy)[0])).toContain('/app/.next/standalone');
    expect(only('run', 'CMD').map((ins) => ins.getArgumentsContent())).toEqual(['["node", "server.js"]']);
    expect(only('run', 'HEALTHCHECK').map((ins) => ins.getArgumentsContent()).join(' ')).toMatch(/\/api\/health/);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true });

  it('runs two app servers from one image with Redis, behind nginx', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app1', 'app2', 'nginx', 'redis']);
    for (const name of ['app1', 'app2']) {
      expect(compose.services[name].image).toBe('${SITE_IMAGE:-hematology-news:latest}'); // deploy/rollout.sh sets SITE_IMAGE
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

  it("serves only the site's host name: site.conf is the image's template for SITE_HOST, and a default server refuses others", () => {
    const nginx = compose.services.nginx;
    expect(nginx.volumes).toContain('./deploy/nginx/site.conf:/etc/nginx/templates/site.conf.template:ro');
    expect(nginx.environment.SITE_HOST).toMatch(/^\$\{SITE_HOST:\?/);
    expect(nginx.environment.NGINX_ENVSUBST_FILTER).toBe('^SITE_HOST$');
    // The image writes templates/<name>.template to conf.d/<name>, which nginx.conf includes.
    expect(readFileSync(path.join(ROOT, 'deploy/nginx/nginx.conf'), 'utf8')).toContain('include /etc/nginx/conf.d/site.conf;');
    const site = readFileSync(path.join(ROOT, 'deploy/nginx/site.conf'), 'utf8');
    expect(site).toMatch(/listen 80 default_server;\s+server_name _;\s+server_tokens off;\s+return 444;/);
    expect(site.match(/server_name [^;]+;/g)).toEqual(['server_name _;', 'server_name ${SITE_HOST};']);
    // Only ${SITE_HOST} is written that way: nginx's own variables never use braces here.
    expect(site.match(/\$\{\w+\}/g)).toEqual(['${SITE_HOST}']);
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

describe('deploy/rollout.sh', () => {
  const script = readFileSync(path.join(ROOT, 'deploy/rollout.sh'), 'utf8');

  it('is valid bash that replaces app1 then app2, each only after the one before is healthy, with a rollback', () => {
    expect(spawnSync('bash', ['-n', path.join(ROOT, 'deploy/rollout.sh')]).status).toBe(0);
    expect(script).toMatch(/for app in app1 app2; do[\s\S]*SITE_IMAGE="\$image" docker compose up -d --no-deps --no-build "\$app"[\s\S]*if ! healthy "\$app"; then[\s\S]*rolling back[\s\S]*sleep 6\ndone/);
    expect(script).toContain("docker inspect --format '{{.State.Health.Status}}'");
    expect(script).toContain('--rollback');
  });
});
