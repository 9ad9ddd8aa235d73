import rule from '../../src/rules/stage-description-format.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testDefinitionDescription
    {
      name: 'BuildKit InvalidDefinitionDescription: descriptions in the right format',
      code: '# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n'
    },
    // Beyond BuildKit
    { name: 'a comment separated by an empty line', code: '# the release\n\nARG VERSION=1\nFROM alpine:3.20\n' },
    { name: 'a FROM without a stage name', code: '# the runtime image\nFROM alpine:3.20\n' },
    { name: 'a comment ending in an empty # line', code: '# the release\n#\nARG VERSION=1\nFROM alpine:3.20\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go, testDefinitionDescription
    {
      name: 'BuildKit InvalidDefinitionDescription: descriptions in another format',
      code: '# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n# definitely a bad comment\nARG version=latest\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n',
      lines: [3, 5, 7, 9],
      messages: ['`# foo <description>`', '`# base <description>`', '`# version <description>`', '`# <arg_key> <description>`']
    },
    // Beyond BuildKit
    { name: 'the last line of a comment block counts', code: '# VERSION the release\n# see the changelog\nARG VERSION=1\nFROM alpine:3.20\n', lines: [3] }
  ]
})
