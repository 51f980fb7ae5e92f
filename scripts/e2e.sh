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
# E2E_BESIDE (scripts/test-all.sh): a command run beside the suite while it waits for the scheduled
# moment and the minute after it, when the suite only polls: at once if the build left 100 s or more
# before the moment, else once the post has gone live, so that it never starts while the suite
# times the going-live. (It builds: the going-live of one page, a single render, allows 60 s.)
beside=""
if [ -n "${E2E_BESIDE:-}" ]; then
  moment=$(node -e "console.log(Date.parse(require('./.e2e-content/schedule.json').moment))")
  ( left=$(( (moment - $(date +%s%3N)) / 1000 ))
    if [ "$left" -lt 100 ]; then delay=$(( left + 75 )); [ "$delay" -gt 0 ] && sleep "$delay"; fi
    echo "== beside the end-to-end suite ($left s before the scheduled moment): $E2E_BESIDE"; bash -c "$E2E_BESIDE" ) > .e2e-beside.log 2>&1 &
  beside=$!
fi
status=0
npx playwright test "$@" || status=$?
if [ -n "$beside" ]; then
  beside_status=0
  wait "$beside" || beside_status=$?
  cat .e2e-beside.log
  if [ "$beside_status" != 0 ]; then echo "beside the end-to-end suite, '$E2E_BESIDE' failed" >&2; exit 1; fi
fi
exit "$status"
