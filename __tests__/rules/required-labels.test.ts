import rule from '../../src/rules/required-labels.js'
import type { LabelType } from '../../src/rules/types.js'
import { testRule } from '../helpers/test-rule.js'

const schema = (labelSchema: Record<string, LabelType>) => ({ settings: { labelSchema } })
const foo = schema({ foo: 'text' })

// hadolint's test/Hadolint/Rule/DL3049Spec.hs, case by case, with its schema `foo: text`. Its ONBUILD
// variants are the same files (hadolint's `onBuildRuleCatches` wraps only RUN in ONBUILD).
const hadolint = {
  valid: [
    { name: 'DL3049: ok: single stage, label present', code: 'FROM baseimage\nLABEL foo="bar"\n', options: foo },
    { name: "DL3049: don't warn: two stages, inheritance", code: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base\n', options: foo },
    // The one case that differs on purpose: hadolint flags the base stage, which is never shipped.
    { name: 'DL3049: two stages, inheritance, label only defined in second stage (hadolint warns once; a base stage is not checked here)', code: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n', options: foo }
  ],
  invalid: [
    { name: 'DL3049: not ok: single stage, no label', code: 'FROM baseimage\n', options: foo, lines: [1], messages: ['The image is missing the label `foo` that `label-schema` requires: add `LABEL foo=…`.'] },
    { name: 'DL3049: not ok: single stage, wrong label', code: 'FROM baseimage\nLABEL bar="baz"\n', options: foo, lines: [1] },
    { name: 'DL3049: warn twice: two stages, no labels', code: 'FROM stage1\nFROM stage2\n', options: foo, lines: [1, 2] },
    { name: 'DL3049: warn twice: two stages, wrong labels only', code: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"\n', options: foo, lines: [1, 3] },
    { name: 'DL3049: warn once: two stages, label present in second only', code: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"\n', options: foo, lines: [1] },
    { name: 'DL3049: warn once: two stages, no inheritance, wrong label in one', code: 'FROM baseimage\nLABEL baz="bar"\nFROM newimage\nLABEL foo="bar"\n', options: foo, lines: [1] }
  ]
}

const multiStage = `FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20 AS base
RUN apk add --no-cache ca-certificates
FROM base
COPY --from=build /app /app
LABEL foo=bar
`

testRule(rule, {
  valid: [
    ...hadolint.valid,
    // Beyond hadolint.
    { name: 'no schema, no policy', code: 'FROM alpine:3.20\n' },
    { name: 'an empty schema', code: 'FROM alpine:3.20\n', options: schema({}) },
    { name: 'stages used by COPY --from and as a base are steps of the build', code: multiStage, options: foo },
    { name: 'a stage named by its index in COPY --from', code: 'FROM golang:1.23\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=0 /app /app\nLABEL foo=bar\n', options: foo },
    { name: 'a stage used by RUN --mount=from', code: 'FROM alpine:3.20 AS files\nFROM alpine:3.20\nRUN --mount=from=files,target=/f cp /f/x /x\nLABEL foo=bar\n', options: foo },
    { name: 'labels inherited through several stages', code: 'FROM alpine:3.20 AS a\nLABEL foo=1\nFROM a AS b\nLABEL bar=2\nFROM b\n', options: schema({ foo: 'text', bar: 'text' }) },
    { name: 'quoted keys and keys from ARGs', code: 'FROM alpine:3.20\nARG NS=org.opencontainers.image\nLABEL "foo"=1 ${NS}.source=https://x.example\n', options: schema({ foo: 'text', 'org.opencontainers.image.source': 'url' }) },
    { name: 'a key whose value is unknown may be the required one', code: 'FROM alpine:3.20\nARG KEY\nLABEL $KEY=1\n', options: foo },
    { name: 'an empty value is present (no-empty-label judges it)', code: 'FROM alpine:3.20\nLABEL foo=""\n', options: foo },
    { name: 'the legacy LABEL key value form', code: 'FROM alpine:3.20\nLABEL foo some value\n', options: foo }
  ],
  invalid: [
    ...hadolint.invalid,
    // Beyond hadolint.
    {
      name: 'one finding per stage, naming every missing label',
      code: 'FROM alpine:3.20\nLABEL a=1\n',
      options: schema({ a: 'text', b: 'url', c: 'semver' }),
      lines: [1],
      messages: ['The image is missing the labels `b`, `c` that `label-schema` requires: add `LABEL b=… c=…`.']
    },
    {
      name: 'a stage that no other stage uses may be built with --target',
      code: 'FROM alpine:3.20 AS debug\nRUN apk add --no-cache gdb\nFROM alpine:3.20\nLABEL foo=1\n',
      options: foo,
      lines: [1],
      messages: ['Stage `debug` (`FROM alpine:3.20`) is missing the label `foo`']
    },
    { name: 'the final stage is checked, whatever uses it', code: multiStage.replace('LABEL foo=bar\n', ''), options: foo, lines: [5] },
    { name: 'an ONBUILD label labels the images built from this one, not this one', code: 'FROM alpine:3.20\nONBUILD LABEL foo=1\n', options: foo, lines: [1] },
    { name: 'the label of a later stage does not count', code: 'FROM alpine:3.20 AS base\nFROM base AS dev\nFROM base\nLABEL foo=1\n', options: foo, lines: [2] },
    { name: 'label names are case-sensitive', code: 'FROM alpine:3.20\nLABEL Foo=1\n', options: foo, lines: [1] }
  ]
})
