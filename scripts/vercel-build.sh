#!/usr/bin/env bash
# Vercel's own builder (the npm package `vercel`, run offline) on the end-to-end content, as a
# production deployment of this project: writes .vercel/output (the Build Output API folder that
# Vercel would deploy). Used by npm run test:vercel and by npm run bench -- vercel.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1 VERCEL_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
# The CLI has its own install (deploy/vercel-cli/package.json says why). npm install, not npm ci:
# the lock file there lacks the per-platform packages the registry does not have, which npm ci refuses.
if [ ! -x deploy/vercel-cli/node_modules/.bin/vercel ]; then
  npm install --prefix deploy/vercel-cli --no-audit --no-fund
fi
npx tsx scripts/make-e2e-content.ts .vercel-content
# A project link written by hand: `vercel build` needs one, and reads nothing else of the account.
mkdir -p .vercel
echo '{"projectId":"prj_hematology_news_test","orgId":"team_hematology_news_test","settings":{"framework":"nextjs"}}' > .vercel/project.json
rm -rf .vercel/output
env VERCEL=1 VERCEL_ENV=production CI=1 VERCEL_PROJECT_PRODUCTION_URL=news.example.kz \
  CONTENT_DIR=.vercel-content NEXT_DIST_DIR=.next \
  deploy/vercel-cli/node_modules/.bin/vercel build --prod --yes > .vercel/build.log 2>&1 || { tail -50 .vercel/build.log >&2; exit 1; }
grep -E "Node.js|Build Completed" .vercel/build.log || true
