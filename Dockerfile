# Ponte's image: one image for every role (ponte start --role api|worker|all) and for `ponte migrate`.
# Build: docker build -t ponte .   Run the multi-process deployment with compose.yaml (see docs/deployment.md).

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: every dependency, TypeScript compiled to dist/, the web app to web/dist/ ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts wait for the sources: `prepare` builds, and nothing is copied yet.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig*.json ./
COPY src ./src
# The build also makes the pre-migrated embedded database (dist/pglite-template), from the migrations.
COPY drizzle ./drizzle
RUN npm run build
# The console and portal: a single-page app built by Vite into web/dist (static files; no Node code at run time).
COPY web ./web
RUN npm run build:web

# --- runtime: production dependencies and the compiled code, run by an unprivileged user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PONTE_DATA_DIR=/var/lib/ponte
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY bin ./bin
COPY drizzle ./drizzle
# The guides served at /docs/guides are read from these markdown files at start (the problems page from api-problems.md).
COPY docs/guides ./docs/guides
COPY docs/support/api-problems.md ./docs/support/api-problems.md
# The embedded database's folder (used only without DATABASE_URL), owned by the user Ponte runs as.
RUN mkdir -p /var/lib/ponte && chown node:node /var/lib/ponte
VOLUME ["/var/lib/ponte"]
USER node
EXPOSE 3000
# /healthz answers in every role (a worker serves health and metrics only). No curl in the slim image: node asks.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/ponte.js"]
CMD ["start"]
