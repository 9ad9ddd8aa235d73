import rule from '../../src/rules/undefined-arg-in-from.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testUndeclaredArg
    { name: 'BuildKit UndefinedArgInFrom: declared ARG', code: '\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n' },
    { name: 'BuildKit UndefinedArgInFrom: BUILDPLATFORM declared', code: '\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n' },
    { name: 'BuildKit UndefinedArgInFrom: BUILDPLATFORM predefined', code: '\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n' },
    { name: 'BuildKit UndefinedArgInFrom: declared without a default', code: '\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n' },
    { name: 'BuildKit UndefinedArgInFrom: ${DEBUG:-tch}', code: '\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n' },
    { name: 'BuildKit UndefinedArgInFrom: ${DEBUG-@bogus}', code: '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n' },
    // Beyond BuildKit
    { name: 'the other platform args', code: 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20\nFROM golang:1.23-${BUILDOS}\n' },
    { name: 'an escaped dollar', code: 'FROM alpine:3.20\\$X\n' },
    { name: 'several ARGs in one instruction', code: 'ARG IMAGE=alpine TAG=3.20\nFROM $IMAGE:$TAG\n' },
    { name: 'an ARG in a stage does not count for a later FROM, but a global one does', code: 'ARG TAG=3.20\nFROM alpine:$TAG\nARG TAG\nFROM alpine:$TAG\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testUndeclaredArg
    { name: 'BuildKit UndefinedArgInFrom: $BULIDPLATFORM', code: '\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n', lines: [2], messages: ['`$BULIDPLATFORM` in FROM names no ARG declared before the first FROM, so it is always empty here, even with `--build-arg`. If you meant `BUILDPLATFORM`'] },
    { name: 'BuildKit UndefinedArgInFrom: ${MYARCH}', code: '\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n\t', lines: [4], messages: ['If you meant `MY_ARCH`'] },
    { name: 'BuildKit UndefinedArgInFrom: ${version}', code: '\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n', lines: [3], messages: ['`${version}` in FROM names no ARG declared before the first FROM, so it is always empty here, even with `--build-arg`. Declare it at the top of the file: `ARG version=…`.'] },
    // Beyond BuildKit
    { name: 'an ARG declared in a stage only', code: 'FROM alpine:3.20\nARG TAG=3.20\nFROM alpine:$TAG\n', lines: [3] },
    { name: 'an ARG declared after a FROM is not global', code: 'FROM alpine:3.20 AS base\nARG IMAGE=alpine\nFROM ${IMAGE}\n', lines: [3] },
    { name: 'a default does not make it settable', code: 'FROM alpine:${TAG:-3.20}\n', lines: [1] },
    { name: 'two undeclared names', code: 'FROM $REGISTRY/app:$VERSION\n', lines: [1, 1] },
    { name: 'on a continuation line', code: 'FROM \\\n  node:${NODE_VERSION} AS build\n', lines: [2] }
  ]
})
