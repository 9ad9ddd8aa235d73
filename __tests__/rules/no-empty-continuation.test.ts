import rule from '../../src/rules/no-empty-continuation.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'

testRule(rule, {
  valid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testNoEmptyContinuation)
    { name: 'BuildKit NoEmptyContinuation: no empty line', code: '\nFROM scratch\nCOPY Dockerfile \\\n.\n' },
    // beyond BuildKit
    { name: 'a comment line inside the continuation', code: FROM + 'RUN apk add \\\n  # tools\n  curl\n' },
    { name: 'empty lines between instructions', code: FROM + '\n\nRUN true\n\n' },
    { name: 'empty lines in a heredoc', code: FROM + 'RUN <<EOF\necho a\n\necho b\nEOF\n' },
    { name: 'backtick escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir `\n  c:\\\n' }
  ],
  invalid: [
    // BuildKit frontend/dockerfile/dockerfile_lint_test.go (testNoEmptyContinuation: BuildKit reports line 6, the instruction's last)
    { name: 'BuildKit NoEmptyContinuation: COPY with an empty line', code: '\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n', lines: [5], messages: ['Empty line inside this `COPY` continued with `\\`'], fix: '.' },
    // beyond BuildKit
    { name: 'one finding per instruction, every empty line removed', code: FROM + 'RUN apk add \\\n\n  curl \\\n  \n  git\n', lines: [3], fix: '  curl \\\n  git' },
    { name: 'whitespace-only line', code: FROM + 'RUN echo \\\n   \t\n  hi\n', lines: [3] },
    { name: 'swallows the next instruction', code: FROM + 'RUN echo hi \\\n\nUSER 10001\n', lines: [3] },
    { name: 'at the end of the file', code: FROM + 'RUN echo hi \\\n\n', lines: [3] },
    { name: 'ONBUILD reported once', code: FROM + 'ONBUILD RUN echo \\\n\n  hi\n', lines: [3] },
    { name: 'backtick escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir `\n\n  c:\\\n', lines: [4], messages: ['continued with `` ` ``'] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nRUN echo \\\r\n\r\n  hi\r\n', lines: [3] }
  ]
})
