import rule from '../../src/rules/pin-base-image.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3006Spec.hs and DL3007Spec.hs, case by case (the "onbuild" variants
// wrap each RUN in ONBUILD, as hadolint's onBuildRuleCatches does).
const aliases = (second: string, run = 'RUN') =>
  `FROM golang:1.9.3-alpine3.7 AS build\n${run} foo\nFROM ${second} as unit-test\n${run} bar\nFROM alpine:3.7\n${run} baz\n`
const hadolint = {
  valid: [
    { name: 'a stage named after a platform arg BuildKit defines', code: 'FROM alpine:3.20 AS binaries-linux\nFROM binaries-$TARGETOS AS binaries\n' },
    { name: 'DL3006: untagged digest is not an error', code: 'FROM ruby@sha256:f1dbca0f5dbc9\n' },
    { name: 'DL3006: tagged', code: 'FROM ruby:2\n' },
    { name: 'DL3006: using args is not an error', code: 'FROM ${VALUE}\n' },
    { name: 'DL3006: local aliases are OK to be untagged', code: aliases('build') },
    { name: 'DL3006: local aliases (onbuild)', code: aliases('build', 'ONBUILD RUN') },
    { name: 'DL3006: scratch', code: 'FROM scratch\n' },
    { name: 'DL3007: explicit tagged', code: 'FROM debian:jessie\n' },
    { name: 'DL3007: explicit SHA', code: 'FROM hub.docker.io/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n' },
    { name: 'DL3007: explicit tagged with name', code: 'FROM debian:jessie AS builder\n' }
  ],
  invalid: [
    { name: 'DL3006: no untagged', code: 'FROM debian\n', lines: [1], messages: ['`debian` has no tag'] },
    { name: 'DL3006: no untagged with name', code: 'FROM debian AS builder\n', lines: [1] },
    { name: 'DL3006: other untagged cases are not ok', code: aliases('node'), lines: [3] },
    { name: 'DL3006: other untagged cases (onbuild)', code: aliases('node', 'ONBUILD RUN'), lines: [3] },
    { name: 'DL3007: explicit latest', code: 'FROM debian:latest\n', lines: [1], messages: ['the `latest` tag'] },
    { name: 'DL3007: explicit latest with name', code: 'FROM debian:latest AS builder\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    'FROM node:22-alpine\n',
    'FROM localhost:5000/team/app:1.4.2\n',
    { name: 'a dated nightly is a pin', code: 'FROM rustlang/rust:nightly-2024-06-01\n' },
    { name: 'a digest pins even next to `latest`', code: 'FROM node:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n' },
    { name: 'flags on FROM', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' },
    { name: 'an ARG without default is not guessed at', code: 'ARG TAG\nFROM node:${TAG}\n' },
    { name: 'a whole image from an ARG without default', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'an upper-case template placeholder is not an image (Docker rejects it)', code: 'FROM BASEIMAGE\nCOPY etcd /usr/local/bin/\nFROM RUNNERIMAGE\n' },
    {
      name: 'COPY --from a stage, by name and by index',
      code: 'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nCOPY --from=0 /app /app2\n'
    },
    { name: 'COPY --from a bare name may be a named build context', code: 'FROM alpine:3.20\nCOPY --from=docs /site /usr/share/doc/app\nRUN --mount=from=src,target=/src ls /src\n' },
    { name: 'COPY --from a tagged image', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n' },
    { name: 'RUN --mount without from, and from a stage', code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache --mount=from=build,target=/b ls /b\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'rolling tag with a variant', code: 'FROM node:lts-alpine\n', lines: [1], messages: ['the rolling tag `lts-alpine`'] },
    { code: 'FROM alpine:edge\n', lines: [1], messages: ['`edge`'] },
    { name: 'a registry with a port is not a tag', code: 'FROM localhost:5000/team/app\n', lines: [1], messages: ['has no tag'] },
    { name: 'resolved from a global ARG default', code: 'ARG BASE=node\nFROM ${BASE}\n', lines: [2], messages: ['`${BASE}` (`node`) has no tag'] },
    { name: 'a tag from an ARG default', code: 'ARG TAG=latest\nFROM node:$TAG\n', lines: [2], messages: ['`latest`'] },
    {
      name: 'COPY --from an image, each stage checked',
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/\nCOPY --from=build /a /a\n',
      lines: [3],
      messages: ['`nginx:latest` (in `COPY --from`)']
    },
    { name: 'COPY --from an untagged image with a namespace', code: 'FROM alpine:3.20\nCOPY --from=bitnami/kubectl /opt/bitnami/kubectl/bin/kubectl /usr/local/bin/\n', lines: [2], messages: ['`bitnami/kubectl` (in `COPY --from`) has no tag'] },
    { name: 'a stage ARG in COPY --from', code: 'FROM alpine:3.20\nARG TOOLS=ghcr.io/acme/tools\nCOPY --from=${TOOLS} /bin/tool /usr/local/bin/\n', lines: [3] },
    {
      name: 'RUN --mount from an image, after a line continuation with a comment',
      code: 'FROM alpine:3.20\nRUN \\\n# the source tree\n    --mount=type=bind,from=node:latest,target=/n ls /n\n',
      lines: [4],
      messages: ['`node:latest` (in `RUN --mount`)']
    },
    { name: 'an upper-case registry host is valid, so the image is checked', code: 'FROM Registry.Example.com/team/app\n', lines: [1], messages: ['has no tag'] },
    { name: 'every untagged stage', code: 'FROM node AS a\nFROM python AS b\nFROM alpine:3.20\n', lines: [1, 2] }
  ]
})
