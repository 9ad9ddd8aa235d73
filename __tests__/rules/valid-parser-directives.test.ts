import rule from '../../src/rules/valid-parser-directives.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit: parser/directives.go (DirectiveParser.ParseLine: "only one … parser directive can be used"),
// parser/parser.go setEscapeToken ("invalid escape token … does not match ` or \") and the frontend's
// linter.ParseLintOptions of the `# check=` value ("failed to parse check options").
testRule(rule, {
  valid: [
    { name: 'no directive', code: 'FROM alpine:3.20\n' },
    { name: 'each directive once', code: '# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\n' },
    { name: 'the default escape', code: '# escape=\\\nFROM alpine:3.20\n' },
    { name: 'spaces and upper case', code: '#  Syntax = docker/dockerfile:1  \n#ESCAPE=`\nFROM alpine:3.20\n' },
    { name: 'a repeat after the directives end is a comment', code: '# syntax=docker/dockerfile:1\n\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n' },
    { name: 'a repeat after an unknown directive is a comment', code: '# syntax=docker/dockerfile:1\n# hadolint ignore=DL3006\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n' },
    { name: 'a bad escape after the directives end is a comment', code: 'FROM alpine:3.20\n# escape=/\n' },
    { name: 'after a #! line, the parser reads no directive', code: '#!/usr/bin/env docker-build\n# escape=/\n# escape=`\nFROM alpine:3.20\n' },
    { name: 'an empty check', code: '# check=\nFROM alpine:3.20\n' },
    { name: 'check options up to the first space', code: '# check=skip=all // no checks here\nFROM alpine:3.20\n' },
    { name: 'CRLF line ends', code: '# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM alpine:3.20\r\n' }
  ],
  invalid: [
    { name: 'syntax twice', code: '# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n', lines: [2], messages: ['BuildKit rejects a second `syntax` directive ("only one syntax parser directive can be used") after the one on line 1: keep the one you mean and delete the other.'] },
    { name: 'escape twice, in other cases', code: '# escape=\\\n# ESCAPE=`\nFROM alpine:3.20\n', lines: [2], messages: ['only one escape parser directive'] },
    { name: 'check twice, indented (the parser skips the blanks)', code: '# check=skip=all\n  # check=error=true\nFROM alpine:3.20\n', lines: [2] },
    { name: 'a bad escape', code: '# escape=/\nFROM alpine:3.20\n', lines: [1], messages: ['BuildKit rejects the escape character `/` ("invalid escape token \'/\' does not match ` or \\"): write `# escape=\\`, the default, or `` # escape=` `` for Windows paths.'] },
    { name: 'a two-character escape', code: '# syntax=docker/dockerfile:1\n# escape=\\\\\nFROM alpine:3.20\n', lines: [2], messages: ['the escape character `\\\\`'] },
    { name: 'check options BuildKit does not know', code: '# check=skip=all;errors=true\nFROM alpine:3.20\n', lines: [1], messages: ['BuildKit rejects `# check=skip=all;errors=true` ("failed to parse check options")'] },
    { name: 'check with an error value that is no boolean', code: '# check=error=yes\nFROM alpine:3.20\n', lines: [1] },
    { name: 'check after a #! line (the frontend skips it)', code: '#!/usr/bin/env docker-build\n# check=skip\nFROM alpine:3.20\n', lines: [2] },
    { name: 'each problem', code: '# escape=x\n# syntax=a\n# syntax=b\nFROM alpine:3.20\n', lines: [1, 3] }
  ]
})
