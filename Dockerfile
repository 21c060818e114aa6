# syntax=docker/dockerfile:1
# jifen's production image (issue 21 item 1). Three stages: build compiles
# everything (`npm run build`: packages, API and CLI to dist/, the web UI
# with Vite); deps installs the runtime dependencies only
# (`npm ci --omit=dev`: no tsx, no TypeScript, no Vite); runtime is those two
# together, run by plain node as an unprivileged user.
# Not built on the development machines (they have no container daemon);
# the same build and start are what scripts/prod-build.test.ts checks there.
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY policies/package.json policies/
COPY packages/messages/package.json packages/messages/
COPY packages/domain/package.json packages/domain/
COPY packages/contracts/package.json packages/contracts/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY policies/package.json policies/
COPY packages/messages/package.json packages/messages/
COPY packages/domain/package.json packages/domain/
COPY packages/contracts/package.json packages/contracts/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
# The server's workspaces only: the web UI is served from its built files, so React, antd
# and i18next (whose peer is TypeScript) stay out (513 packages instead of 593, checked here).
RUN npm ci --omit=dev --no-audit --no-fund -w @jifen/api -w @jifen/messages -w @jifen/domain -w @jifen/contracts -w @jifen/policies

FROM ${NODE_IMAGE} AS runtime
# pg_dump/pg_restore for `jifen backup` (Debian 12's client is 15, the server's major version).
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client \
  && rm -rf /var/lib/apt/lists/* \
  && useradd --system --uid 10001 --home-dir /var/lib/jifen --shell /usr/sbin/nologin jifen \
  && mkdir -p /var/lib/jifen/audit-checkpoints /run/jifen-keys \
  && chown -R jifen:jifen /var/lib/jifen /run/jifen-keys
WORKDIR /app
COPY --from=deps /app ./
COPY --from=build /app/packages/messages/dist packages/messages/dist
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/packages/contracts/dist packages/contracts/dist
COPY --from=build /app/policies/dist policies/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/api/bin apps/api/bin
COPY --from=build /app/apps/web/dist apps/web/dist
# NODE_OPTIONS carries the export condition, so `node apps/api/bin/jifen.mjs` (the CLI) resolves the compiled packages too.
ENV NODE_ENV=production \
    NODE_OPTIONS=--conditions=jifen-dist \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/var/lib/jifen \
    WEB_DIST=/app/apps/web/dist
USER jifen
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
