import rule from '../../src/rules/from-as-same-case.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go
    { name: 'BuildKit FromAsCasing: FROM scratch AS base3', code: '\nFROM scratch AS base3\n' },
    { name: 'BuildKit FromAsCasing: from scratch as base2', code: '\nfrom scratch as base2\n' },
    { name: 'BuildKit FromAsCasing: mixed-case From is left to instruction casing', code: '\nFrom scratch as base\nFROM scratch AS base2\n' },
    { name: 'BuildKit FromAsCasing: frOM scratch as base', code: '\nfrOM scratch as base\nfrom scratch as base2\n' },
    // BuildKit testRuleCheckOption: the `# check=skip=` directive drops the check
    { name: 'BuildKit FromAsCasing: check=skip=all', code: '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit FromAsCasing: check=skip=all;error=true', code: '#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit FromAsCasing: check=skip=ConsistentInstructionCasing,FromAsCasing', code: '#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit FromAsCasing: check=skip=ConsistentInstructionCasing,FromAsCasing;error=true', code: '#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n' },
    // beyond BuildKit
    { name: 'no stage name', code: 'FROM scratch\n' },
    { name: 'with a flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go
    {
      name: 'BuildKit FromAsCasing: testStageName, FROM scratch as base2',
      code: '\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n# warning: \'as\' should match \'FROM\' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n',
      lines: [8],
      messages: ['`as` does not match the case of `FROM`'],
      fix: 'AS'
    },
    { name: 'BuildKit FromAsCasing: from scratch AS base', code: '\n# warning: \'AS\' should match \'from\' cmd casing.\n#\nfrom scratch AS base\n\nfrom scratch as base2\n', lines: [4], messages: ['`AS` does not match the case of `from`'], fix: 'as' },
    { name: 'BuildKit FromAsCasing: check=skip=ConsistentInstructionCasing', code: '#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n', lines: [2] },
    { name: 'BuildKit FromAsCasing: check=skip=ConsistentInstructionCasing;error=true', code: '#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n', lines: [2] },
    // beyond BuildKit
    { name: 'As in mixed case', code: 'FROM alpine:3.20 As build\n', lines: [1], fix: 'AS' },
    { name: 'with a flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 as build\n', lines: [1] },
    { name: 'every stage', code: 'FROM alpine:3.20 as a\nFROM alpine:3.20 as b\n', lines: [1, 2] }
  ]
})
