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

// Trivy's checks/docker/same_alias_in_different_froms_test.rego (DS012, its stages written out from their
// names), Checkov's tests/dockerfile/checks/example_AliasIsUnique (CKV_DOCKER_11) and KICS's
// same_alias_in_different_froms/test (f2daed12), case by case. They point at the first of the two FROMs
// (Checkov at the first FROM of the file), this rule at the repeat.
const jesse = (second: string, third: string) => `FROM baseImage\nRUN Test\n\nFROM debian:jesse2${second}\nRUN stuff\n\nFROM debian:jesse1${third}\nRUN more_stuff\n`
const others = {
  valid: [
    { name: 'DS012: no alias allowed', code: 'FROM baseImage\nRUN Test\nFROM debian:jesse2\nRUN stuff\n' },
    { name: 'DS012: basic allowed', code: jesse(' as build2', ' as build1') },
    { name: 'CKV_DOCKER_11: success/Dockerfile', code: 'FROM debian:jesse1 as build\nRUN stuff\n\nFROM debian:jesse1 as another-alias\nRUN more_stuff\n' },
    {
      name: 'CKV_DOCKER_11: success_platform/Dockerfile',
      code: 'FROM --platform=linux/amd64 node:16 as FOO\nRUN npm install\n\nFROM --platform=linux/amd64 node:16 as BAR\nRUN npm run\n\nUSER nobody\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n\nCMD mycommand.sh\n'
    },
    { name: 'kics f2daed12: negative.dockerfile', code: 'FROM debian:jesse1 AS build\nRUN stuff\n\nFROM debian:jesse1 AS another-alias\nRUN more_stuff\n' }
  ],
  invalid: [
    { name: 'DS012: basic denied (Trivy reports line 4)', code: jesse(' as build', ' as build'), lines: [7] },
    { name: 'DS012: extra spaces denied', code: jesse(' as build', ' as    build'), lines: [7] },
    { name: 'CKV_DOCKER_11: failure/Dockerfile (Checkov reports line 1)', code: jesse(' as build', ' as build'), lines: [7] },
    { name: 'kics f2daed12: positive.dockerfile (KICS reports line 4)', code: jesse(' AS build', ' AS build'), lines: [7] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    ...others.valid,
    { name: 'unnamed stages', code: 'FROM alpine:3.20\nFROM alpine:3.20\n' },
    { name: 'a stage built FROM another of a different name', code: 'FROM alpine:3.20 AS base\nFROM base AS app\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...others.invalid,
    { name: 'names in different case are the same to Docker', code: 'FROM alpine:3.20 AS Build\nFROM alpine:3.20 AS build\n', lines: [2], messages: ['`build` is already used on line 1'] },
    { name: 'every repeat', code: 'FROM alpine:3.20 AS x\nFROM alpine:3.20 AS x\nFROM alpine:3.20 AS y\nFROM alpine:3.20 AS x\n', lines: [2, 4] }
  ]
})
