#!/usr/bin/env bash
# npm run test:vercel: Vercel's own builder (scripts/vercel-build.sh, offline) builds the
# end-to-end content, then deploy/vercel-output.test.ts reads what it wrote (.vercel/output) and
# checks what Vercel would run per request: no function in front of a page, feed, photo or card; no
# picture in any function; the photos as static files; a page function unpacked alone renders.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/vercel-build.sh
npx vitest run --config vitest.deploy.config.ts deploy/vercel-output.test.ts "$@"
