import rule from '../../src/rules/no-copy-whole-stage.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint's test/Hadolint/Rule/DL3067Spec.hs, case by case (it has no ONBUILD variants).
const hadolint = {
  valid: [
    { name: 'DL3067: does not warn when copying root without --from', code: 'COPY / /\n' },
    { name: 'DL3067: does not warn when copying a directory from another stage', code: 'COPY --from=build /app /\n' },
    { name: 'DL3067: does not warn when copying root from another stage into a subdirectory', code: 'COPY --from=build / /app\n' }
  ],
  invalid: [
    { name: 'DL3067: warns when copying the root filesystem from another stage to root', code: 'COPY --from=build / /\n', lines: [1], messages: ['`COPY --from=build / /` copies the whole filesystem of `build`'] },
    { name: 'DL3067: warns when copying quoted root paths from another stage to root', code: 'COPY --from=build "/" "/"\n', lines: [1] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'flattening into a scratch stage', code: 'FROM debian:bookworm-slim AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build / /\nCMD ["bash"]\n' },
    { name: 'a directory, in JSON form', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build ["/out", "/"]\n' },
    { name: 'an unknown source is not guessed at', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build $SRC /\n' }
  ],
  invalid: [
    ...hadolint.invalid,
    { name: 'in a stage with a base image', code: 'FROM debian:bookworm-slim AS build\nFROM alpine:3.20\nCOPY --from=build / /\n', lines: [3] },
    { name: 'JSON form', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build ["/", "/"]\n', lines: [3] },
    { name: 'from an image', code: 'FROM alpine:3.20\nCOPY --from=busybox:1.36 / /\n', lines: [2], messages: ['of `busybox:1.36`'] },
    { name: 'root among other sources', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /etc/os-release / /\n', lines: [3] },
    { name: 'from an ARG', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nARG ROOT=/\nCOPY --from=build $ROOT $ROOT\n', lines: [4] }
  ]
})
