import rule from '../../src/rules/multi-stage-build.js'
import { testRule } from '../helpers/test-rule.js'

const APT = 'apt-get update && apt-get install -y --no-install-recommends'

testRule(rule, {
  valid: [
    'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl\n',
    { name: 'libraries without headers', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends libpq5 libssl3\n' },
    { name: 'udev is not a -dev package', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y udev\n' },
    { name: 'toolchain only in the build stage', code: `FROM debian:bookworm-slim AS build\nRUN ${APT} gcc make\nRUN make\nFROM debian:bookworm-slim\nCOPY --from=build /out/app /app\n` },
    { name: 'final stage installs a compiler but builds nothing', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM python:3.12-slim\nRUN apt-get install -y gcc\nCOPY --from=build /app /app\n' },
    { name: 'official-image idiom: apk virtual group deleted in the same RUN', code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n && pip install --no-cache-dir psycopg2==2.9.9 \\\n && apk del .build-deps\n' },
    { name: 'removed by name in the same RUN', code: `FROM debian:bookworm-slim\nRUN ${APT} gcc libc6-dev && make && apt-get purge -y gcc libc6-dev\n` },
    { name: 'apt-mark auto then purge --auto-remove', code: `FROM debian:bookworm-slim\nRUN savedAptMark="$(apt-mark showmanual)" \\\n && ${APT} gcc make \\\n && make install \\\n && apt-mark auto '.*' > /dev/null && apt-mark manual $savedAptMark \\\n && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false\n` },
    { name: 'a toolchain image used only to build', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n' },
    { name: 'ONBUILD triggers run in child images', code: 'FROM debian:bookworm-slim\nONBUILD RUN apt-get install -y gcc\n' },
    { name: 'a toolchain image that does not build (tests only)', code: 'FROM golang:1.23\nRUN go test ./...\n' }
  ],
  invalid: [
    { code: `FROM debian:bookworm-slim\nRUN ${APT} build-essential libpq-dev\n`, lines: [2], messages: ['`build-essential`, `libpq-dev` stay in this single-stage image'] },
    { name: 'version pins and arch', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y gcc=4:12.2.0-3 libc6-dev:amd64\n', lines: [2], messages: ['`gcc`, `libc6-dev`'] },
    { code: 'FROM alpine:3.20\nRUN apk add --no-cache build-base\n', lines: [2] },
    { code: 'FROM rockylinux:9\nRUN dnf install -y gcc-c++ openssl-devel\n', lines: [2] },
    { name: 'sudo and sh -c', code: "FROM debian:bookworm-slim\nRUN sudo sh -c 'apt-get install -y cmake'\n", lines: [2] },
    { name: 'heredoc RUN', code: 'FROM debian:bookworm-slim\nRUN <<EOF\napt-get update\napt-get install -y clang-16\nEOF\n', lines: [4] },
    { name: 'exec-form RUN', code: 'FROM alpine:3.20\nRUN ["apk", "add", "go"]\n', lines: [2] },
    { name: 'continuation with a comment line', code: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n# the compiler\n && apt-get install -y gcc\n', lines: [4] },
    { name: 'removed only in a later RUN (still in a layer)', code: `FROM debian:bookworm-slim\nRUN ${APT} gcc\nRUN apt-get purge -y gcc\n`, lines: [2] },
    { name: 'only the packages not removed are named', code: 'FROM alpine:3.20\nRUN apk add --virtual .deps gcc && apk add make && apk del .deps\n', lines: [2], messages: ['`make` stays'] },
    { name: 'final stage installs a toolchain and builds', code: `FROM golang:1.23 AS tools\nRUN go install example.com/tool@v1.0.0\nFROM debian:bookworm-slim\nRUN ${APT} gcc make\nCOPY . /src\nRUN make -C /src\n`, lines: [4], messages: ['builds in it (`make`)'] },
    { name: 'final stage built FROM a stage that installs the toolchain', code: `FROM node:22-slim AS base\nRUN ${APT} g++ make python3\nFROM base\nCOPY . .\nRUN npm run build\n`, lines: [2], messages: ['(`npm run build`)'] },
    { name: 'single stage on a toolchain image', code: 'FROM golang:1.23\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n', lines: [1], messages: ['`golang:1.23` toolchain image and builds in it (`go build`)'] },
    { name: 'final stage on a toolchain image', code: 'FROM alpine:3.20 AS assets\nRUN echo hi > /x\nFROM maven:3.9-eclipse-temurin-21\nCOPY . .\nRUN mvn -B package\n', lines: [3] },
    { code: 'FROM rust:1.81\nCOPY . .\nRUN cargo build --release\n', lines: [1] }
  ]
})
