import rule from '../../src/rules/unique-stage-names.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3024Spec.hs, case by case (the "onbuild" variants wrap each RUN in
// ONBUILD, as hadolint's onBuildRuleCatches does; the spec has none, but they cost nothing).
const duplicate = (run = 'RUN') => `FROM node as foo\n${run} something\nFROM scratch as foo\n${run} something\n`
const unique = (run = 'RUN') => `FROM scratch as build\n${run} foo\nFROM node as run\n${run} baz\n`
const hadolint = {
  valid: [
    { name: "DL3024: don't warn on unique aliases", code: unique() },
    { name: "DL3024: don't warn on unique aliases (onbuild)", code: unique('ONBUILD RUN') }
  ],
  invalid: [
    { name: 'DL3024: warn on duplicate aliases', code: duplicate(), lines: [3], messages: ['The stage name `foo` is already used on line 1'] },
    { name: 'DL3024: warn on duplicate aliases (onbuild)', code: duplicate('ONBUILD RUN'), lines: [3] }
  ]
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testDuplicateStageName (each file starts with
// a blank line, as there).
const buildkit = {
  valid: [{ name: 'BuildKit DuplicateStageName: unique names', code: '\nFROM scratch AS b1\nFROM scratch AS b2\n' }],
  invalid: [{ name: 'BuildKit DuplicateStageName: a repeated name', code: '\nFROM scratch AS b\nFROM scratch AS b\n', lines: [3], messages: ['The stage name `b` is already used on line 2'] }]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    { name: 'unnamed stages', code: 'FROM alpine:3.20\nFROM alpine:3.20\n' },
    { name: 'a stage built FROM another of a different name', code: 'FROM alpine:3.20 AS base\nFROM base AS app\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    { name: 'names in different case are the same to Docker', code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build\n', lines: [2], messages: ['`build` is already used on line 1'] },
    { name: 'every repeat', code: 'FROM alpine:3.20 AS x\nFROM alpine:3.20 AS x\nFROM alpine:3.20 AS y\nFROM alpine:3.20 AS x\n', lines: [2, 4] }
  ]
})
