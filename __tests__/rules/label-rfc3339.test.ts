import rule from '../../src/rules/label-rfc3339.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { datelabel: 'rfc3339' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3053Spec.hs, case by case, with its schema `datelabel: rfc3339`,
// each after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"', 'LABEL other="doo"', 'LABEL other="bar"']
const catches = ['LABEL datelabel="not-date"']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3053: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3053: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint.
    { name: 'no schema, no policy', code: `${FROM}LABEL datelabel=not-date\n` },
    { name: 'UTC written Z or z, without fractions', code: `${FROM}LABEL datelabel=2024-05-01T12:00:00Z\nLABEL datelabel=2024-05-01t12:00:00z\n`, options },
    { name: 'a space between date and time, as RFC 3339 allows', code: `${FROM}LABEL datelabel="2024-05-01 12:00:00-05:00"\n`, options },
    { name: 'a leap day and a leap second', code: `${FROM}LABEL datelabel=2024-02-29T23:59:60Z\n`, options },
    { name: 'a value from an ARG is not judged until known', code: `${FROM}ARG BUILD_DATE\nLABEL datelabel=$BUILD_DATE\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL datelabel=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      {
        name: `DL3053: not ok: ${code}`,
        code: `${FROM}${code}\n`,
        options,
        lines: [2],
        messages: ['Label `datelabel` is `not-date`, which is not an RFC 3339 date and time: write it with a time and a UTC offset, like `2024-05-01T12:00:00Z`.']
      },
      { name: `DL3053: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    { name: 'a date without a time', code: `${FROM}LABEL datelabel=2024-05-01\n`, options, lines: [2] },
    { name: 'a time without an offset', code: `${FROM}LABEL datelabel=2024-05-01T12:00:00\n`, options, lines: [2] },
    { name: 'a day the month does not have', code: `${FROM}LABEL datelabel=2023-02-29T12:00:00Z\nLABEL datelabel=2024-04-31T12:00:00Z\n`, options, lines: [2, 3] },
    { name: 'an hour out of range', code: `${FROM}LABEL datelabel=2024-05-01T24:00:00Z\n`, options, lines: [2] },
    { name: 'a local format', code: `${FROM}LABEL datelabel="05/01/2024 12:00"\n`, options, lines: [2] },
    { name: 'a value from a known ARG', code: `${FROM}ARG BUILD_DATE=yesterday\nLABEL datelabel=$BUILD_DATE\n`, options, lines: [3] }
  ]
})
