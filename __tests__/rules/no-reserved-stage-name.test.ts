import rule from '../../src/rules/no-reserved-stage-name.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3063Spec.hs
    { name: 'DL3063: ok: stage name `foobar`', code: 'FROM foo:bar AS foobar' },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testReservedStageName
    { name: 'BuildKit ReservedStageName: a reserved base with no name, or a name that is not reserved', code: '\nFROM scratch\nFROM scratch AS a\n' },
    // Beyond hadolint
    { name: 'FROM scratch itself', code: 'FROM scratch\nCOPY app /app\n' },
    { name: 'names that only contain a reserved word', code: 'FROM alpine:3.20 AS scratch-build\nFROM alpine:3.20 AS build-context\n' },
    { name: 'no stage name', code: 'FROM alpine:3.20\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3063Spec.hs
    { name: 'DL3063: not ok: stage name `scratch`', code: 'FROM foo:bar AS scratch', lines: [1], messages: ['The stage name `scratch` is the empty base image'] },
    { name: 'DL3063: not ok: stage name `context`', code: 'FROM foo:bar AS context', lines: [1], messages: ['The stage name `context` is reserved for build contexts'] },
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testReservedStageName
    { name: 'BuildKit ReservedStageName: stages named `scratch` and `context`', code: '\nFROM scratch AS scratch\nFROM scratch AS context\n', lines: [2, 3], messages: ['`scratch`', '`context`'] },
    // Beyond hadolint
    { name: 'in any case, as Docker compares stage names', code: 'FROM alpine:3.20 AS Scratch\n', lines: [1], messages: ['`Scratch`'] },
    { name: 'a later stage', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20 as context\nCOPY --from=build /a /a\n', lines: [2] }
  ]
})
