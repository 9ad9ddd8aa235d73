import rule from '../../src/rules/unknown-instruction.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit's own case (frontend/dockerfile/instructions/parse_test.go, TestErrorCases "Invalid instruction").
const buildkit = {
  invalid: [{ name: 'BuildKit: foo bar', code: 'foo bar\n', lines: [1], messages: ['"unknown instruction: foo"'] }]
}

const EVERY_INSTRUCTION = [
  'ARG VERSION=1',
  'FROM alpine:3.20 AS base',
  'RUN echo hi',
  'CMD ["sh"]',
  'LABEL a=b',
  'MAINTAINER someone',
  'EXPOSE 80',
  'ENV A=b',
  'ADD a /a',
  'COPY b /b',
  'ENTRYPOINT ["sh"]',
  'VOLUME /data',
  'USER 10001',
  'WORKDIR /app',
  'ONBUILD RUN echo child',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK NONE',
  'SHELL ["/bin/sh", "-c"]'
].join('\n')

testRule(rule, {
  valid: [
    { name: 'every instruction', code: `${EVERY_INSTRUCTION}\n` },
    { name: 'every instruction in lower case', code: `${EVERY_INSTRUCTION.replace(/^\w+/gm, (k) => k.toLowerCase())}\n` },
    { name: 'a continuation line that starts with an instruction-like word', code: 'FROM alpine:3.20\nRUN echo \\\n  FROMM the start \\\n  && echo done\n' },
    { name: 'comment and empty lines inside a continuation', code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n# curl is for the health check\n  curl \\\n\n  jq\n' },
    { name: 'a backslash followed by spaces still continues the line', code: 'FROM alpine:3.20\nRUN echo a \\   \n  b\n' },
    { name: 'heredoc bodies', code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\nRUNN this is shell\nEOF\nCOPY <<-EOT /etc/app.conf\n\tlisten 80\n\tEOT\n' },
    { name: 'a Windows file continues lines with a backtick', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command `\n    Install-Thing ; `\n    Remove-Item C:\\temp\n' },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nRUN echo a \\\r\n  b\r\nCMD ["sh"]\r\n' },
    { name: 'comments and parser directives', code: '# syntax=docker/dockerfile:1\n# escape=\\\n# RUNN is not an instruction\nFROM alpine:3.20\n   # an indented comment\n' },
    { name: 'a frontend of its own may have instructions of its own', code: '# syntax=devthefuture/dockerfile-x\nFROM alpine:3.20\nINCLUDE ./common.dockerfile\n' }
  ],
  invalid: [
    ...buildkit.invalid,
    { name: 'a typo of RUN', code: 'FROM alpine:3.20\nRUNN apk add --no-cache curl\n', lines: [2], messages: ['`RUNN` is not an instruction, so BuildKit rejects the file ("unknown instruction: RUNN"). Did you mean `RUN`?'] },
    { name: 'a typo of COPY', code: 'FROM alpine:3.20\nCOPPY app /app\n', lines: [2], messages: ['Did you mean `COPY`?'] },
    { name: 'swapped letters', code: 'FORM alpine:3.20\n', lines: [1], messages: ['Did you mean `FROM`?'] },
    { name: 'two edits in a long word', code: 'FROM alpine:3.20\nENRTYPONT ["app"]\n', lines: [2], messages: ['Did you mean `ENTRYPOINT`?'] },
    { name: 'the suggestion in the case the file uses', code: 'from alpine:3.20\nrunn echo hi\n', lines: [2], messages: ['Did you mean `run`?'] },
    {
      name: 'a line that lost the continuation of the line above',
      code: 'FROM debian:bookworm-slim\nRUN apt-get update\n    && apt-get install -y curl\n',
      lines: [3],
      messages: ['`&&` is not an instruction, so BuildKit rejects the file ("unknown instruction: &&"). If the line continues the instruction above, end that line with `\\`.']
    },
    { name: 'a command on a line of its own', code: 'FROM debian:bookworm-slim\nRUN apt-get update &&\napt-get install -y curl\n', lines: [3], messages: ['`apt-get` is not an instruction, so BuildKit rejects the file ("unknown instruction: apt-get"). If the line continues the instruction above, end that line with `\\`.'] },
    { name: 'the rest of a JSON array on the next line', code: 'FROM alpine:3.20\nCMD ["node",\n     "server.js"]\n', lines: [3], messages: ['`"server.js"]` is not an instruction'] },
    { name: 'no suggestion for a short word', code: 'FROM alpine:3.20\ncp a b\n', lines: [2], messages: ['end that line with `\\`.'] },
    { name: 'no continuation hint after a blank line', code: 'FROM alpine:3.20\n\ncurl -fsSL https://example.com\n', lines: [3], messages: ['Start the line with an instruction'] },
    { name: 'a Windows file continues with a backtick', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Install-Thing ;\n    Remove-Item C:\\temp\n', lines: [4], messages: ['end that line with `` ` ``'] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUNN make\n', lines: [2], messages: ['`ONBUILD RUNN`: `RUNN` is not an instruction. This image builds, but every image built `FROM` it fails ("unknown instruction: RUNN"). Did you mean `RUN`?'] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nRUN echo a\r\nCOPPY a /a\r\n', lines: [3], messages: ['Did you mean `COPY`?'] },
    { name: "Docker's own frontend reads no other instructions", code: '# syntax=docker/dockerfile:1.7-labs\nFROM alpine:3.20\nINCLUDE ./common.dockerfile\n', lines: [3] },
    { name: 'each unknown line', code: 'FROM alpine:3.20\nRUNN a\nCOPPY b /b\nRUN ok\n', lines: [2, 3] }
  ]
})
