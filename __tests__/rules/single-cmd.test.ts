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

// BuildKit's frontend/dockerfile/dockerfile_lint_test.go, testMultipleInstructionsDisallowed: one file per
// case for ENTRYPOINT, CMD and HEALTHCHECK together. BuildKit reports the earlier instruction (the one
// that is ignored), this rule the later one.
const buildkitRepeated = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitApart = '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkitStages = '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n'
const buildkit = {
  valid: [{ name: 'BuildKit MultipleInstructionsDisallowed: one CMD in each stage, one built FROM the other', code: buildkitStages }],
  invalid: [
    { name: 'BuildKit MultipleInstructionsDisallowed: two CMDs in a row', code: buildkitRepeated, lines: [6], messages: ['replaces the one on line 5'] },
    { name: 'BuildKit MultipleInstructionsDisallowed: two CMDs apart', code: buildkitApart, lines: [10] }
  ]
}

// Trivy's checks/docker/multiple_cmd_instructions_listed_test.rego (DS016) and KICS's
// multiple_cmd_instructions_listed/test (41c195f4), case by case. Trivy reports the second CMD of a stage,
// as this rule does; KICS reports the first CMD of the final stage only (see the rule's `differences`).
const hrefCounter = (first: string) =>
  `FROM golang:1.7.3\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n${first}\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/foo/href-counter/app .\nCMD ["./app"] \n`
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const others = {
  valid: [
    { name: 'DS016: allowed', code: 'FROM golang:1.7.3\nCMD ./app\nFROM alpine:latest\nCMD ./app\n' },
    { name: 'kics 41c195f4: negative.dockerfile', code: hrefCounter('CMD ["./app"] \n') },
    { name: 'kics 41c195f4: negative3.dockerfile (lower case)', code: lower(hrefCounter('CMD ["./app"] \n')) }
  ],
  invalid: [
    { name: 'DS016: denied', code: 'FROM golang:1.7.3\nCMD ./app\nCMD ./apps\nFROM alpine:latest\nCMD ./app\n', lines: [3] },
    { name: 'kics 41c195f4: positive.dockerfile (KICS reports line 11)', code: `${hrefCounter('')}CMD ["./apps"] \n`, lines: [12] },
    {
      name: 'kics 41c195f4 (differs): negative2.dockerfile, two CMDs in a build stage',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nCMD ["./app"] \nCMD ["./apps"] \n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n',
      lines: [7]
    }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    ...others.valid,
    { name: 'a stage built FROM another sets its own CMD', code: 'FROM alpine:3.20 AS base\nCMD ["sh"]\nFROM base\nCMD ["app"]\n' },
    { name: 'an ONBUILD CMD is for another build', code: 'FROM alpine:3.20\nONBUILD CMD ["app"]\nCMD ["sh"]\n' },
    { name: 'CMD and ENTRYPOINT', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD ["app"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...others.invalid,
    { name: 'every CMD after the first', code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\ncmd ["c"]\n', lines: [3, 4], messages: ['line 2', 'line 3'] }
  ]
})
