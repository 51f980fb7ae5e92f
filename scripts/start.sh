#!/usr/bin/env bash
# npm start (and the end of npm run serve): the standalone server that `next build` wrote
# (output: 'standalone'), run as a deployment runs it (docs/deploy.md): scripts/build.sh put the
# static files and public/ beside it; the content is read from CONTENT_DIR. http://localhost:3000 (PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${NEXT_DIST_DIR:-.next}"
if [ ! -f "$dist/standalone/server.js" ]; then
  echo "$dist/standalone/server.js not found: run npm run build first (or npm run serve)" >&2
  exit 1
fi
if [ ! -d "$dist/standalone/$dist/static" ]; then
  echo "$dist/standalone has no static files: build with npm run build (scripts/build.sh puts them there)" >&2
  exit 1
fi
CONTENT_DIR="$(realpath "${CONTENT_DIR:-content}")"
export CONTENT_DIR
# All interfaces, as in the Docker image (a shell's own HOSTNAME would otherwise be used).
export HOSTNAME=0.0.0.0
echo "Serving $dist/standalone on http://localhost:${PORT:-3000}"
exec node "$dist/standalone/server.js"
