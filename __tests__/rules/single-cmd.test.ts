import rule from '../../src/rules/single-cmd.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL4003Spec.hs, case by case (the "onbuild" variants wrap each RUN in
// ONBUILD, as hadolint's onBuildRuleCatches does).
const cmds = (run = 'RUN') => `FROM debian\nCMD bash\n${run} foo\nCMD another\n`
const stages = (run = 'RUN') => `FROM debian as distro1\nCMD bash\n${run} foo\nFROM debian as distro2\nCMD another\n`
const both = (run = 'RUN') => `FROM debian as distro1\nCMD bash\n${run} foo\nCMD another\nFROM debian as distro2\nCMD another\n`
const hadolint = {
  valid: [
    { name: 'DL4003: single cmds, different stages', code: stages() },
    { name: 'DL4003: single cmds, different stages (onbuild)', code: stages('ONBUILD RUN') },
    { name: 'DL4003: single cmd', code: 'CMD /bin/true\n' }
  ],
  invalid: [
    { name: 'DL4003: many cmds', code: cmds(), lines: [4], messages: ['replaces the one on line 2'] },
    { name: 'DL4003: many cmds (onbuild)', code: cmds('ONBUILD RUN'), lines: [4] },
    { name: 'DL4003: many cmds, different stages', code: both(), lines: [4] },
    { name: 'DL4003: many cmds, different stages (onbuild)', code: both('ONBUILD RUN'), lines: [4] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'a stage built FROM another sets its own CMD', code: 'FROM alpine:3.20 AS base\nCMD ["sh"]\nFROM base\nCMD ["app"]\n' },
    { name: 'an ONBUILD CMD is for another build', code: 'FROM alpine:3.20\nONBUILD CMD ["app"]\nCMD ["sh"]\n' },
    { name: 'CMD and ENTRYPOINT', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD ["app"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'every CMD after the first', code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\ncmd ["c"]\n', lines: [3, 4], messages: ['line 2', 'line 3'] }
  ]
})
