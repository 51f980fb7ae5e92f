import { execSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// Debian's chromium: Playwright never downloads a browser here.
function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim();
  } catch {
    throw new Error("Chromium not found: install Debian's chromium package (apt-get install chromium) or set CHROME_PATH");
  }
}

const PORT = 3100;
export const E2E_CONTENT_DIR = '.e2e-content';

export default defineConfig({
  testDir: 'e2e',
  // Specs only: e2e/github-stand-in/*.test.ts are the stand-in's own unit tests (vitest).
  testMatch: '**/*.spec.ts',
  // One server, one ISR cache, two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath() },
    trace: 'retain-on-failure',
  },
  projects: [
    // Checks made before the scheduled moment; then, on the real clock, the post must appear (and the
    // expiring one disappear) within 60 s of it, without a rebuild; then the rest of the suite. (The
    // rest takes longer than the lead time, so it cannot run in between.)
    { name: 'before-schedule', testMatch: /scheduled-post-goes-live\.spec\.ts/, grep: /before its time/ },
    { name: 'after-schedule', testMatch: /scheduled-post-goes-live\.spec\.ts/, grep: /after its time/, dependencies: ['before-schedule'] },
    { name: 'site', testIgnore: /scheduled-post-goes-live\.spec\.ts/, dependencies: ['after-schedule'] },
  ],
  webServer: {
    // `npm run test:e2e` builds first (scripts/e2e.sh); this only starts the production server.
    // Bound to every address (no -H), as next start is by default; the tests ask 127.0.0.1.
    command: `npx next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { SITE_URL: 'http://localhost:3000', CONTENT_DIR: E2E_CONTENT_DIR, NEXT_DIST_DIR: '.next-e2e', PREVIEW_SECRET: 'e2e-preview-secret' },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
  },
});
