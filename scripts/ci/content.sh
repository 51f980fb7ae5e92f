#!/usr/bin/env bash
# The content workflow's steps (.github/workflows/content.yml), as one script so that CI here runs
# the same (scripts/ci/content-workflow.e2e.ts runs it in a clean clone): the content check (with
# annotations on the changed lines under GitHub Actions), a build of this checkout's own content,
# then every new or changed post opened in Chromium, with a job summary for staff.
# Needs Node, git and a Chromium (CHROME_PATH; GitHub's runner has Google Chrome): no Redis, no nginx.
# Usage: SITE_URL=https://… bash scripts/ci/content.sh [base revision, default origin/main]
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/../.."
: "${SITE_URL:?set SITE_URL to the origin of the site for the build (the workflow takes it from the repository variable SITE_URL)}"
base="${1:-origin/main}"
port="${CONTENT_CHECK_PORT:-3310}"
dist=.next-ci

echo "== content check"
npx tsx scripts/content-check.ts

echo "== new and changed posts (against $base)"
npx tsx scripts/ci/changed-posts.ts "$base" > "$dist.changed.json"
cat "$dist.changed.json"

echo "== build of this content"
NEXT_DIST_DIR="$dist" bash scripts/build.sh > "$dist.build.log" 2>&1 || { tail -50 "$dist.build.log"; exit 1; }
tail -3 "$dist.build.log"

echo "== the posts in Chromium"
PORT="$port" NEXT_DIST_DIR="$dist" bash scripts/start.sh > "$dist.server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/api/health" 2>/dev/null && break
  sleep 1
done
npx tsx scripts/ci/smoke-posts.ts "$dist.changed.json" "http://127.0.0.1:$port"
