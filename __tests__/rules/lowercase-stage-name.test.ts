import rule from '../../src/rules/lowercase-stage-name.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testStageName: lowercase names pass)
    { name: 'BuildKit StageNameCasing: lowercase names', code: '\n# warning: stage name should be lowercase\n#\nFROM scratch AS badstagename\n\nFROM scratch as base2\n\nFROM scratch AS base3\n' },
    { name: 'BuildKit StageNameCasing: from … AS base', code: '\nfrom scratch AS base\n\nfrom scratch as base2\n' },
    // beyond BuildKit
    { name: 'no stage name', code: 'FROM scratch\n' },
    { name: 'a reference in upper case is not a stage name', code: 'FROM scratch AS build\nFROM BUILD\n' },
    { name: 'digits and separators', code: 'FROM scratch AS build-1.2_x\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go
    {
      name: 'BuildKit StageNameCasing: testStageName',
      code: '\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: \'as\' should match \'FROM\' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n',
      lines: [4],
      messages: ['Stage name `BadStageName` is not lowercase'],
      fix: 'badstagename'
    },
    { name: 'BuildKit StageNameCasing: testWarningsBeforeError', code: '\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n', lines: [2] },
    // beyond BuildKit
    { name: 'every stage', code: 'FROM alpine:3.20 AS Deps\nFROM alpine:3.20 AS TEST\nFROM alpine:3.20 AS final\n', lines: [1, 2], fix: 'deps' },
    { name: 'with a --platform flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS Builder\n', lines: [1], fix: 'builder' },
    { name: 'lower-case from and as', code: 'from scratch as Base\n', lines: [1] }
  ]
})
