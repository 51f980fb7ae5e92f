#!/usr/bin/env bash
# A rolling deploy on the center's server: the new image replaces app1, then app2, one at a time,
# while nginx sends requests to the other (docs/deploy.md, "Deploys with no hand steps"). Each old
# container gets SIGTERM and finishes its requests (stop_grace_period); the next one is replaced
# only when the new one reports healthy and nginx has had time to use it again (fail_timeout 5 s).
# A new container that does not become healthy is replaced by the previous image (a rollback).
#   deploy/rollout.sh ghcr.io/<owner>/<repo>:main     pull and roll out (nothing to do if running already)
#   deploy/rollout.sh --rollback                      roll back to the image that ran before
# deploy/topology.test.ts rolls the same way with plain processes under load: no request fails.
set -euo pipefail
cd "$(dirname "$0")/.."
state=deploy/.releases
mkdir -p "$state"
if [ "${1:-}" = "--rollback" ]; then
  image=$(cat "$state/previous" 2>/dev/null) || { echo "no previous release recorded in $state/previous" >&2; exit 1; }
else
  image="${1:?usage: deploy/rollout.sh <image> | --rollback}"
  docker pull --quiet "$image" >/dev/null
fi
# From here on the release is named by its digest (repo@sha256:…): a tag such as :main moves on, and
# a rollback must go to what ran, not to what the tag points at now.
image=$(docker image inspect --format '{{if .RepoDigests}}{{index .RepoDigests 0}}{{else}}{{.Id}}{{end}}' "$image")
current=$(cat "$state/current" 2>/dev/null || true)
if [ "$image" = "$current" ]; then
  echo "already running $image"
  exit 0
fi

healthy() {
  local container
  container=$(docker compose ps -q "$1")
  for _ in $(seq 1 60); do
    [ "$(docker inspect --format '{{.State.Health.Status}}' "$container" 2>/dev/null)" = healthy ] && return 0
    sleep 2
  done
  return 1
}

for app in app1 app2; do
  echo "== $app → $image"
  SITE_IMAGE="$image" docker compose up -d --no-deps --no-build "$app"
  if ! healthy "$app"; then
    echo "$app did not become healthy on $image" >&2
    if [ -n "$current" ]; then
      echo "rolling back to $current" >&2
      for back in app1 app2; do SITE_IMAGE="$current" docker compose up -d --no-deps --no-build "$back"; healthy "$back" || true; done
    fi
    exit 1
  fi
  # nginx skips a server that failed for fail_timeout (deploy/nginx/site.conf): give it back first.
  sleep 6
done
if [ -n "$current" ]; then echo "$current" > "$state/previous"; fi
echo "$image" > "$state/current"
echo "running $image"
