import rule from '../../src/rules/label-spdx.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { spdxlabel: 'spdx' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3054Spec.hs, case by case, with its schema `spdxlabel: spdx`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL spdxlabel="BSD-3-Clause"', 'LABEL spdxlabel="MIT"', 'LABEL other="fooo"', 'LABEL other="bar"']
const catches = ['LABEL spdxlabel="not-spdx"']

const valid = (value: string) => ({ name: `an SPDX expression: ${value}`, code: `${FROM}LABEL spdxlabel="${value}"\n`, options })
const invalid = (value: string) => ({ name: `not an SPDX expression: ${value}`, code: `${FROM}LABEL spdxlabel="${value}"\n`, options, lines: [2] })

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3054: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3054: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint (which accepts one identifier in its exact case only).
    valid('MIT OR Apache-2.0'),
    valid('(MIT OR Apache-2.0) AND BSD-3-Clause'),
    valid('GPL-2.0-or-later WITH Classpath-exception-2.0'),
    valid('LGPL-2.1+'),
    valid('LicenseRef-acme-proprietary'),
    valid('DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2'),
    valid('GPL-2.0'),
    valid('mit'),
    { name: 'no schema, no policy', code: `${FROM}LABEL spdxlabel=GPLv2\n` },
    { name: 'a value from an unknown ARG is not judged', code: `${FROM}ARG LICENSE\nLABEL spdxlabel=$LICENSE\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL spdxlabel=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      {
        name: `DL3054: not ok: ${code}`,
        code: `${FROM}${code}\n`,
        options,
        lines: [2],
        messages: ['Label `spdxlabel` is `not-spdx`, which is not an SPDX license identifier or expression: use the identifiers of spdx.org/licenses, like `Apache-2.0` or `MIT OR Apache-2.0`.']
      },
      { name: `DL3054: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    invalid('Apache 2'),
    invalid('GPLv2'),
    invalid('MIT OR'),
    invalid('MIT Apache-2.0'),
    invalid('(MIT OR Apache-2.0'),
    invalid('MIT WITH Apache-2.0'),
    invalid('MIT, Apache-2.0'),
    { name: 'a value from a known ARG', code: `${FROM}ARG LICENSE=BSD\nLABEL spdxlabel=$LICENSE\n`, options, lines: [3] }
  ]
})
