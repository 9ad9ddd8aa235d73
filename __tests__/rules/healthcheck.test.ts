import rule from '../../src/rules/healthcheck.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/no_healthcheck_instruction_test.rego (DS026), Checkov's
// tests/dockerfile/checks/example_HealthcheckExists (CKV_DOCKER_2) and KICS's
// healthcheck_instruction_missing/test (b03a748a), case by case. All agree with this rule; the cases
// that differ come from their code (see the rule's `differences`).
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const node = 'FROM node:alpine\nWORKDIR /usr/src/app\nCOPY package*.json ./\nRUN npm install\nCOPY . .\nEXPOSE 3000\n'
const check = 'HEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1 \n'
const hrefCounter =
  'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n'
const others = {
  valid: [
    { name: 'DS026: allowed', code: 'FROM golang:1.7.3\nCMD ./app\nFROM alpine:latest\nHEALTHCHECK CMD /bin/healthcheck\nCMD ./app\n' },
    { name: 'CKV_DOCKER_2: success/Dockerfile', code: `FROM base\n\nLABEL foo="bar baz\nUSER  me\n\nHEALTHCHECK CMD curl --fail http://localhost:3000 || exit 1\n` },
    { name: 'kics b03a748a: negative.dockerfile', code: `${node}${check}CMD ["node","app.js"]` },
    { name: 'kics b03a748a: negative2.dockerfile', code: `${hrefCounter}${check}` },
    { name: 'kics b03a748a: negative3.dockerfile (lower case)', code: lower(`${node}${check}CMD ["node","app.js"]`) },
    {
      name: 'DS026, CKV_DOCKER_2 and kics b03a748a (differ, from their code): an image of files with nothing to run',
      code: 'FROM alpine:3.20 AS build\nRUN echo hi > /out.txt\nFROM scratch\nCOPY --from=build /out.txt /\n'
    }
  ],
  invalid: [
    { name: 'DS026: denied', code: 'FROM busybox\nRUN apt-get -y update\nFROM alpine:latest\nCMD ./app\n', lines: [3] },
    { name: 'CKV_DOCKER_2: failure/Dockerfile', code: 'FROM base\n\nLABEL foo="bar baz\nUSER  me\n', lines: [1] },
    { name: 'kics b03a748a: positive1.dockerfile', code: `${node}CMD ["node","app.js"]`, lines: [1] },
    { name: 'kics b03a748a: positive2.dockerfile', code: hrefCounter, lines: [7] },
    { name: 'kics b03a748a: positive3.dockerfile (lower case)', code: lower(`${node}CMD ["node","app.js"]`), lines: [1] },
    {
      name: 'DS026 and CKV_DOCKER_2 (differ, from their code): a HEALTHCHECK in a build stage only',
      code: 'FROM golang:1.23 AS build\nHEALTHCHECK CMD ["true"]\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nCMD ["/app"]\n',
      lines: [4]
    }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    // hadolint test/Hadolint/Rule/DL3057Spec.hs
    { name: 'DL3057: ok with one HEALTHCHECK instruction', code: 'FROM scratch\nHEALTHCHECK CMD /bin/bla' },
    { name: 'DL3057: ok with inheriting HEALTHCHECK instruction', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base' },
    // DL3057Spec warns on these two ("warn with no HEALTHCHECK instructions", "warn when not inheriting
    // with no HEALTHCHECK instruction"); a scratch image with no CMD or ENTRYPOINT runs no process to
    // check, so this rule does not. That is why DL3057 is only related.
    { name: 'DL3057 (differs): a scratch image with no CMD', code: 'FROM scratch' },
    { name: 'DL3057 (differs): a scratch stage with no CMD after a checked one', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch' },
    { name: 'HEALTHCHECK NONE is a decision', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\nCMD ["sh"]\n' },
    { name: 'lower-case keyword', code: 'FROM alpine:3.20\nhealthcheck --interval=5s CMD ["true"]\n' },
    { name: 'only the final stage needs one', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/app", "-health"]\n' },
    { name: 'inherited through two stages', code: 'FROM alpine:3.20 AS a\nHEALTHCHECK CMD ["true"]\nFROM a AS b\nRUN true\nFROM b\n' },
    { name: 'no stage at all', code: 'ARG X=1\n' },
    { name: 'a scratch export stage', code: 'FROM alpine:3.20 AS build\nRUN echo hi > /out.txt\nFROM scratch\nCOPY --from=build /out.txt /\n' }
  ],
  invalid: [
    ...others.invalid,
    // DL3057Spec's two warning cases, with a process to run
    { name: 'DL3057: warn with no HEALTHCHECK instructions (with an ENTRYPOINT)', code: 'FROM scratch\nENTRYPOINT ["/app"]', lines: [1], messages: ['`FROM scratch`'] },
    { name: 'DL3057: warn when not inheriting with no HEALTHCHECK instruction (with a CMD)', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\nCMD ["/app"]', lines: [3] },
    { name: 'a build stage without one is not reported (hadolint reports it)', code: 'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20\nCMD ["sh"]\n', lines: [3] },
    { name: 'a scratch image with a CMD from the stage it is built FROM', code: 'FROM scratch AS base\nCOPY app /app\nCMD ["/app"]\nFROM base\nCOPY conf /conf\n', lines: [4] },
    { name: 'a HEALTHCHECK in a build stage does not count', code: 'FROM alpine:3.20 AS build\nHEALTHCHECK CMD ["true"]\nFROM alpine:3.20\nCMD ["sh"]\n', lines: [3] },
    { name: 'ONBUILD HEALTHCHECK only applies to child images', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK CMD ["true"]\nCMD ["sh"]\n', lines: [1] }
  ]
})
