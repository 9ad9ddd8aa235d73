import rule from '../../src/rules/copy-from-known-stage.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3022Spec.hs, case by case (the "onbuild" variants wrap each RUN in
// ONBUILD, as hadolint's onBuildRuleCatches does; the spec has none, but they cost nothing).
const after = (run = 'RUN') => `FROM scratch\nCOPY --from=build foo .\nFROM node as build\n${run} baz\n`
const defined = (run = 'RUN') => `FROM scratch as build\n${run} foo\nFROM node\nCOPY --from=build foo .\n${run} baz\n`
const hadolint = {
  valid: [
    { name: "DL3022: don't warn on correctly defined aliases", code: defined() },
    { name: "DL3022: don't warn on correctly defined aliases (onbuild)", code: defined('ONBUILD RUN') },
    { name: "DL3022: don't warn on external images", code: 'COPY --from=haskell:latest bar .\n' },
    { name: "DL3022: don't warn on valid stage count as --from=<count> (named)", code: 'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .\n' },
    { name: "DL3022: don't warn on valid stage count as --from=<count>", code: 'FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n' }
  ],
  invalid: [
    { name: 'DL3022: warn on missing alias', code: 'COPY --from=foo bar .\n', lines: [1], messages: ['`--from=foo` names no stage of this Dockerfile, so Docker pulls the image `foo:latest`'] },
    { name: 'DL3022: warn on alias defined after', code: after(), lines: [2], messages: ['names a stage defined only later, on line 3'] },
    { name: 'DL3022: warn on alias defined after (onbuild)', code: after('ONBUILD RUN'), lines: [2] },
    { name: 'DL3022: warn on invalid stage count as --from=<count>', code: 'COPY --from=0 bar .\n', lines: [1], messages: ['names stage 0 (counting from 0), and there is no such stage'] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'a name in another case (Docker ignores case)', code: 'FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=build /out /out\n' },
    { name: 'an image with a path and no tag', code: 'FROM alpine:3.20\nCOPY --from=bitnami/kubectl /opt/bitnami/kubectl/bin/kubectl /usr/local/bin/\n' },
    { name: 'an image by digest', code: 'FROM alpine:3.20\nCOPY --from=busybox@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb /bin/busybox /bin/\n' },
    { name: 'a stage from an ARG', code: 'ARG FROM_STAGE=build\nFROM golang:1.23 AS build\nFROM alpine:3.20\nARG FROM_STAGE\nCOPY --from=${FROM_STAGE} /out /out\n' },
    { name: 'an unknown value is not guessed at', code: 'FROM alpine:3.20\nARG SOURCE\nCOPY --from=$SOURCE /out /out\n' },
    { name: 'its own stage is for copy-from-other-stage', code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n' },
    { name: 'an earlier stage by index from the third stage', code: 'FROM alpine:3.20\nFROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=1 /a /b\n' },
    { name: 'ONBUILD COPY --from names a stage of the build that uses the image', code: 'FROM alpine:3.20\nONBUILD COPY --from=build /out /out\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'a typo lists the stages above', code: 'FROM golang:1.23 AS builder\nFROM node:22 AS assets\nFROM alpine:3.20\nCOPY --from=build /out /out\n', lines: [4], messages: ['(stages above: `builder`, `assets`)'] },
    { name: 'an untagged image', code: 'FROM php:8.3-fpm\nCOPY --from=composer /usr/bin/composer /usr/bin/composer\n', lines: [2], messages: ['give its version tag (`composer:<version>`)'] },
    { name: 'a later stage by index', code: 'FROM alpine:3.20\nCOPY --from=1 /a /b\nFROM alpine:3.20\n', lines: [2], messages: ['defined only later, on line 3'] },
    { name: 'an index past the last stage', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=5 /a /b\n', lines: [3] },
    { name: 'a name from an ARG', code: 'FROM alpine:3.20\nARG SOURCE=biuld\nCOPY --from=$SOURCE /a /b\nFROM alpine:3.20 AS build\n', lines: [3], messages: ['`--from=$SOURCE`'] },
    { name: 'flag on a continuation line', code: 'FROM alpine:3.20\nCOPY \\\n  --from=tools \\\n  /a /b\n', lines: [3] }
  ]
})
