#!/usr/bin/env bash
# npm run test:vercel: Vercel's own builder (the npm package `vercel`, run offline) builds the
# end-to-end content as a production deployment, then deploy/vercel-output.test.ts reads what it
# wrote (.vercel/output) and checks what Vercel would run per request: no function in front of a
# page, feed, photo or card; no picture in any function; the photos as static files.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1 VERCEL_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
npx tsx scripts/make-e2e-content.ts .vercel-content
# A project link written by hand: `vercel build` needs one, and reads nothing else of the account.
mkdir -p .vercel
echo '{"projectId":"prj_hematology_news_test","orgId":"team_hematology_news_test","settings":{"framework":"nextjs"}}' > .vercel/project.json
rm -rf .vercel/output
env VERCEL=1 VERCEL_ENV=production CI=1 VERCEL_PROJECT_PRODUCTION_URL=news.example.kz \
  CONTENT_DIR=.vercel-content NEXT_DIST_DIR=.next \
  npx vercel build --prod --yes 2>&1 | tee .vercel/build.log
npx vitest run --config vitest.deploy.config.ts deploy/vercel-output.test.ts "$@"
