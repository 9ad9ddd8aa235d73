import rule from '../../src/rules/label-key-format.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'

// hadolint's test/Hadolint/Rule/DL3048Spec.hs, case by case, each after a FROM line and again as an
// ONBUILD trigger (hadolint's `onBuildRuleCatches` wraps only RUN, so its label cases are the plain ones).
const catches = [
  ['reserved namespace', 'LABEL com.docker.label="foo"'],
  ['reserved namespace', 'LABEL io.docker.label="foo"'],
  ['reserved namespace', 'LABEL org.dockerproject.label="foo"'],
  ['invalid character', 'LABEL invalid$character="foo"'],
  ['invalid start character', 'LABEL .invalid ="foo"'],
  ['invalid start character', 'LABEL -invalid ="foo"'],
  ['invalid start character', 'LABEL 1invalid ="foo"'],
  ['invalid start character', 'LABEL .invalid="foo"'],
  ['invalid start character', 'LABEL -invalid="foo"'],
  ['invalid start character', 'LABEL 1invalid="foo"'],
  ['consecutive dividers', 'LABEL invalid..character="foo"'],
  ['consecutive dividers', 'LABEL invalid--character="foo"']
]
const passes = [
  ['valid labels', 'LABEL org.valid-key.label3="foo"'],
  ['valid labels', 'LABEL validlabel="foo"']
]

testRule(rule, {
  valid: [
    ...passes.flatMap(([name, code]) => [
      { name: `DL3048: ok with ${name}: ${code}`, code: `${FROM}${code}\n` },
      { name: `DL3048: ok with ${name}: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n` }
    ]),
    // Beyond hadolint.
    { name: 'quoted keys are read without their quotes', code: `${FROM}LABEL "org.opencontainers.image.source"="https://github.com/acme/app" 'com.example.team'=web\n` },
    { name: 'a key from a known ARG is judged by its value', code: `${FROM}ARG NS=com.example\nLABEL \${NS}.team=web\n` },
    { name: 'the legacy `LABEL key value` form', code: `${FROM}LABEL maintainer Jane Doe <jane@example.com>\n` },
    { name: 'several labels over continuation lines', code: `${FROM}LABEL org.opencontainers.image.title=app \\\n      org.opencontainers.image.version=1.0.0\n` },
    { name: 'digits inside and at the end', code: `${FROM}LABEL com.example.v2=yes io.k8s.display-name=app\n` },
    { name: 'no labels at all', code: `${FROM}ENV Version=1\n` }
  ],
  invalid: [
    ...catches.flatMap(([name, code]) => [
      { name: `DL3048: not ok with ${name}: ${code}`, code: `${FROM}${code}\n`, lines: [2] },
      { name: `DL3048: not ok with ${name}: ONBUILD ${code}`, code: `${FROM}ONBUILD ${code}\n`, lines: [2] }
    ]),
    // Beyond hadolint.
    {
      name: 'upper-case letters, with the lower-case key to use',
      code: `${FROM}LABEL Maintainer="jane@example.com"\n`,
      lines: [2],
      messages: ['Label key `Maintainer` has upper-case letters: write it in lower case (`maintainer`)']
    },
    { name: 'the reserved namespace is named', code: `${FROM}LABEL com.docker.compose.project=x\n`, lines: [2], messages: ['`com.docker.*` namespace'] },
    { name: 'characters outside the convention are named', code: `${FROM}LABEL "my key"=1 team_name=web\n`, lines: [2, 2], messages: ['has ` `', 'has `_`'] },
    {
      name: 'a key that depends on an unknown value',
      code: `${FROM}ARG NS\nLABEL \${NS}.team=web\n`,
      lines: [3],
      messages: ['Label key `${NS}.team` depends on a variable whose value is not known here, so tools cannot know which key to look for: write the key out.']
    },
    { name: 'a key from an ARG is judged by its value', code: `${FROM}ARG NS=Com.Example\nLABEL \${NS}.team=web\n`, lines: [3], messages: ['`Com.Example.team`'] },
    { name: 'a key ending in a separator', code: `${FROM}LABEL com.example.=1\n`, lines: [2], messages: ['should end with a lower-case letter or a digit'] },
    { name: 'each key of a multi-line LABEL on its own line', code: `${FROM}LABEL a=1 \\\n      B=2 \\\n      c..d=3\n`, lines: [3, 4] },
    { name: 'in every stage', code: `${FROM}LABEL Stage=build\nFROM alpine:3.20\nLABEL Stage=final\n`, lines: [2, 4] }
  ]
})
