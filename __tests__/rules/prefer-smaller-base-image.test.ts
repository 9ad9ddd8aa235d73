import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/prefer-smaller-base-image.js'
import { testRule } from '../helpers/test-rule.js'

// No other linter suggests a smaller base image, so these are the cases a user expects: each official
// image's full-size tag forms and the variant tag they map to, SDK images whose final stage only runs
// what was built, and the images that must stay as they are (build stages, images that compile in
// the final stage, tool and development images, vendor images, unknown ARGs, ended releases).
const run = (image: string, cmd = '["app"]') => `FROM ${image}\nWORKDIR /app\nCOPY . .\nUSER 10001\nCMD ${cmd}\n`
const built = (build: string, final: string, rest = 'ENTRYPOINT ["/usr/local/bin/app"]') =>
  `FROM ${build} AS build\nRUN make\nFROM ${final}\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\n${rest}\n`
const today = { settings: { today: '2026-12-03' } }

testRule(rule, {
  valid: [
    // Already a smaller variant.
    run('python:3.13-slim'),
    run('python:3.13-slim-bookworm'),
    run('python:3.13-alpine3.22'),
    run('node:22-bookworm-slim'),
    run('node:22-alpine'),
    run('ruby:3.4-slim'),
    run('golang:1.26-alpine'),
    run('php:8.4-fpm-alpine'),
    run('debian:bookworm-slim'),
    run('eclipse-temurin:21-jre'),
    run('eclipse-temurin:21-jre-alpine'),
    run('openjdk:17-jre-slim', 'a JRE already'),
    run('mcr.microsoft.com/dotnet/aspnet:8.0'),
    // Tags whose variants are not known, or that name no release.
    { code: run('python'), name: 'no tag: pin-base-image' },
    run('python:latest'),
    run('node:lts'),
    run('python:3.14.0rc1'),
    run('python:3.13-windowsservercore-ltsc2022'),
    { code: run('php:8.4-apache'), name: 'the Apache variant has no Alpine twin' },
    run('perl:5.40-threaded'),
    run('debian:sid'),
    run('ruby:2.0.0-p598'),
    run('openjdk:26-ea-jdk'),
    { code: run('openjdk:13'), name: 'a Java release Temurin has no JRE image of' },
    { code: run('mcr.microsoft.com/dotnet/sdk:8.0.404', '["dotnet", "app.dll"]'), name: "an SDK patch version is not the runtime's" },
    // Vendor images, unknown variables, stages, scratch, images read by COPY --from.
    run('bitnami/python:3.13'),
    run('ghcr.io/acme/python:3.13'),
    run('registry.example.com/library/node:22'),
    { code: 'ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}\nUSER 10001\nCMD ["app"]\n', name: 'an ARG with no default decides the tag' },
    { code: 'FROM scratch\nCOPY app /app\nCMD ["/app"]\n' },
    { code: 'FROM alpine:3.22\nCOPY --from=python:3.13 /usr/local/bin/python3 /usr/local/bin/\nUSER 10001\n', name: 'COPY --from copies files, it is not the base' },
    // Only the image the file builds: build stages may be big.
    { code: built('golang:1.26', 'gcr.io/distroless/static-debian12'), name: 'golang only in the build stage' },
    { code: built('python:3.13', 'python:3.13-slim', 'CMD ["python", "app.py"]'), name: 'the full Python image only in the build stage' },
    { code: 'FROM node:22 AS deps\nRUN npm ci\nFROM node:22-slim\nCOPY --from=deps /app /app\nUSER 10001\nCMD ["node", "/app/server.js"]\n' },
    { code: 'FROM node:22-slim\nUSER 10001\nCMD ["node", "server.js"]\nFROM node:22 AS dev\nCMD ["npm", "run", "dev"]\n', name: 'a last stage named dev is built with --target' },
    { code: 'FROM python:3.13 AS test\nRUN pip install pytest\nCMD ["pytest"]\n', name: 'a last stage named test' },
    // The final image compiles: its compilers and headers are in use (multi-stage-build's finding).
    { code: 'FROM python:3.13\nRUN apt-get update && apt-get install -y --no-install-recommends libpq-dev && rm -rf /var/lib/apt/lists/*\nRUN pip install -r requirements.txt\nCMD ["app"]\n', name: '-dev headers installed' },
    { code: 'FROM python:3.13\nRUN pip install --no-cache-dir psycopg2==2.9.10 flask\nCMD ["flask", "run"]\n', name: 'a Python package published only as source' },
    { code: 'FROM python:3.13\nCOPY . .\nRUN make\nCMD ["./app"]\n', name: 'make' },
    { code: 'FROM ruby:3.4\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCMD ["bundle", "exec", "puma"]\n', name: 'bundle install builds native gems' },
    { code: 'FROM ruby:3.4\nRUN gem install pg\nCMD ["ruby", "app.rb"]\n', name: 'gem install' },
    { code: 'FROM perl:5.40\nRUN cpanm --notest DBD::Pg\nCMD ["perl", "app.pl"]\n', name: 'cpanm builds XS modules' },
    { code: 'FROM ruby:3.4\nONBUILD COPY Gemfile .\nONBUILD RUN bundle install\n', name: 'an ONBUILD image whose triggers build native gems' },
    { code: 'FROM rust:1.90\nCOPY . .\nRUN cargo build --release\nCMD ["./target/release/app"]\n', name: 'cargo build in the final image' },
    // SDK images used as such, or with no evidence of what runs.
    { code: 'FROM golang:1.26\nRUN go install golang.org/x/tools/gopls@latest\n', name: 'a tool image with no CMD of its own' },
    { code: 'FROM golang:1.26\nWORKDIR /src\nCOPY . .\nRUN go mod download\n', name: 'a development image: the SDK runs, no CMD' },
    { code: built('golang:1.26', 'golang:1.26', 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nCMD ["/usr/local/bin/app"]'), name: 'a Go binary on an image that needs a shell: no runtime is clearly right' },
    { code: built('golang:1.26', 'golang:1.26', 'CMD /usr/local/bin/app --port 8080'), name: 'shell-form CMD needs a shell' },
    { code: run('eclipse-temurin:21', '["jshell"]'), name: 'jshell is a JDK tool' },
    { code: 'FROM eclipse-temurin:21\nCOPY App.java .\nRUN javac App.java\nCMD ["java", "App"]\n', name: 'javac' },
    { code: 'FROM eclipse-temurin:21\nCOPY . .\nRUN ./mvnw -B package\nCMD ["java", "-jar", "target/app.jar"]\n', name: 'a Maven build' },
    { code: 'FROM eclipse-temurin:21\nCOPY app.jar .\n', name: 'no CMD: the image runs the JDK’s jshell' },
    { code: run('mcr.microsoft.com/dotnet/sdk:8.0', '["dotnet", "watch", "run"]'), name: 'dotnet watch needs the SDK' },
    { code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install -g dotnet-ef\nENTRYPOINT ["dotnet", "app.dll"]\n', name: 'a dotnet tool' },
    { code: 'FROM php:8.4-fpm\nRUN apt-get update && apt-get install -y --no-install-recommends libzip4 && rm -rf /var/lib/apt/lists/*\nCMD ["php-fpm"]\n', name: 'apt commands would all change on Alpine' },
    { code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl git && rm -rf /var/lib/apt/lists/*\nUSER 10001\n', name: 'an OS image that starts nothing of its own: a base image or a dev container' },
    // A Windows image.
    { code: '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY bin/ /app/\nENTRYPOINT ["dotnet", "C:\\\\app\\\\app.dll"]\n', name: 'a Windows Dockerfile' },
    // An ended release is no-eol-base-image's warning first.
    { code: run('python:3.9'), options: today, name: 'Python 3.9 has ended' },
    { code: run('node:22-buster'), options: today, name: 'Debian 10 has ended' },
    { code: run('mcr.microsoft.com/dotnet/sdk:6.0', '["dotnet", "app.dll"]'), options: today }
  ],
  invalid: [
    {
      code: run('python:3.13'),
      lines: [1],
      messages: [
        "The base image `python:3.13` is the full Debian image, with compilers and headers (about 1 GB): try `python:3.13-slim`, the same Python on Debian's slim image (about 150 MB): fewer packages and fewer vulnerabilities to patch. `python:3.13-alpine`, the same Python on Alpine Linux, is smaller still, but Alpine's musl libc does not run glibc binaries"
      ]
    },
    { code: run('python:3.13-bookworm'), lines: [1], messages: ['try `python:3.13-slim-bookworm`, the same Python'] },
    { code: run('python:3.12.8-trixie'), lines: [1], messages: ['try `python:3.12.8-slim-trixie`'] },
    { code: run('python:3'), lines: [1], messages: ['try `python:3-slim`'], name: 'a major-only tag' },
    { code: run('docker.io/library/python:3.13'), lines: [1], messages: ['try `docker.io/library/python:3.13-slim`'] },
    { code: run('python:3.13@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'), lines: [1], messages: ['try `python:3.13-slim`,'], name: 'pinned by digest: the digest belongs to the old tag' },
    { code: run('node:22'), lines: [1], messages: ["try `node:22-slim`, the same Node.js on Debian's slim image: fewer packages and fewer vulnerabilities to patch. `node:22-alpine`, the same Node.js on Alpine Linux, is smaller still"] },
    { code: run('node:22-bookworm'), lines: [1], messages: ['try `node:22-bookworm-slim`'] },
    { code: run('node:jod'), lines: [1], messages: ['try `node:jod-slim`'], name: "a Node.js LTS name" },
    { code: run('ruby:3.4.1'), lines: [1], messages: ['try `ruby:3.4.1-slim`'] },
    { code: run('perl:5.40'), lines: [1], messages: ['try `perl:5.40-slim`'] },
    { code: run('rust:1.90', '["cargo", "run", "--release"]'), lines: [1], messages: ['try `rust:1.90-slim`'], name: 'a Rust image that runs cargo' },
    { code: run('golang:1.26', '["go", "run", "."]'), lines: [1], messages: ['try `golang:1.26-alpine`, the same Go on Alpine Linux, a fraction of the size, but Alpine'], name: 'a Go image that runs go' },
    { code: run('php:8.4'), lines: [1], messages: ["is the Debian image, which keeps compilers and headers installed for building extensions: try `php:8.4-alpine`"] },
    { code: run('php:8.4-fpm-bookworm', '["php-fpm"]'), lines: [1], messages: ['try `php:8.4-fpm-alpine`'] },
    { code: run('php:8.3-cli'), lines: [1], messages: ['try `php:8.3-cli-alpine`'] },
    { code: run('debian:bookworm'), lines: [1], messages: ['is the full Debian image (about 120 MB): try `debian:bookworm-slim`, the same packages without their documentation'] },
    { code: run('debian:12.8'), lines: [1], messages: ['try `debian:12.8-slim`'] },
    { code: run('debian:trixie-20251117'), lines: [1], messages: ['try `debian:trixie-20251117-slim`'] },
    // The rule's reach: the image the file builds, through ARGs and stages.
    { code: `ARG PYTHON_VERSION=3.13\n${run('python:${PYTHON_VERSION}')}`, lines: [2], messages: ['The base image `python:${PYTHON_VERSION}` (`python:3.13`) is the full Debian image, with compilers and headers (about 1 GB): try `python:3.13-slim`'] },
    { code: 'FROM python:3.13 AS base\nWORKDIR /app\nFROM base\nCOPY . .\nUSER 10001\nCMD ["python", "app.py"]\n', lines: [1], name: 'the final stage is built FROM a stage on the full image' },
    { code: 'FROM node:22 AS build\nRUN npm ci && npm run build\nFROM node:22\nCOPY --from=build /app/dist /app\nUSER 10001\nCMD ["node", "/app/server.js"]\n', lines: [3], name: 'only the final stage is reported' },
    { code: 'FROM node:22\nCOPY . .\nRUN npm ci && npm run build\nUSER 10001\nCMD ["node", "dist/server.js"]\n', lines: [1], name: 'a JavaScript build compiles nothing native' },
    { code: 'FROM python:3.13\nRUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*\nCMD ["app"]\n', lines: [1], messages: ['fewer vulnerabilities to patch.'], name: 'apt in use: slim only (see below)' },
    { code: 'FROM \\\n  python:3.13\nUSER 10001\nCMD ["app"]\n', lines: [2], name: 'continuation' },
    { code: 'FROM python:3.13\r\nUSER 10001\r\nCMD ["app"]\r\n', lines: [1], name: 'CRLF' },
    { code: run('python:3.13'), options: today, lines: [1], name: 'a supported release' },
    // SDK images whose final image only runs what was built: a runtime image.
    {
      code: built('golang:1.26', 'golang:1.26'),
      lines: [3],
      messages: [
        'The base image `golang:1.26` is the full Debian image with the Go toolchain (over 700 MB), and nothing in this image uses the Go toolchain: try `gcr.io/distroless/static-debian12`, a distroless image with no shell or package manager, for a binary built with `CGO_ENABLED=0` (`gcr.io/distroless/base-debian12` for one linked against glibc).'
      ]
    },
    { code: built('rust:1.90', 'rust:1.90'), lines: [3], messages: ['nothing in this image uses the Rust toolchain: try `gcr.io/distroless/cc-debian12`'] },
    {
      code: 'FROM eclipse-temurin:21\nCOPY target/app.jar /app.jar\nUSER 10001\nENTRYPOINT ["java", "-jar", "/app.jar"]\n',
      lines: [1],
      messages: [
        "The base image `eclipse-temurin:21` is a JDK, and nothing in this image uses a JDK: try `eclipse-temurin:21-jre`, the same Java 21 runtime without the compiler and the JDK's tools. With no RUN or shell here, `gcr.io/distroless/java21-debian12`, a distroless Java runtime with no shell or package manager, is smaller still."
      ]
    },
    {
      code: 'FROM eclipse-temurin:21-jdk-noble\nRUN apt-get update && apt-get install -y --no-install-recommends fontconfig && rm -rf /var/lib/apt/lists/*\nCOPY app.jar /app.jar\nUSER 10001\nCMD ["sh", "-c", "exec java $JAVA_OPTS -jar /app.jar"]\n',
      lines: [1],
      messages: ["try `eclipse-temurin:21-jre-noble`, the same Java 21 runtime without the compiler and the JDK's tools."]
    },
    { code: run('eclipse-temurin:17-alpine', '["java", "-jar", "app.jar"]'), lines: [1], messages: ['try `eclipse-temurin:17-jre-alpine`'] },
    { code: run('eclipse-temurin:21.0.5_11-jdk', '["java", "-jar", "app.jar"]'), lines: [1], messages: ['try `eclipse-temurin:21.0.5_11-jre`'] },
    { code: built('maven:3.9-eclipse-temurin-21', 'eclipse-temurin:21-jdk', 'ENTRYPOINT ["java", "-jar", "/app.jar"]'), lines: [3], messages: ['try `eclipse-temurin:21-jre`'] },
    {
      code: run('openjdk:17-jdk-slim', '["java", "-jar", "app.jar"]'),
      lines: [1],
      messages: ["The base image `openjdk:17-jdk-slim` is a JDK from Docker Hub's deprecated `openjdk` image, and nothing in this image uses a JDK: try `eclipse-temurin:17-jre`, a maintained Java 17 runtime"]
    },
    { code: run('openjdk:8-jdk-alpine', '["java", "-jar", "app.jar"]'), lines: [1], messages: ['try `eclipse-temurin:8-jre-alpine`'] },
    { code: run('openjdk:11', '["java", "-jar", "app.jar"]'), options: today, lines: [1], messages: ['try `eclipse-temurin:11-jre`'], name: 'openjdk is deprecated, not ended: the JRE to move to is still named' },
    {
      code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release -o /out\nFROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY --from=build /out /app\nUSER 10001\nENTRYPOINT ["dotnet", "/app/app.dll"]\n',
      lines: [3],
      messages: [
        'The base image `mcr.microsoft.com/dotnet/sdk:8.0` is the .NET SDK (over 700 MB), and nothing in this image uses the .NET SDK: try `mcr.microsoft.com/dotnet/aspnet:8.0`, the same .NET 8.0 runtime with ASP.NET Core (`mcr.microsoft.com/dotnet/runtime:8.0` for an app without it). With no RUN or shell here, `mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled`, an Ubuntu Chiseled image with no shell or package manager, is smaller still.'
      ]
    },
    {
      code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0-jammy\nRUN apt-get update && apt-get install -y --no-install-recommends libgdiplus && rm -rf /var/lib/apt/lists/*\nCOPY out/ /app/\nUSER 10001\nENTRYPOINT ["dotnet", "exec", "/app/app.dll"]\n',
      lines: [1],
      messages: ['try `mcr.microsoft.com/dotnet/aspnet:8.0-jammy`, the same .NET 8.0 runtime with ASP.NET Core (`mcr.microsoft.com/dotnet/runtime:8.0-jammy` for an app without it).']
    },
    { code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY out/ /app/\nUSER 10001\nENTRYPOINT ["dotnet"]\nCMD ["/app/app.dll"]\n', lines: [1], messages: ['`mcr.microsoft.com/dotnet/aspnet:8.0`'], name: 'the host given the app by CMD' },
    { code: run('mcr.microsoft.com/dotnet/core/sdk:3.1-buster', '["dotnet", "app.dll"]'), lines: [1], messages: ['try `mcr.microsoft.com/dotnet/core/aspnet:3.1-buster`'] }
  ]
})

describe('prefer-smaller-base-image', () => {
  const messages = (text: string) => lint({ path: 'Dockerfile', text }, { rules: [rule], allRules: true }).map((f) => f.message)

  it('suggests Alpine beside slim only where the image installs nothing with apt', () => {
    const [withApt] = messages('FROM python:3.13\nRUN apt-get update && apt-get install -y --no-install-recommends ffmpeg\nCMD ["app"]\n')
    expect(withApt).toContain('`python:3.13-slim`')
    expect(withApt).not.toContain('alpine')
  })

  it('is off unless a configuration or the strict preset turns it on', () => {
    const text = run('python:3.13')
    expect(lint({ path: 'Dockerfile', text }).filter((f) => f.ruleId === rule.id)).toEqual([])
    expect(lint({ path: 'Dockerfile', text }, { preset: 'strict' }).filter((f) => f.ruleId === rule.id)).toEqual([expect.objectContaining({ severity: 'note' })])
  })
})
