import rule from '../../src/rules/single-healthcheck.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3012Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [
    { name: 'DL3012: ok with no HEALTHCHECK instruction', code: 'FROM scratch\n' },
    { name: 'DL3012: ok with one HEALTHCHECK instruction', code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla\n' },
    { name: 'DL3012: ok with two HEALTHCHECK instructions in two stages', code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n' }
  ],
  invalid: [
    { name: 'DL3012: warn with two HEALTHCHECK instructions', code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n', lines: [3], messages: ['replaces the one on line 2'] }
  ]
}

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testMultipleInstructionsDisallowed: one file per
// case for ENTRYPOINT, CMD and HEALTHCHECK together. BuildKit reports the earlier instruction (the one
// that is ignored), this rule the later one.
const buildkitRepeated = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitApart = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitStages = '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkit = {
  valid: [{ name: 'BuildKit MultipleInstructionsDisallowed: one HEALTHCHECK in each stage, one built FROM the other', code: buildkitStages }],
  invalid: [
    { name: 'BuildKit MultipleInstructionsDisallowed: two HEALTHCHECKs in a row', code: buildkitRepeated, lines: [8], messages: ['replaces the one on line 7'] },
    { name: 'BuildKit MultipleInstructionsDisallowed: two HEALTHCHECKs apart', code: buildkitApart, lines: [11] }
  ]
}

// Trivy's checks/docker/multiple_healthcheck_instructions_test.rego (DS023), case by case (Trivy reports
// the second HEALTHCHECK of a stage, as this rule does).
const trivy = {
  valid: [
    { name: 'DS023: allowed', code: 'FROM golang:1.7.3\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\nFROM alpine:latest\nCMD ./app\n' },
    { name: 'DS023: healthcheck none allowed', code: 'FROM golang:1.7.3\nHEALTHCHECK NONE\nCMD ./app\nFROM alpine:latest\nCMD ./app\n' }
  ],
  invalid: [
    {
      name: 'DS023: denied',
      code: 'FROM busybox\nHEALTHCHECK CMD curl http://localhost:8080\nHEALTHCHECK CMD /bin/healthcheck\nFROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\n',
      lines: [3]
    }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    ...trivy.valid,
    { name: 'a stage built FROM another sets its own', code: 'FROM alpine:3.20 AS base\nHEALTHCHECK CMD ["true"]\nFROM base\nHEALTHCHECK NONE\n' },
    { name: 'an ONBUILD HEALTHCHECK is for another build', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK CMD ["app", "ping"]\nHEALTHCHECK CMD ["true"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...trivy.invalid,
    { name: 'HEALTHCHECK NONE replaces a check too', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=5s CMD ["app", "ping"]\nHEALTHCHECK NONE\n', lines: [3] }
  ]
})
