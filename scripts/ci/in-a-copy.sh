#!/usr/bin/env bash
# Runs a command in a fresh copy of this working tree: the files git tracks or would track (no
# node_modules, builds or other ignored output), with its own `npm ci`. scripts/test-all.sh runs
# Vercel's builder this way beside the end-to-end suite, so its build cannot touch the files
# (public/media, .next) the suite's server is serving. Usage: scripts/ci/in-a-copy.sh <command…>
set -euo pipefail
cd "$(dirname "$0")/../.."
copy=$(mktemp -d "${TMPDIR:-/tmp}/news-copy-XXXXXX")
trap 'rm -rf "$copy"' EXIT
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
  [ -e "$file" ] && printf '%s\0' "$file"
done | tar --null -T - -cf - | tar -xf - -C "$copy"
cd "$copy"
npm ci --prefer-offline --no-audit --no-fund >/dev/null
"$@"
