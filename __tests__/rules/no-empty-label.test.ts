import rule from '../../src/rules/no-empty-label.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { emptylabel: 'text' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3051Spec.hs, case by case, with its schema `emptylabel: text`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL emptylabel="foo"', 'LABEL emptylabel="bar"', 'LABEL other=""']
const catches = ['LABEL emptylabel=""']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3051: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3051: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint.
    { name: 'no schema, no policy', code: `${FROM}LABEL emptylabel=""\n` },
    { name: 'a value from an ARG with no default may be passed at build time', code: `${FROM}ARG V\nLABEL emptylabel=$V\n`, options },
    { name: 'a value from a known ARG', code: `${FROM}ARG V=1.0\nLABEL emptylabel=$V\n`, options },
    { name: 'a quoted space is not empty', code: `${FROM}LABEL emptylabel=" "\n`, options },
    { name: 'a single-quoted variable is literal text', code: `${FROM}LABEL emptylabel='$V'\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      { name: `DL3051: not ok: ${code}`, code: `${FROM}${code}\n`, options, lines: [2], messages: ['Label `emptylabel` is empty'] },
      { name: `DL3051: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    { name: 'nothing after the =', code: `${FROM}LABEL emptylabel=\n`, options, lines: [2] },
    { name: "single quotes, and a quoted key", code: `${FROM}LABEL "emptylabel"=''\n`, options, lines: [2] },
    { name: 'a value from an ARG known to be empty', code: `${FROM}ARG V=""\nLABEL emptylabel=$V\n`, options, lines: [3] },
    { name: 'on a continuation line', code: `${FROM}LABEL other=1 \\\n      emptylabel=""\n`, options, lines: [3] }
  ]
})
