# The site as one container: `next build` with output 'standalone', then only what the server runs
# (the standalone server with its traced production dependencies, the static files, the content).
# compose.yaml runs two of these behind nginx with Redis; docs/deploy.md says how and why.
# Docker cannot run on the machines that test this project: deploy/topology.test.ts starts the same
# topology from plain processes, and deploy/deploy-files.test.ts checks this file's structure.

FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The site's public origin is part of every page, feed and card: the build fails without it.
ARG SITE_URL
ARG SITE_REPOSITORY_URL
ENV SITE_URL=${SITE_URL} SITE_REPOSITORY_URL=${SITE_REPOSITORY_URL} SITE_DEPLOYMENT=Docker
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# The content check, then the build as npm run build makes it: the photos and addresses prepared
# from the content, the web editor, next build, the standalone folder with its static files and photos.
RUN npx tsx scripts/content-check.ts && bash scripts/build.sh

FROM node:20.20-bookworm-slim AS run
WORKDIR /app
ARG SITE_URL
ARG SITE_REPOSITORY_URL
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    SITE_URL=${SITE_URL} SITE_REPOSITORY_URL=${SITE_REPOSITORY_URL} SITE_DEPLOYMENT=Docker
RUN groupadd --system --gid 1001 site && useradd --system --uid 1001 --gid site --no-create-home site
COPY --from=build --chown=site:site /app/.next/standalone ./
# The content's text and what the build prepared from it; the photos are files in ./public/media.
COPY --from=build --chown=site:site /app/content ./content
USER site
EXPOSE 3000
# 200 while the server can read its content (app/api/health); nginx skips a server that fails.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node receives SIGTERM directly (no shell): Next stops accepting, finishes requests in flight, exits.
CMD ["node", "server.js"]
