import { defineConfig } from 'vitest/config';

// npm run test:deploy and test:vercel (scripts/deploy-test.sh and vercel-test.sh build first): the self-hosted topology and Vercel's output, one file each,
// its tests in order (they share the running processes and the scheduled moment).
export default defineConfig({
  test: {
    include: ['deploy/topology.test.ts', 'deploy/vercel-output.test.ts', 'scripts/ci/content-workflow.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
