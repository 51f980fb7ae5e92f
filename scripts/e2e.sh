#!/usr/bin/env bash
# End-to-end tests: fixture content with a post scheduled a few minutes ahead, a production build of
# it in its own folder (.next-e2e), then Playwright against `next start` on that build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
npx tsx scripts/make-e2e-content.ts .e2e-content
CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e npx next build
npx playwright test "$@"
