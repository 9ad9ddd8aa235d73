import rule from '../../src/rules/no-redundant-target-platform.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3065Spec.hs
    { name: 'DL3065: FROM no --platform', code: 'FROM alpine:3.24' },
    { name: 'DL3065: FROM --platform not $TARGETPLATFORM ($FOOBAR)', code: 'FROM --platform=$FOOBAR alpine:3.24' },
    { name: 'DL3065: FROM --platform not $TARGETPLATFORM (foobar)', code: 'FROM --platform=foobar alpine:3.24' },
    { name: 'DL3065: FROM --platform not $TARGETPLATFORM (foobar/arm64)', code: 'FROM --platform=foobar/arm64 alpine:3.24' },
    // Beyond hadolint
    { name: '$BUILDPLATFORM is not the default', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n' },
    { name: 'a longer expression', code: 'FROM --platform=${TARGETPLATFORM}-x alpine:3.20\n' },
    { name: 'a default value', code: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n' },
    { name: 'a variable whose name only starts the same', code: 'FROM --platform=$TARGETPLATFORMS alpine:3.20\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3065Spec.hs
    { name: 'DL3065: FROM --platform=$TARGETPLATFORM', code: 'FROM --platform=$TARGETPLATFORM alpine:3.24', lines: [1], messages: ['`--platform=$TARGETPLATFORM` asks for the target platform'], fix: '' },
    { name: 'DL3065: FROM --platform=${TARGETPLATFORM}', code: 'FROM --platform=${TARGETPLATFORM} alpine:3.24', lines: [1], fix: '' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testRedundantTargetPlatform
    { name: 'BuildKit RedundantTargetPlatform: $TARGETPLATFORM', code: '\nFROM --platform=$TARGETPLATFORM scratch\n', lines: [2] },
    { name: 'BuildKit RedundantTargetPlatform: ${TARGETPLATFORM}', code: '\nFROM --platform=${TARGETPLATFORM} scratch\n', lines: [2], messages: ['`--platform=${TARGETPLATFORM}`'] },
    // Beyond hadolint
    { name: 'in double quotes', code: 'FROM --platform="$TARGETPLATFORM" alpine:3.20\n', lines: [1] },
    { name: 'in a later stage', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=$TARGETPLATFORM alpine:3.20\n', lines: [2] },
    { name: 'on a continuation line', code: 'FROM \\\n  --platform=$TARGETPLATFORM \\\n  alpine:3.20 AS base\n', lines: [2] }
  ]
})
