import rule from '../../src/rules/label-semver.js'
import { testRule } from '../helpers/test-rule.js'

const options = { settings: { labelSchema: { semver: 'semver' as const } } }
const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3056Spec.hs, case by case, with its schema `semver: semver`, each
// after a FROM line and again as an ONBUILD trigger.
const passes = ['LABEL semver="1.0.0"', 'LABEL semver="2.0.1-rc1"', 'LABEL other="foo"', 'LABEL other="bar"']
const catches = ['LABEL semver="not-sem-ver"']

testRule(rule, {
  valid: [
    ...passes.flatMap((code) => [
      { name: `DL3056: ok: ${code}`, code: `${FROM}${code}\n`, options },
      { name: `DL3056: ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options }
    ]),
    // Beyond hadolint.
    { name: 'no schema, no policy', code: `${FROM}LABEL semver=latest\n` },
    { name: 'pre-release and build metadata', code: `${FROM}LABEL semver=1.0.0-alpha.1+build.5\nLABEL semver=0.0.0+20240501\n`, options },
    { name: 'a value from a known ARG', code: `${FROM}ARG VERSION=1.4.2\nLABEL semver=$VERSION\n`, options },
    { name: 'a value from an unknown ARG is not judged', code: `${FROM}ARG VERSION\nLABEL semver=$VERSION\n`, options },
    { name: 'an empty value is left to no-empty-label', code: `${FROM}LABEL semver=""\n`, options }
  ],
  invalid: [
    ...catches.flatMap((code) => [
      {
        name: `DL3056: not ok: ${code}`,
        code: `${FROM}${code}\n`,
        options,
        lines: [2],
        messages: ['Label `semver` is `not-sem-ver`, which is not a semantic version: write MAJOR.MINOR.PATCH, like `1.4.0` or `2.0.0-rc.1`.']
      },
      { name: `DL3056: not ok: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, options, lines: [2] }
    ]),
    // Beyond hadolint.
    { name: 'a leading v, with the version to write', code: `${FROM}LABEL semver=v1.2.3\n`, options, lines: [2], messages: ['drop the leading `v` (`1.2.3`)'] },
    { name: 'two parts only', code: `${FROM}LABEL semver=1.2\n`, options, lines: [2] },
    { name: 'leading zeros', code: `${FROM}LABEL semver=01.2.3\n`, options, lines: [2] },
    { name: 'a value from a known ENV', code: `${FROM}ENV VERSION=latest\nLABEL semver=$VERSION\n`, options, lines: [3] }
  ]
})
