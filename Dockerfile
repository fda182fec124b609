# syntax=docker/dockerfile:1
# Concord for production: `docker compose up` (compose.yaml) runs two of these behind Caddy on PostgreSQL.
# Stage 1 installs and builds; stage 2 carries the build and runs it as an unprivileged user.

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so a source change does not reinstall them (postinstall generates the Prisma client).
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS run
WORKDIR /app
# The image holds its build: never rebuild at start (the app folder is read-only to the app user).
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    CONCORD_SKIP_BUILD=1 \
    CONCORD_DEMO=0
# `npm start` runs scripts/start.ts with tsx (migrations and seed before serving), so the runtime
# keeps the installed modules of the build stage, dev tools included.
COPY --from=build --chown=root:root /app /app
# Only Next's cache folder is writable by the app.
RUN groupadd --system --gid 10001 concord \
 && useradd --system --uid 10001 --gid concord --home-dir /home/concord --create-home concord \
 && mkdir -p /app/.next/cache && chown concord:concord /app/.next/cache
USER concord
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "node_modules/tsx/dist/cli.mjs", "scripts/start.ts"]
