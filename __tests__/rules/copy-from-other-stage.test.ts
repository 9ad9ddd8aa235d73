import rule from '../../src/rules/copy-from-other-stage.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3023Spec.hs, case by case (the "onbuild" variants wrap each RUN in
// ONBUILD, as hadolint's onBuildRuleCatches does).
const other = (run = 'RUN') => `FROM scratch as build\n${run} foo\nFROM node as run\nCOPY --from=build foo .\n${run} baz\n`
const hadolint = {
  valid: [
    { name: "DL3023: don't warn on copying from other sources", code: other() },
    { name: "DL3023: don't warn on copying from other sources (onbuild)", code: other('ONBUILD RUN') }
  ],
  invalid: [{ name: 'DL3023: warn on copying from your the same FROM', code: 'FROM node as foo\nCOPY --from=foo bar .\n', lines: [2], messages: ['`--from=foo` names the stage this COPY is in'] }]
}

// Trivy's checks/docker/copy_from_references_current_from_alias_test.rego (DS006) and KICS's
// copy_from_references_current_from_alias/test (cdddb86f), case by case.
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const runSh = 'FROM alpine:latest\nENTRYPOINT ["/opt/app/run.sh", "--port", "8080"]\n'
const hrefCounter =
  'FROM golang:1.7.3 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html\nCOPY app.go    .\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\n# another dockerfile\nFROM alpine:latest\nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app .\nCMD ["./app"]\n'
const others = {
  valid: [
    { name: 'DS006: basic allowed', code: hrefCounter },
    { name: 'DS006: duplicate allowed (an unknown name, and the other stage by index)', code: 'FROM golang:1.7.3\nCOPY --from=dep /binary /\nFROM golang:1.7.3\nCOPY --from=0 app/ /app/\n' },
    { name: 'kics cdddb86f: negative1.dockerfile', code: hrefCounter },
    { name: 'kics cdddb86f: negative2.dockerfile (lower case)', code: lower(hrefCounter) }
  ],
  invalid: [
    { name: 'DS006: basic denied', code: `FROM golang:1.7.3 as dep\nCOPY --from=dep /binary /\n${runSh}`, lines: [2] },
    { name: 'DS006: deny stage name non lowercase', code: 'FROM golang:1.18 as Builder\nCOPY --from=builder /binary /\n', lines: [2] },
    { name: 'DS006: extra spaces denied', code: `FROM golang:1.7.3 as   dep\nCOPY --from=dep /binary /\n${runSh}`, lines: [2] },
    { name: 'kics cdddb86f: positive.dockerfile', code: 'FROM myimage:tag AS dep\nCOPY --from=dep /binary /\nRUN dir c:\\ ', lines: [2] },
    { name: 'kics cdddb86f: positive2.dockerfile (lower case)', code: 'from myimage:tag as dep\ncopy --from=dep /binary /\nrun dir c:\\ ', lines: [2] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    ...others.valid,
    { name: 'an earlier stage by index', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /b\n' },
    { name: 'a tagged image named like the stage', code: 'FROM alpine:3.20 AS alpine\nCOPY --from=alpine:3.20 /etc/os-release /tmp/\n' },
    { name: 'no FROM', code: 'COPY --from=foo bar .\n' },
    { name: 'an ONBUILD COPY names a stage of another build', code: 'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /b\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    ...others.invalid,
    { name: 'its own index', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=1 /a /b\n', lines: [3] },
    { name: 'its own name in another case', code: 'FROM alpine:3.20 AS App\nCOPY --from=app /a /b\n', lines: [2] },
    { name: 'its own name from an ARG', code: 'FROM alpine:3.20 AS app\nARG SOURCE=app\nCOPY --from=${SOURCE} /a /b\n', lines: [3] }
  ]
})
