import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'cms/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/deploy-files.test.ts', 'deploy/cache-handler.test.ts', 'e2e/github-stand-in/*.test.ts'],
    environment: 'node',
  },
});
