import rule from '../../src/rules/no-unlisted-labels.js'
import type { LabelType } from '../../src/rules/types.js'
import { testRule } from '../helpers/test-rule.js'

const strict = (labelSchema?: Record<string, LabelType>) => ({ settings: { labelSchema, strictLabels: true } })
const required = strict({ required: 'text' })
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3050Spec.hs, case by case, with its schema `required: text` and
// strict labels, each after a FROM line and again as an ONBUILD trigger.
const passes = ['', 'LABEL required="foo"', 'LABEL required="bar"']
const catches = ['LABEL other="bar"', 'LABEL required="foo" other="bar"']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3050: ok: ${code || 'no label'}`, code: `${FROM}${code}\n`, options: required },
      ...(code ? [{ name: `DL3050: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options: required }] : [])
    ]),
    // Beyond hadolint.
    { name: 'without strict-labels any label goes', code: `${FROM}LABEL other=1\n`, options: { settings: { labelSchema: { required: 'text' as const } } } },
    { name: 'strict-labels false', code: `${FROM}LABEL other=1\n`, options: { settings: { labelSchema: { required: 'text' as const }, strictLabels: false } } },
    { name: 'quoted keys and keys from ARGs', code: `${FROM}ARG K=required\nLABEL "required"=1 \${K}=2\n`, options: required },
    { name: 'a key whose value is unknown is not judged', code: `${FROM}ARG K\nLABEL $K=1\n`, options: required }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      { name: `DL3050: not ok: ${code}`, code: `${FROM}${code}\n`, options: required, lines: [2] },
      { name: `DL3050: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options: required, lines: [2] }
    ]),
    // Beyond hadolint.
    {
      name: 'each unlisted label, named',
      code: `${FROM}LABEL a=1 \\\n      required=2 \\\n      b=3\n`,
      options: required,
      lines: [2, 4],
      messages: [
        'Label `a` is not in `label-schema` (`required`), and `strict-labels` allows no others: remove it, or add it to `label-schema`.',
        'Label `b` is not in'
      ]
    },
    { name: 'strict labels with no schema allow no label', code: `${FROM}LABEL a=1\n`, options: strict(), lines: [2], messages: ['Label `a` is set, but `label-schema` lists no labels'] },
    { name: 'a long schema is not listed', code: `${FROM}LABEL a=1\n`, options: strict({ b: 'text', c: 'text', d: 'text', e: 'text', f: 'text', g: 'text' }), lines: [2], messages: ['Label `a` is not in `label-schema`, and'] },
    { name: 'names are case-sensitive', code: `${FROM}LABEL Required=1\n`, options: required, lines: [2] },
    { name: 'in every stage', code: `${FROM}LABEL x=1\nFROM alpine:3.20\nLABEL y=1\n`, options: required, lines: [2, 4] }
  ]
})
