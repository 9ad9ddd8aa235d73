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

// Trivy's checks/docker/multiple_entrypoint_instructions_listed_test.rego (DS007) and KICS's
// multiple_entrypoint_instructions_listed/test (6938958b), case by case. Trivy reports the second
// ENTRYPOINT of a stage, as this rule does; KICS reports the first one of the final stage only (see the
// rule's `differences`).
const runSh = (port: string) => `ENTRYPOINT ["/opt/app/run.sh", "--port", "${port}"]\n`
const hrefCounter = (build: string) =>
  `FROM golang:1.7.3\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n${build}\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/foo/href-counter/app .\n`
const others = {
  valid: [
    { name: 'DS007: allowed', code: `FROM golang:1.7.3\n${runSh('8080')}FROM alpine:latest\n${runSh('8080')}` },
    { name: 'kics 6938958b: negative1.dockerfile', code: `${hrefCounter(runSh('8080').trim())}${runSh('8080')}` }
  ],
  invalid: [
    { name: 'DS007: denied', code: `FROM golang:1.7.3\n${runSh('8080')}${runSh('8000')}FROM alpine:latest\n${runSh('8080')}`, lines: [3] },
    { name: 'kics 6938958b: positive.dockerfile (KICS reports line 11)', code: `${hrefCounter('')}${runSh('8080')}${runSh('8000')}`, lines: [12] },
    {
      name: 'kics 6938958b (differs): negative2.dockerfile, two ENTRYPOINTs in a build stage',
      code: `FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n${runSh('8080')}${runSh('8000')}\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n`,
      lines: [7]
    }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...buildkit.valid,
    ...others.valid,
    { name: 'a stage built FROM another sets its own ENTRYPOINT', code: 'FROM alpine:3.20 AS base\nENTRYPOINT ["tini", "--"]\nFROM base\nENTRYPOINT ["app"]\n' },
    { name: 'an ONBUILD ENTRYPOINT is for another build', code: 'FROM alpine:3.20\nONBUILD ENTRYPOINT ["app"]\nENTRYPOINT ["sh"]\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...buildkit.invalid,
    ...others.invalid,
    { name: 'over a line continuation', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", \\\n  "--"]\nENTRYPOINT ["app"]\n', lines: [4], messages: ['line 2'] }
  ]
})
