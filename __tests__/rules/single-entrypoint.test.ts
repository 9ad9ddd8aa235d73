import rule from '../../src/rules/single-entrypoint.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL4004Spec.hs, case by case (the "onbuild" variants wrap each RUN in
// ONBUILD, as hadolint's onBuildRuleCatches does).
const many = (run = 'RUN') => `FROM debian\nENTRYPOINT bash\n${run} foo\nENTRYPOINT another\n`
const stages = (run = 'RUN') => `FROM debian as distro1\nENTRYPOINT bash\n${run} foo\nFROM debian as distro2\nENTRYPOINT another\n`
const both = (run = 'RUN') => `FROM debian as distro1\nENTRYPOINT bash\n${run} foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n`
const hadolint = {
  valid: [
    { name: 'DL4004: no cmd', code: 'FROM busybox\n' },
    { name: 'DL4004: single entrypoint, different stages', code: stages() },
    { name: 'DL4004: single entrypoint, different stages (onbuild)', code: stages('ONBUILD RUN') },
    { name: 'DL4004: single entry', code: 'ENTRYPOINT /bin/true\n' },
    { name: 'DL4004: no entry', code: 'FROM busybox\n' }
  ],
  invalid: [
    { name: 'DL4004: many entrypoints', code: many(), lines: [4], messages: ['replaces the one on line 2'] },
    { name: 'DL4004: many entrypoints (onbuild)', code: many('ONBUILD RUN'), lines: [4] },
    { name: 'DL4004: many entrypoints, different stages', code: both(), lines: [4] },
    { name: 'DL4004: many entrypoints, different stages (onbuild)', code: both('ONBUILD RUN'), lines: [4] }
  ]
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testMultipleInstructionsDisallowed: one file per
// case for ENTRYPOINT, CMD and HEALTHCHECK together. BuildKit reports the earlier instruction (the one
// that is ignored), this rule the later one.
const buildkitRepeated = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitApart = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitStages = '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkit = {
  valid: [{ name: 'BuildKit MultipleInstructionsDisallowed: one ENTRYPOINT in each stage, one built FROM the other', code: buildkitStages }],
  invalid: [
    { name: 'BuildKit MultipleInstructionsDisallowed: two ENTRYPOINTs in a row', code: buildkitRepeated, lines: [4], messages: ['replaces the one on line 3'] },
    { name: 'BuildKit MultipleInstructionsDisallowed: two ENTRYPOINTs apart', code: buildkitApart, lines: [9] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    { name: 'a stage built FROM another sets its own ENTRYPOINT', code: 'FROM alpine:3.20 AS base\nENTRYPOINT ["tini", "--"]\nFROM base\nENTRYPOINT ["app"]\n' },
    { name: 'an ONBUILD ENTRYPOINT is for another build', code: 'FROM alpine:3.20\nONBUILD ENTRYPOINT ["app"]\nENTRYPOINT ["sh"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    { name: 'over a line continuation', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", \\\n  "--"]\nENTRYPOINT ["app"]\n', lines: [4], messages: ['line 2'] }
  ]
})
