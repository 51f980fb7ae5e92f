import { defineConfig } from 'vitest/config';

// npm run test:deploy (scripts/deploy-test.sh builds first): the self-hosted topology, one file,
// its tests in order (they share the running processes and the scheduled moment).
export default defineConfig({
  test: {
    include: ['deploy/topology.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
