import rule from '../../src/rules/label-git-hash.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { githash: 'hash' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3055Spec.hs, case by case, with its schema `githash: hash`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL githash="2dbfae9"', 'LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"', 'LABEL other="foo"', 'LABEL other="bar"']
const catches = ['LABEL githash="not-git-hash"']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3055: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3055: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint (where hadolint flags all but 7 and 40 digits).
    { name: 'abbreviations longer than 7 digits, as git prints them in large repositories', code: `${FROM}LABEL githash=2dbfae91\nLABEL githash=43c572f1272b\n`, options },
    { name: 'a SHA-256 object name', code: `${FROM}LABEL githash=${'a1'.repeat(32)}\n`, options },
    { name: 'no schema, no policy', code: `${FROM}LABEL githash=main\n` },
    { name: 'a value from an unknown ARG is not judged', code: `${FROM}ARG GIT_SHA\nLABEL githash=$GIT_SHA\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL githash=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      {
        name: `DL3055: not ok: ${code}`,
        code: `${FROM}${code}\n`,
        options,
        lines: [2],
        messages: ['Label `githash` is `not-git-hash`, which is not a git commit hash: use the commit hash that `git rev-parse HEAD` prints.']
      },
      { name: `DL3055: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    { name: 'too short to be unique', code: `${FROM}LABEL githash=2dbfae\n`, options, lines: [2] },
    { name: 'between 40 and 64 digits', code: `${FROM}LABEL githash=43c572f1272b6b3171dd1db9e41b7027128ce0801\n`, options, lines: [2] },
    { name: 'upper case, with the hash to write', code: `${FROM}LABEL githash=2DBFAE9\n`, options, lines: [2], messages: ['write it in lower case, as git prints it (`2dbfae9`)'] },
    { name: 'a branch from a known ARG', code: `${FROM}ARG REF=main\nLABEL githash=$REF\n`, options, lines: [3] }
  ]
})
