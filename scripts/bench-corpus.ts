// A reproducible corpus of realistic Dockerfiles for `npm run bench`: the shapes real repositories
// have (multi-stage builds for Go/Node/Python/Java, heredocs, long `\`-continued RUN chains, Windows
// images with `# escape=`, ONBUILD, BuildKit mounts, parser directives), varied by a seeded PRNG.

type Pick = <T>(items: readonly T[]) => T

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const APT = ['ca-certificates', 'curl', 'git', 'gnupg', 'libpq-dev', 'libssl-dev', 'make', 'g++', 'python3-dev', 'unzip', 'xz-utils', 'tzdata', 'locales', 'openssh-client', 'jq']
const APK = ['ca-certificates', 'curl', 'git', 'bash', 'tini', 'su-exec', 'build-base', 'openssl', 'tzdata', 'libc6-compat']

function aptChain(pick: Pick, n: number, lines: number): string {
  const packages = Array.from({ length: lines }, (_, i) => `        ${APT[(i * 7 + n) % APT.length]}${i % 5 === 0 ? '=1.2.' + i : ''} \\`)
  return `RUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y --no-install-recommends \\\n${packages.join('\n')}\n    ; \\\n    rm -rf /var/lib/apt/lists/*; \\\n    ${pick(['useradd -r -u 10001 app', 'groupadd -r app && useradd -r -g app app', 'true'])}`
}

