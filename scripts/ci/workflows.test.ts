// The GitHub workflows run the project's own scripts, so that CI here (.ci/run) runs the same steps.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'timeout-minutes': number; steps: Array<{ run?: string; uses?: string; env?: Record<string, string> }> }>;
}
const workflow = (name: string) => parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps.map((step) => step.run).filter(Boolean));

describe('the GitHub workflows', () => {
  it('content pull requests run scripts/ci/content.sh against their base, in under 10 minutes, with the full history', () => {
    const content = workflow('content.yml');
    expect(content.on.pull_request).toEqual({ paths: ['content/**'] });
    expect(runs(content)).toEqual(['npm ci', 'bash scripts/ci/content.sh "origin/${{ github.base_ref }}"']);
    const job = content.jobs.check;
    expect(job['timeout-minutes']).toBeLessThanOrEqual(10);
    expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout'))).toMatchObject({ with: { 'fetch-depth': 0 } });
    expect(job.steps.at(-1)!.env).toMatchObject({ CHROME_PATH: '/usr/bin/google-chrome' });
  });

  it('code changes and pushes to main run npm test with Redis and nginx installed', () => {
    const code = workflow('code.yml');
    expect(Object.keys(code.on)).toEqual(['pull_request', 'push']);
    expect(code.on.push).toEqual({ branches: ['main'] });
    const commands = runs(code);
    expect(commands.some((c) => /apt-get install .*redis-server.*nginx-light/.test(c!))).toBe(true);
    expect(commands.at(-1)).toBe('npm test');
  });

  it('the scripts they name exist and CI here runs them (test-all.sh)', () => {
    const all = readFileSync(path.join(ROOT, 'scripts/test-all.sh'), 'utf8');
    expect(all).toContain('scripts/ci/content-workflow.e2e.ts');
    expect(all).toContain('bash scripts/ci/in-a-copy.sh bash scripts/vercel-test.sh');
    expect(all).toContain('bash scripts/deploy-test.sh');
    expect(readFileSync(path.join(ROOT, 'scripts/ci/content.sh'), 'utf8')).toContain('scripts/ci/smoke-posts.ts');
  });
});

describe('the image workflow', () => {
  it('builds and publishes the image on every push to main, tagged main and sha-<commit>', () => {
    const image = workflow('image.yml');
    expect(image.on).toEqual({ push: { branches: ['main'] } });
    const build = image.jobs.image.steps.find((step) => step.uses?.startsWith('docker/build-push-action')) as unknown as { with: { push: boolean; tags: string } };
    expect(build.with.push).toBe(true);
    expect(build.with.tags).toContain('ghcr.io/${{ github.repository }}:main');
    expect(build.with.tags).toContain('ghcr.io/${{ github.repository }}:sha-${{ github.sha }}');
  });
});
