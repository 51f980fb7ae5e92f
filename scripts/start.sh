#!/usr/bin/env bash
# npm start (and the end of npm run serve): the standalone server that `next build` wrote
# (output: 'standalone'), run as a deployment runs it (docs/deploy.md): the static files and
# public/ copied beside it, the content read from CONTENT_DIR. http://localhost:3000 (PORT to change).
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${NEXT_DIST_DIR:-.next}"
if [ ! -f "$dist/standalone/server.js" ]; then
  echo "$dist/standalone/server.js not found: run npm run build first (or npm run serve)" >&2
  exit 1
fi
rm -rf "$dist/standalone/$dist/static" "$dist/standalone/public"
cp -r "$dist/static" "$dist/standalone/$dist/static"
cp -r public "$dist/standalone/public"
CONTENT_DIR="$(realpath "${CONTENT_DIR:-content}")"
export CONTENT_DIR
# All interfaces, as in the Docker image (a shell's own HOSTNAME would otherwise be used).
export HOSTNAME=0.0.0.0
echo "Serving $dist/standalone on http://localhost:${PORT:-3000}"
exec node "$dist/standalone/server.js"
