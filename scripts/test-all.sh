#!/usr/bin/env bash
# Every test, in the order that fails fastest: lint, types, unit tests, the content check, the
# dependency audit, then a real build and the end-to-end suite in Chromium, the content pull
# request workflow in a clean clone (scripts/ci/content.sh), then a standalone build
# run as the self-hosted topology (two servers, Redis, nginx), then Vercel's own builder (offline) and
# what it would deploy. `npm test` runs this; so does CI (.ci/run).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
echo "== lint"; npx eslint .
echo "== types"; npx next typegen >/dev/null && npx tsc --noEmit
echo "== unit tests"; npx vitest run
echo "== content check"; npx tsx scripts/content-check.ts
echo "== dependency audit"; npx tsx scripts/audit.ts
# The content workflow's steps in a clean clone (as on GitHub: no Redis, no nginx) run beside the
# end-to-end suite while it waits on its scheduled moments (scripts/e2e.sh, E2E_BESIDE).
echo "== end-to-end tests, and the content workflow"
E2E_BESIDE="npx vitest run --config vitest.deploy.config.ts scripts/ci/content-workflow.e2e.ts" bash scripts/e2e.sh
echo "== self-hosted topology"; bash scripts/deploy-test.sh
echo "== Vercel's output"; bash scripts/vercel-test.sh
