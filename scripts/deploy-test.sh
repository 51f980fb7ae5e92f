#!/usr/bin/env bash
# npm run test:deploy: the self-hosted topology of compose.yaml, from plain processes (no container
# engine runs here): e2e content with a post scheduled a few minutes ahead, a standalone build with
# a deployment origin, then deploy/topology.test.ts starts Redis, two app servers and nginx on
# loopback ports and tests them. Needs redis-server and nginx (Debian: redis-server, nginx-light).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."
for tool in redis-server nginx; do
  command -v "$tool" >/dev/null || { echo "$tool not found: install Debian's redis-server and nginx-light (apt-get install redis-server nginx-light)" >&2; exit 1; }
done
npx tsx scripts/make-e2e-content.ts .deploy-content
SITE_URL=https://news.example.kz CONTENT_DIR=.deploy-content NEXT_DIST_DIR=.next-deploy bash scripts/build.sh
npx vitest run --config vitest.deploy.config.ts deploy/topology.test.ts "$@"
