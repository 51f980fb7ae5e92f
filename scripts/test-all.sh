#!/usr/bin/env bash
# Every test, in the order that fails fastest: lint, types, unit tests, the content check, the
# dependency audit, then a real build and the end-to-end suite in Chromium (beside it, the content
# pull request workflow in a clean clone, scripts/ci/content.sh, and Vercel's own builder, offline,
# with what it would deploy), then a standalone build run as the self-hosted topology (two servers,
# Redis, nginx). `npm test` runs this; so does CI (.ci/run).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
# Each stage says how long the one before it took (where CI's time goes).
stage_started=$SECONDS
stage() { echo "(took $((SECONDS - stage_started)) s)"; stage_started=$SECONDS; echo "== $1"; }
echo "== lint"; npx eslint .
stage "types"; npx next typegen >/dev/null && npx tsc --noEmit
stage "unit tests"; npx vitest run
stage "content check"; npx tsx scripts/content-check.ts
stage "dependency audit"; npx tsx scripts/audit.ts
# While the end-to-end suite waits for its scheduled moments, two things run beside it
# (scripts/e2e.sh, E2E_BESIDE): the content workflow's steps in a clean clone (as on GitHub: no
# Redis, no nginx), and Vercel's own builder (offline) with the test of what it would deploy, in a
# copy of this tree so that its build leaves the suite's server alone.
stage "end-to-end tests; beside them the content workflow and Vercel's output"
E2E_BESIDE="npx vitest run --config vitest.deploy.config.ts scripts/ci/content-workflow.e2e.ts && bash scripts/ci/in-a-copy.sh bash scripts/vercel-test.sh" bash scripts/e2e.sh
stage "self-hosted topology"; bash scripts/deploy-test.sh
echo "(took $((SECONDS - stage_started)) s; every test: $SECONDS s)"
