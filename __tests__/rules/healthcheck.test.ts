import rule from '../../src/rules/healthcheck.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
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
    // DL3057Spec's two warning cases, with a process to run
    { name: 'DL3057: warn with no HEALTHCHECK instructions (with an ENTRYPOINT)', code: 'FROM scratch\nENTRYPOINT ["/app"]', lines: [1], messages: ['`FROM scratch`'] },
    { name: 'DL3057: warn when not inheriting with no HEALTHCHECK instruction (with a CMD)', code: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\nCMD ["/app"]', lines: [3] },
    { name: 'a build stage without one is not reported (hadolint reports it)', code: 'FROM alpine:3.20 AS build\nRUN true\nFROM alpine:3.20\nCMD ["sh"]\n', lines: [3] },
    { name: 'a scratch image with a CMD from the stage it is built FROM', code: 'FROM scratch AS base\nCOPY app /app\nCMD ["/app"]\nFROM base\nCOPY conf /conf\n', lines: [4] },
    { name: 'a HEALTHCHECK in a build stage does not count', code: 'FROM alpine:3.20 AS build\nHEALTHCHECK CMD ["true"]\nFROM alpine:3.20\nCMD ["sh"]\n', lines: [3] },
    { name: 'ONBUILD HEALTHCHECK only applies to child images', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK CMD ["true"]\nCMD ["sh"]\n', lines: [1] }
  ]
})
