# syntax=docker/dockerfile:1
# examples/Dockerfile, hardened: every finding dockerfile-guard reports there is fixed here.

# Build stage: compilers and the npm token never reach the final image.
FROM node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# The token is mounted for this one command only (docker build --secret id=npm_token,env=NPM_TOKEN).
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev
COPY . .

# Runtime stage: the same pinned base, no build tools, an unprivileged user.
FROM node:22-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c
ENV NODE_ENV=production
ADD --checksum=sha256:6b5a4e3bd1f8f7c4e2d9a0c3b7e8f1a2d4c6b8e0f2a4c6e8b0d2f4a6c8e0b2d4 https://example.com/config/app.json /etc/app/app.json
WORKDIR /app
COPY --from=build --chown=root:root /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "healthcheck.js"]
# The database password comes from the runtime environment (a secret store), never from the image.
CMD ["node", "server.js"]
