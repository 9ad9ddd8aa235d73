import rule from '../../src/rules/label-email.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { maintainer: 'email' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3058Spec.hs, case by case, with its schema `maintainer: email`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL maintainer="abcd@google.com"', 'LABEL other="doo"', 'LABEL other="bar"']
const catches = ['LABEL maintainer="not-email"']

const valid = (value: string) => ({ name: `an address: ${value}`, code: `${FROM}LABEL maintainer="${value}"\n`, options })
const invalid = (value: string) => ({ name: `not an address: ${value}`, code: `${FROM}LABEL maintainer="${value}"\n`, options, lines: [2] })

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3058: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3058: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint (which accepts a bare address only).
    valid('Jane Doe <jane@example.com>'),
    valid('platform-team+docker@mail.example.co.uk'),
    valid('first.last@[192.0.2.1]'),
    { name: 'the legacy LABEL key value form', code: `${FROM}LABEL maintainer Jane Doe <jane@example.com>\n`, options },
    { name: 'no schema, no policy', code: `${FROM}LABEL maintainer=jane\n` },
    { name: 'a value from an unknown ARG is not judged', code: `${FROM}ARG MAINTAINER\nLABEL maintainer=$MAINTAINER\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL maintainer=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      {
        name: `DL3058: not ok: ${code}`,
        code: `${FROM}${code}\n`,
        options,
        lines: [2],
        messages: ['Label `maintainer` is `not-email`, which is not an email address: write one, like `team@example.com` or `Team <team@example.com>`.']
      },
      { name: `DL3058: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    invalid('Jane Doe'),
    invalid('@jane'),
    invalid('jane@'),
    invalid('jane..doe@example.com'),
    invalid('Jane <jane>'),
    invalid('jane@example.com, joe@example.com'),
    { name: 'a value from a known ARG', code: `${FROM}ARG MAINTAINER=platform-team\nLABEL maintainer=$MAINTAINER\n`, options, lines: [3] }
  ]
})
