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

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'an earlier stage by index', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /b\n' },
    { name: 'a tagged image named like the stage', code: 'FROM alpine:3.20 AS alpine\nCOPY --from=alpine:3.20 /etc/os-release /tmp/\n' },
    { name: 'no FROM', code: 'COPY --from=foo bar .\n' },
    { name: 'an ONBUILD COPY names a stage of another build', code: 'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /b\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'its own index', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=1 /a /b\n', lines: [3] },
    { name: 'its own name in another case', code: 'FROM alpine:3.20 AS App\nCOPY --from=app /a /b\n', lines: [2] },
    { name: 'its own name from an ARG', code: 'FROM alpine:3.20 AS app\nARG SOURCE=app\nCOPY --from=${SOURCE} /a /b\n', lines: [3] }
  ]
})
