import rule from '../../src/rules/no-constant-platform.js'
import { testRule } from '../helpers/test-rule.js'

// KICS's using_platform_with_from/test (b16e8501), case by case; both agree. KICS reports every
// `--platform`, the builder's own (`$BUILDPLATFORM`) included, which this rule recommends.
const kics = (from: string) => `FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN pip install --upgrade pip\nLABEL maintainer="SvenDowideit@home.org.au"\nCOPY requirements.txt /usr/src/app/\n${from}\n`
const others = {
  valid: [
    { name: 'kics b16e8501: negative1.dockerfile', code: kics('FROM baseimage as baseimage-build') },
    { name: 'kics b16e8501 (differs, from its query): the builder\'s platform', code: kics('FROM --platform=$BUILDPLATFORM baseimage as baseimage-build') }
  ],
  invalid: [{ name: 'kics b16e8501: positive1.dockerfile', code: kics('FROM --platform=arm64 baseimage as baseimage-build'), lines: [6] }]
}

testRule(rule, {
  valid: [
    ...others.valid,
    // hadolint test/Hadolint/Rule/DL3029Spec.hs
    { name: 'DL3029: no platform flag', code: 'FROM debian:jessie' },
    { name: 'DL3029: allows platform $BUILDPLATFORM flag', code: 'FROM --platform=$BUILDPLATFORM debian:jessie' },
    { name: 'DL3029: allows platform "$BUILDPLATFORM" flag', code: 'FROM --platform="$BUILDPLATFORM" debian:jessie' },
    { name: 'DL3029: allows platform ${BUILDPLATFORM} flag', code: 'FROM --platform=${BUILDPLATFORM} debian:jessie' },
    { name: 'DL3029: allows platform ${BUILDPLATFORM:-} flag', code: 'FROM --platform=${BUILDPLATFORM:-} debian:jessie' },
    { name: 'DL3029: allows platform "${BUILDPLATFORM:-}" flag', code: 'FROM --platform="${BUILDPLATFORM:-}" debian:jessie' },
    { name: 'DL3029: allows platform $TARGETPLATFORM flag', code: 'FROM --platform=$TARGETPLATFORM debian:jessie' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testFromPlatformFlagConstDisallowed
    { name: 'BuildKit FromPlatformFlagConstDisallowed: a stage name with the architecture', code: '\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n' },
    { name: 'BuildKit FromPlatformFlagConstDisallowed: a stage name with the OS', code: '\nFROM --platform=linux/amd64 scratch AS linux\n' },
    // Beyond hadolint
    { name: 'other automatic platform args', code: 'FROM --platform=$BUILDOS/$BUILDARCH golang:1.23 AS build\nFROM alpine:3.20\n' },
    { name: 'a build arg of the file (hadolint warns)', code: 'ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM alpine:3.20\n' },
    { name: 'a stage named for its architecture (BuildKit\'s exception)', code: 'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nFROM --platform=linux/arm64 alpine:3.20 AS build_arm64\nFROM build_${TARGETARCH}\n' },
    { name: 'an empty value', code: 'FROM --platform= alpine:3.20\n' },
    { name: 'a cross-compiling build stage', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\n' },
    { name: 'another flag', code: 'FROM --foo=linux/amd64 alpine:3.20\n' }
  ],
  invalid: [
    ...others.invalid,
    // hadolint test/Hadolint/Rule/DL3029Spec.hs
    { name: 'DL3029: explicit platform flag', code: 'FROM --platform=linux debian:jessie', lines: [1], messages: ['`--platform=linux` builds this stage for `linux`'] },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testFromPlatformFlagConstDisallowed
    { name: 'BuildKit FromPlatformFlagConstDisallowed: a constant platform', code: '\nFROM --platform=linux/amd64 scratch\n', lines: [2], messages: ['`--platform=linux/amd64`'] },
    // Beyond hadolint
    { code: 'FROM --platform=linux/amd64 python:3.12-slim\nCMD ["python"]\n', lines: [1], messages: ['`--platform=linux/amd64`'] },
    { name: 'quoted', code: 'FROM --platform="linux/arm64" alpine:3.20\n', lines: [1], messages: ['for `linux/arm64`'] },
    { name: 'a build stage whose name does not say its platform', code: 'FROM --platform=linux/amd64 node:22 AS build\nFROM node:22-slim\n', lines: [1] },
    { name: 'every stage', code: 'FROM --platform=linux/amd64 node:22 AS build\nFROM --platform=linux/amd64 node:22-slim\n', lines: [1, 2] },
    { name: 'on a continuation line', code: 'FROM \\\n  --platform=linux/amd64 \\\n  alpine:3.20\n', lines: [2] },
    { name: 'lower-case keyword', code: 'from --platform=linux/amd64 alpine:3.20\n', lines: [1] }
  ]
})
