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

// Trivy's checks/docker/latest_tag_test.rego (DS001, the stages written out as a Dockerfile), Checkov's
// tests/dockerfile/checks/example_ReferenceLatestTag (CKV_DOCKER_7, the success cases the index holds)
// and KICS's image_version_not_explicit/test (9efb0b2d) and image_version_using_latest/test (f45ea400).
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const flask = 'RUN apk add --update py2-pip\nRUN pip install --upgrade pip\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\n'
const flask5000 = `${flask}EXPOSE 5000\n`
const deps = 'FROM node:14.18.1-bullseye as dependencies\nRUN apt-get update\n'
const kicsImageArg = `FROM alpine:3.5\n${flask5000}ARG IMAGE=alpine:3.12\nFROM $IMAGE\nCMD ["python", "/usr/src/app/app.py"]\n`
const depth = (stages: string[]) => stages.map((from) => `FROM ${from}\nRUN echo "depth"`).join('\n\n')
const others = {
  valid: [
    { name: 'DS001: allowed', code: 'FROM openjdk:8u292-oracle\n' },
    { name: 'DS001: scratch allowed', code: 'FROM scratch\n' },
    { name: 'DS001: with variables allowed (an ARG of the first stage)', code: 'FROM alpine:3.5\nARG IMAGE=alpine:3.12\nFROM $IMAGE\nCMD ["python", "/usr/src/app/app.py"]\n' },
    // Trivy takes the ARGs of the first stage for global ones; in FROM, Docker sees only the ARGs before
    // the first FROM, so `$IMAGE` is empty here (BuildKit stops: undefined-arg-in-from's concern).
    { name: 'DS001 (differs): with variables denied (an ARG of the first stage)', code: 'FROM alpine:3.5\nARG IMAGE=all-in-one\nFROM $IMAGE\nCMD ["python", "/usr/src/app/app.py"]\n' },
    { name: 'DS001: multi stage allowed', code: 'FROM golang:1.15 as builder\nRUN apt-get update\nFROM alpine:3.13\n' },
    { name: 'DS001: multi stage base alias allowed', code: `${deps}FROM dependencies as build\n` },
    { name: 'DS001: allow tag ref to global arg without default value', code: 'ARG TAG\nFROM foo:${TAG}\n' },
    // Trivy applies an ARG of a stage to that stage's own FROM; Docker does not: both images are `:test`.
    { name: 'DS001 (differs): deny global arg is overrided to latest', code: 'ARG TAG=test\nFROM foo:${TAG}\nARG TAG=latest\nFROM bar:${TAG}\n' },
    // `docker build --build-arg TAG=:3.20` gives a tag; this rule does not guess at an unknown value.
    { name: 'DS001 (differs): deny empty tag arg', code: 'ARG TAG\nFROM alpine$TAG\n' },
    { name: 'CKV_DOCKER_7: success/Dockerfile', code: 'FROM alpine:3\n' },
    { name: 'CKV_DOCKER_7: success_arg_default_tag/Dockerfile', code: 'ARG BASE_IMAGE=node:18.17.0\nFROM ${BASE_IMAGE}' },
    { name: 'CKV_DOCKER_7: success_multi_stage_capital/Dockerfile', code: 'FROM alpine:3 AS base\nCOPY test.sh /test.sh\n\nFROM base AS build\nLABEL maintainer=checkov\n\nFROM base\n' },
    { name: 'CKV_DOCKER_7: success_multi_stage_scratch/Dockerfile', code: 'FROM scratch as base\nCOPY test.sh /test.sh\n\nFROM base\nLABEL maintainer=checkov\n' },
    { name: 'CKV_DOCKER_7: success_multi_stage_platform/Dockerfile', code: 'FROM --platform=$BUILDPLATFORM python:3.11-slim AS build\nCOPY test.sh /test.sh\n\nFROM build as run\nLABEL maintainer=checkov\n' },
    { name: 'kics 9efb0b2d: negative1.dockerfile (an ARG of the first stage)', code: kicsImageArg },
    { name: 'kics 9efb0b2d: negative2.dockerfile', code: 'FROM ubuntu:22.04 AS test\nRUN echo "hello"\n\nFROM test AS build\nRUN echo "build"\n\nFROM build AS final\nRUN echo "final"' },
    { name: 'kics 9efb0b2d: negative3.dockerfile', code: 'FROM ubuntu@sha256:b59d21599a2b151e23eea5f6602f4af4d7d31c4e236d22bf0b62b86d2e386b8f as base\nRUN echo "base"\n\nFROM base\nRUN echo "stage1"\n' },
    { name: 'kics 9efb0b2d: negative4.dockerfile', code: depth(['ubuntu:22.04 AS test1', 'test1 AS test2', 'test2 AS test3', 'test3 AS test4', 'test4 ']) },
    { name: 'kics 9efb0b2d: negative5.dockerfile (lower case)', code: lower(kicsImageArg) },
    { name: 'kics f45ea400: negative.dockerfile', code: `FROM alpine:3.5\n${flask5000}CMD ["python", "/usr/src/app/app.py"]\n\nFROM 923847651029.dkr.ecr.eu-west-1.amazonaws.com/echo/echo-fips:latest@sha256:a1f3c2e9b0d74682f5a3c1e8b2d09f47c6e1a3b8d2f04c7e9a1b3d5f7c2e4a6b8\n${flask}EXPOSE 5001\nCMD ["python", "/usr/src/app/app.py"]` },
    { name: 'kics f45ea400: negative2.dockerfile (lower case)', code: lower(`FROM alpine:3.5\n${flask5000}CMD ["python", "/usr/src/app/app.py"]`) },
    { name: 'DS001, CKV_DOCKER_7 and kics 9efb0b2d (differ, from their code): a template placeholder Docker rejects', code: 'FROM BASEIMAGE\nCOPY app /app\n' }
  ],
  invalid: [
    { name: 'DS001: latest tag denied', code: 'FROM openjdk:latest\n', lines: [1] },
    { name: 'DS001: no tag denied', code: 'FROM openjdk\n', lines: [1] },
    { name: 'DS001: multi stage denied', code: `${deps}FROM alpine:latest\n`, lines: [3] },
    { name: 'DS001: multi stage no tag denied', code: `${deps}FROM alpine\n`, lines: [3] },
    { name: 'DS001: deny latest tag ref to global arg with default value', code: 'ARG TAG="latest"\nFROM foo:${TAG}\n', lines: [2], messages: ['(`foo:latest`) uses the `latest` tag'] },
    { name: 'DS001: deny image ref to global arg without default value', code: 'ARG REGISTRY\nFROM ${REGISTRY}/ubuntu\n', lines: [2], messages: ['`${REGISTRY}/ubuntu` has no tag'] },
    { name: 'DS001: deny image ref to multiple args but tag latest', code: 'ARG REPO=repo\nARG IMAGE=image\nFROM $REPO/$IMAGE:latest\n', lines: [3] },
    { name: 'DS001: deny missing tag arg (a variable never declared is empty)', code: 'FROM alpine$TAG\n', lines: [1], messages: ['(`alpine`) has no tag'] },
    { name: 'kics 9efb0b2d: positive1.dockerfile', code: `FROM alpine\n${flask5000}CMD ["python", "/usr/src/app/app.py"] `, lines: [1] },
    { name: 'kics 9efb0b2d: positive2.dockerfile (no stage of that name)', code: 'FROM ubuntu:22.04 AS test\nRUN echo "hello"\n\nFROM test AS build\nRUN echo "build"\n\nFROM construction AS final\nRUN echo "final"', lines: [7] },
    { name: 'kics 9efb0b2d: positive3.dockerfile', code: 'FROM ubuntu:22.04 AS test\nRUN echo "hello"\n\nFROM positive4 \nRUN echo "positive4"\n\nFROM positive42\nRUN echo "positive42"', lines: [4, 7] },
    {
      name: 'kics 9efb0b2d: positive4.dockerfile (a stage named only later is an image)',
      code: depth(['ubuntu:22.04 AS test1', 'test1 AS test2', 'test_fail_1', 'test3 AS test_fail_2', 'test2 AS test3', 'test3 AS test_fail_1']),
      lines: [7, 10]
    },
    { name: 'kics 9efb0b2d: positive5.dockerfile (lower case)', code: lower(`FROM alpine\n${flask5000}CMD ["python", "/usr/src/app/app.py"] `), lines: [1] },
    { name: 'kics f45ea400: positive1.dockerfile', code: `FROM alpine:latest\n${flask5000}CMD ["python", "/usr/src/app/app.py"]`, lines: [1] },
    { name: 'kics f45ea400: positive2.dockerfile (lower case)', code: lower(`FROM alpine:latest\n${flask5000}CMD ["python", "/usr/src/app/app.py"]`), lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...others.valid,
    'FROM node:22-alpine\n',
    'FROM localhost:5000/team/app:1.4.2\n',
    { name: 'a dated nightly is a pin', code: 'FROM rustlang/rust:nightly-2024-06-01\n' },
    { name: 'a digest pins even next to `latest`', code: 'FROM node:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n' },
    { name: 'flags on FROM', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' },
    { name: 'an ARG without default is not guessed at', code: 'ARG TAG\nFROM node:${TAG}\n' },
    { name: 'a variable that may end with a tag is not guessed at', code: 'ARG PREFIX\nARG IMAGE\nFROM ${PREFIX}ubuntu\nFROM ${IMAGE}:3.20\n' },
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
    ...others.invalid,
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
    { name: 'a rolling tag written after a variable', code: 'ARG IMAGE\nARG REGISTRY\nFROM ${IMAGE}:latest\nFROM ${REGISTRY}/node:lts-alpine\n', lines: [3, 4] },
    { name: 'every untagged stage', code: 'FROM node AS a\nFROM python AS b\nFROM alpine:3.20\n', lines: [1, 2] }
  ]
})
