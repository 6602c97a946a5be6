# syntax=docker/dockerfile:1
# Lianpian app image: the API serving the built web app. The database is the
# postgis service of docker-compose.yml (DATABASE_URL); without DATABASE_URL
# the image falls back to the embedded PGlite in /app/.data.
FROM node:22-bookworm-slim

WORKDIR /app
RUN chown node:node /app
USER node

# The whole tree at once: simpler than listing every workspace's package.json,
# and the npm cache mount keeps rebuilds fast. Dev dependencies are needed at
# run time too (tsx runs the TypeScript sources; vite builds the web app).
COPY --chown=node:node . .
RUN --mount=type=cache,target=/home/node/.npm,uid=1000,gid=1000 \
    npm ci --no-audit --no-fund
RUN npm run build -w @lianpian/web

ENV HOST=0.0.0.0 \
    PORT=3000 \
    LIANPIAN_DATA_DIR=/app/.data/pglite
EXPOSE 3000
# The first start on an empty database loads the demo data: give it time.
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# scripts/start.mjs is `npm start`: it finds the web build fresh and runs the API, passing signals on.
CMD ["node", "scripts/start.mjs"]
