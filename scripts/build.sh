#!/usr/bin/env bash
# npm run build (and Vercel, which runs it; the Dockerfile; the tests' builds): the content's photos
# and addresses (scripts/prepare-content.ts), the web editor's scripts (scripts/build-admin.ts), then
# `next build`. The standalone server gets this build's static files and public/ (its photos)
# beside it, so it runs as it is, wherever it is copied (scripts/start.sh, docs/deploy.md).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
npx tsx scripts/prepare-content.ts
npx tsx scripts/build-admin.ts
npx next build "$@"
dist="${NEXT_DIST_DIR:-.next}"
if [ -d "$dist/standalone" ]; then
  rm -rf "$dist/standalone/$dist/static" "$dist/standalone/public"
  cp -r "$dist/static" "$dist/standalone/$dist/static"
  cp -r public "$dist/standalone/public"
fi
