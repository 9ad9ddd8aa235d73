import rule from '../../src/rules/consistent-instruction-casing.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testConsistentInstructionCasing)
    { name: 'BuildKit ConsistentInstructionCasing: all lowercase', code: '\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n' },
    { name: 'BuildKit ConsistentInstructionCasing: all uppercase', code: '\nFROM scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n' },
    { name: 'BuildKit ConsistentInstructionCasing: heredoc body is not an instruction', code: "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n" },
    // BuildKit testRuleCheckOption: the `# check=skip=` directive drops the check
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=all', code: '#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=all;error=true', code: '#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=ConsistentInstructionCasing,FromAsCasing', code: '#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=ConsistentInstructionCasing,FromAsCasing;error=true', code: '#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=ConsistentInstructionCasing', code: '#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n' },
    { name: 'BuildKit ConsistentInstructionCasing: check=skip=ConsistentInstructionCasing;error=true', code: '#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n' },
    // beyond BuildKit
    { name: 'lowercase words inside a RUN', code: 'FROM alpine:3.20\nRUN echo from run copy\n' },
    { name: 'uppercase ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUN echo hi\n' },
    { name: 'an unknown instruction is a parse error, not a casing slip', code: 'FROM alpine:3.20\nfunc main() {}\nRUN true\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testConsistentInstructionCasing, testRuleCheckOption)
    { name: 'BuildKit ConsistentInstructionCasing: From among uppercase', code: '\n# warning: \'FROM\' should be either lowercased or uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n', lines: [4], messages: ['`From` mixes cases and does not match the uppercase'], fix: 'FROM' },
    { name: 'BuildKit ConsistentInstructionCasing: copy among uppercase', code: '\nFROM scratch\n# warning: \'copy\' should match command majority\'s casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n', lines: [4], messages: ['`copy` does not match the uppercase'], fix: 'COPY' },
    { name: 'BuildKit ConsistentInstructionCasing: frOM among lowercase', code: '\n# warning: \'frOM\' should be either lowercased or uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n', lines: [4], messages: ['lowercase'], fix: 'from' },
    { name: 'BuildKit ConsistentInstructionCasing: COPY among lowercase', code: '\nfrom scratch\n# warning: \'COPY\' should match command majority\'s casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n', lines: [4], fix: 'copy' },
    { name: 'BuildKit ConsistentInstructionCasing: from among uppercase', code: '\n# warning: \'from\' should match command majority\'s casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\nCOPY Dockerfile /baz\n', lines: [4], fix: 'FROM' },
    { name: 'BuildKit ConsistentInstructionCasing: FROM among lowercase', code: '\n# warning: \'FROM\' should match command majority\'s casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n', lines: [4], fix: 'from' },
    // beyond BuildKit
    { name: 'skipping FromAsCasing only keeps this check', code: '#check=skip=FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n', lines: [3], fix: 'COPY' },
    { name: 'a tie goes to uppercase', code: 'from alpine:3.20\nRUN true\n', lines: [1], fix: 'FROM' },
    { name: 'a global ARG', code: 'arg VERSION=3.20\nFROM alpine:$VERSION\nRUN true\n', lines: [1], fix: 'ARG' },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD run echo hi\nUSER 10001\n', lines: [2], fix: 'RUN' },
    { name: 'continued instruction', code: 'FROM alpine:3.20\nrun apk add \\\n  curl\nCMD ["sh"]\n', lines: [2] }
  ]
})
