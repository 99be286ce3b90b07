# syntax=docker/dockerfile:1
# The support bot: `docker build -t omni-support-bot .`, run with compose.yaml. Operations: README, "Running in production".

# Stage 1: production dependencies only. better-sqlite3 and @node-rs/jieba ship prebuilt binaries
# for linux x64/arm64; the toolchain is here for a platform without one, and stays in this stage.
FROM node:20-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# Stage 2: the program as it runs. TypeScript runs through tsx (a production dependency), so there
# is no build output to copy: the sources are the program.
FROM node:20-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATA_DIR=/data \
    KB_DIR=/app/knowledge-base \
    LOG_LEVEL=info
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY dialogs ./dialogs
# The trainers' editor (back office) writes articles here, so it belongs to the user too; compose shares it as a volume.
COPY --chown=node:node knowledge-base ./knowledge-base
# The image's own user, not root; /data is where it may write (SQLite, attachments, the WeChat login).
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3978
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 and handles SIGTERM (src/main.ts): it stops taking requests, finishes the
# turns under way, closes the stores and exits 0. No npm or shell in between to swallow the signal.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/main.ts"]