const TEMPLATES: ((pick: Pick, n: number, rand: () => number) => string)[] = [
  // Go, multi-stage, BuildKit cache mounts, distroless runtime
  (pick, n) => `# syntax=docker/dockerfile:1.${pick(['4', '6', '7'])}
ARG GO_VERSION=1.2${n % 4}
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-alpine AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=bind,source=go.mod,target=go.mod \\
    --mount=type=bind,source=go.sum,target=go.sum \\
    go mod download -x
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=bind,target=. \\
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /bin/server ./cmd/server
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /bin/server /server
EXPOSE ${8000 + (n % 100)}
USER nonroot:nonroot
ENTRYPOINT ["/server"]
`,
  // Node, deps/build/runtime stages, npm cache mount and a secret
  (pick, n) => `FROM node:${pick(['18', '20', '22'])}-${pick(['alpine', 'bookworm-slim'])} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
FROM deps AS build
COPY . .
RUN npm run build && npm prune --omit=dev
FROM node:${pick(['20', '22'])}-alpine
ENV NODE_ENV=production PORT=${3000 + (n % 50)}
WORKDIR /app
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/node_modules ./node_modules
USER node
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:$PORT/health || exit 1
CMD ["node", "dist/server.js"]
`,
  // Python with a long apt chain, a virtualenv and a heredoc script
  (pick, n) => `# syntax=docker/dockerfile:1
FROM python:3.${10 + (n % 3)}-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    PIP_NO_CACHE_DIR=1
${aptChain(pick, n, 4 + (n % 12))}
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /venv && /venv/bin/pip install -r requirements.txt
RUN <<EOF
set -e
python - <<'PY'
import compileall
compileall.compile_dir('/venv', quiet=1)
PY
echo "built ${n}" > /app/BUILD
EOF
COPY --chown=10001:10001 . .
USER 10001
CMD ["/venv/bin/gunicorn", "-b", "0.0.0.0:8000", "app.wsgi"]
`,
  // Java, Maven build with a cache mount, JRE runtime, ARG-driven tags
  (pick, n) => `ARG MAVEN_TAG=3.9-eclipse-temurin-${pick(['17', '21'])}
ARG JRE_TAG=${pick(['17', '21'])}-jre-jammy
FROM maven:\${MAVEN_TAG} AS build
WORKDIR /build
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests && \\
    mv target/*.jar /app.jar
FROM eclipse-temurin:\${JRE_TAG}
RUN groupadd -r app && useradd -r -g app -u ${10000 + n % 1000} app
COPY --from=build /app.jar /opt/app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/app/app.jar"]
`,
  // An official-image style Debian Dockerfile: gpg verification and a long chain
  (pick, n, rand) => `FROM debian:${pick(['bookworm', 'bullseye'])}-slim
ENV APP_VERSION 2.${n % 30}.${Math.floor(rand() * 10)}
${aptChain(pick, n, 8 + (n % 20))}
RUN set -eux; \\
    arch="$(dpkg --print-architecture)"; \\
    case "$arch" in \\
        amd64) sha256='${'a'.repeat(64)}' ;; \\
        arm64) sha256='${'b'.repeat(64)}' ;; \\
        *) echo >&2 "unsupported architecture: $arch"; exit 1 ;; \\
    esac; \\
    curl -fsSLo app.tar.gz "https://example.com/app/$APP_VERSION/app-$arch.tar.gz"; \\
    echo "$sha256 *app.tar.gz" | sha256sum -c -; \\
    tar -xzf app.tar.gz -C /usr/local --strip-components=1; \\
    rm app.tar.gz; \\
    app --version
COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["app"]
`,
  // Windows Server Core with PowerShell and a backtick escape
  (pick, n) => `# escape=\`
FROM mcr.microsoft.com/windows/servercore:${pick(['ltsc2019', 'ltsc2022'])}
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
ENV TOOL_VERSION 1.${n % 20}.0
RUN $url = ('https://example.com/tool/{0}/tool.zip' -f $env:TOOL_VERSION); \`
    Invoke-WebRequest -Uri $url -OutFile tool.zip; \`
    Expand-Archive tool.zip -DestinationPath C:\\tool; \`
    Remove-Item tool.zip -Force
RUN setx /M PATH $('C:\\tool;{0}' -f $env:PATH)
WORKDIR C:\\app
COPY . .
USER ContainerUser
CMD ["tool.exe", "serve"]
`,
  // A base image for others: ONBUILD triggers
  (pick, n) => `FROM ruby:3.${n % 4}-alpine
RUN apk add --no-cache ${APK.slice(0, 3 + (n % 6)).join(' ')}
WORKDIR /usr/src/app
ONBUILD COPY Gemfile Gemfile.lock ./
ONBUILD RUN bundle config set --local deployment true && bundle install --jobs 4
ONBUILD COPY . .
ONBUILD USER 10001
CMD ["${pick(['irb', 'ruby', 'bundle'])}"]
`,
  // A beginner's file: the risky patterns the rules exist for
  (pick, n) => `FROM ${pick(['ubuntu', 'ubuntu:latest', 'node', 'python:3'])}
MAINTAINER dev${n}@example.com
ENV API_KEY=${'k'.repeat(8)}${n}
RUN apt-get update
RUN apt-get install -y curl wget sudo vim
RUN curl -sL https://deb.example.com/setup_${n % 5}.x | bash -
ADD . /app
ADD http://example.com/file${n}.tar.gz /tmp/
RUN cd /app && chmod -R 777 /app && sudo make install
EXPOSE 22 80
CMD python app.py
`
]

/** `count` Dockerfiles, generated lazily so a 10,000-file run keeps only one in memory at a time. */
export function* corpus(count: number, seed = 1): Generator<string> {
  const rand = random(seed)
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)]
  for (let n = 0; n < count; n++) yield TEMPLATES[n % TEMPLATES.length](pick, n, rand)
}

/** Inputs whose cost shows whether the engine stays linear, at size `n` (the bench runs n and 4n). */
export const SCALING: Record<string, (n: number) => string> = {
  'RUN of n continued lines': (n) => `FROM alpine:3.20\nRUN ${Array.from({ length: n * 10 }, (_, i) => `  echo ${i} && \\\n`).join('')}  true\n`,
  'n stages': (n) => 'FROM alpine:3.20\n'.repeat(n * 5),
  'n stages with comments': (n) => 'FROM alpine:3.20\n# a comment\nRUN true\n'.repeat(n)
}
