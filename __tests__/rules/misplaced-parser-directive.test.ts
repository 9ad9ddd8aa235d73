import rule from '../../src/rules/misplaced-parser-directive.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit: parser/directives.go. The parser (escape) skips blanks before `#` and stops at a `#!` line; the
// frontend (syntax, check: DetectSyntax, ParseDirective) skips a `#!` first line and stops at an indented one.
// Both stop at the first line that is not a directive they know.
testRule(rule, {
  valid: [
    { name: 'directives at the top', code: '# syntax=docker/dockerfile:1\n# escape=`\n# check=error=true\n# A comment.\nFROM alpine:3.20\n' },
    { name: 'in other cases, with blanks', code: '#SYNTAX = docker/dockerfile:1\nFROM alpine:3.20\n' },
    { name: 'syntax and check after a #! line', code: '#!/usr/bin/env docker-build\n# syntax=docker/dockerfile:1\n# check=skip=all\nFROM alpine:3.20\n' },
    { name: 'an indented escape at the top (the parser skips blanks)', code: '  # escape=`\nFROM alpine:3.20\n' },
    { name: 'a repeat is valid-parser-directives\' finding', code: '# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM alpine:3.20\n' },
    { name: 'comments that only mention a directive', code: 'FROM alpine:3.20\n# Set escape = ` for Windows paths\n# syntax: docker/dockerfile:1\n# check = see the docs\n' },
    { name: 'a directive-like line inside a RUN', code: 'FROM alpine:3.20\nRUN echo a \\\n# syntax=docker/dockerfile:1\n  && echo b\n' },
    { name: 'a directive-like line in a heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\n# syntax=docker/dockerfile:1\necho hi\nEOF\n' },
    { name: 'other names', code: 'FROM alpine:3.20\n# platform=linux/amd64\n# hadolint ignore=DL3006\n' }
  ],
  invalid: [
    { name: 'after a header comment', code: '# The API server.\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\n', lines: [2], messages: ['`# syntax=docker/dockerfile:1` is read as a comment, so BuildKit does not use the frontend it names: parser directives count only at the top of the file, and the comment on line 1 ends them. Move it to the first lines.'] },
    { name: 'after a blank line', code: '# syntax=docker/dockerfile:1\n\n# escape=`\nFROM alpine:3.20\n', lines: [3], messages: ['so the escape character stays `\\`: parser directives count only at the top of the file, and the blank line 2 ends them'] },
    { name: 'after an instruction', code: 'FROM alpine:3.20\n# check=skip=all\n', lines: [2], messages: ['so its check settings do not apply: parser directives count only at the top of the file, and the instruction on line 1 ends them'] },
    { name: 'after an unknown directive', code: '# hadolint ignore=DL3006\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\n', lines: [2], messages: ['the comment on line 1 ends them'] },
    { name: 'after a directive BuildKit does not know', code: '# foo=bar\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\n', lines: [2], messages: ['the comment on line 1 ends them'] },
    { name: 'escape after a #! line (the parser stops there)', code: '#!/usr/bin/env docker-build\n# escape=`\nFROM alpine:3.20\n', lines: [2], messages: ['the `#!` first line ends them'] },
    { name: 'an indented syntax (the frontend reads only lines starting with #)', code: '  # syntax=docker/dockerfile:1\nFROM alpine:3.20\n', lines: [1], messages: ['`# syntax=docker/dockerfile:1` is indented, and BuildKit reads it as a comment, so BuildKit does not use the frontend it names: write its `#` at the start of the line.'] },
    { name: 'between stages', code: 'FROM alpine:3.20 AS a\n# syntax = docker/dockerfile:1\nFROM alpine:3.20\n', lines: [2] },
    { name: 'CRLF line ends', code: '# Header\r\n# escape=`\r\nFROM alpine:3.20\r\n', lines: [2] }
  ]
})
