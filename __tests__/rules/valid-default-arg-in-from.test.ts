import rule from '../../src/rules/valid-default-arg-in-from.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testInvalidDefaultArgInFrom
    { name: 'BuildKit InvalidDefaultArgInFrom: VERSION="latest"', code: '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n' },
    { name: 'BuildKit InvalidDefaultArgInFrom: empty variant default', code: '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n' },
    { name: 'BuildKit InvalidDefaultArgInFrom: variant without a default', code: '\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t' },
    // Beyond BuildKit
    { name: 'no variable', code: 'FROM alpine:3.20\n' },
    { name: 'a default in the reference', code: 'ARG TAG\nFROM alpine:${TAG:-3.20}\n' },
    { name: 'a platform arg is set by BuildKit', code: 'FROM golang:1.23-$TARGETARCH\n' },
    { name: 'a platform arg declared without a default', code: 'ARG TARGETARCH\nFROM example.com/app-$TARGETARCH:1.0\n' },
    { name: 'a default naming an earlier stage', code: 'ARG BASE=build\nFROM alpine:3.20 AS build\nFROM $BASE\n' },
    { name: 'a default built from another ARG', code: 'ARG V=3.20\nARG IMAGE=alpine:$V\nFROM $IMAGE\n' },
    { name: 'a registry with a port and a digest', code: 'ARG D=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM localhost:5000/app@$D\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testInvalidDefaultArgInFrom
    { name: 'BuildKit InvalidDefaultArgInFrom: ARG VERSION', code: '\nARG VERSION\nFROM busybox:$VERSION\n', lines: [3], messages: ['with the defaults of its ARGs (`VERSION`), `busybox:$VERSION` is read as `busybox:`, which is not a valid image name'] },
    { name: 'BuildKit InvalidDefaultArgInFrom: ARG IMAGE', code: '\nARG IMAGE\nFROM $IMAGE\n', lines: [3], messages: ['is read as ``, which is empty'] },
    { name: 'BuildKit InvalidDefaultArgInFrom: SFX="box:"', code: '\nARG SFX="box:"\nFROM busy${SFX}\n', lines: [3], messages: ['is read as `busybox:`'] },
    // Beyond BuildKit
    { name: 'an upper-case repository', code: 'ARG IMAGE=Alpine\nFROM $IMAGE\n', lines: [2] },
    { name: 'an undeclared variable is empty too', code: 'FROM alpine:$TAG\n', lines: [1] },
    { name: 'in a later stage', code: 'ARG NODE\nFROM alpine:3.20 AS base\nFROM node:${NODE}-slim\n', lines: [3] }
  ]
})
