#!/usr/bin/env bash
# End-to-end tests: fixture content with a post scheduled a few minutes ahead, a production build of
# it in its own folder (.next-e2e), then Playwright against `next start` on that build.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
npx tsx scripts/make-e2e-content.ts .e2e-content
# The build as npm run build makes it (photos, addresses, the web editor writes-a-post-in-the-editor.spec.ts
# drives), locally (no SITE_URL, not CI): it falls back to http://localhost:3000 and says so once.
env -u CI -u SITE_URL -u VERCEL -u VERCEL_PROJECT_PRODUCTION_URL CONTENT_DIR=.e2e-content NEXT_DIST_DIR=.next-e2e bash scripts/build.sh 2>&1 | tee .next-e2e.build.log
notes=$(grep -c 'SITE_URL is not set: this local build uses http://localhost:3000' .next-e2e.build.log || true)
if [ "$notes" != 1 ]; then echo "expected the local-origin note once in the build output, found it $notes times" >&2; exit 1; fi
npx playwright test "$@"
