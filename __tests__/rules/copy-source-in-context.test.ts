import rule from '../../src/rules/copy-source-in-context.js'
import { testRule } from '../helpers/test-rule.js'

// No linter of hadolint, Trivy, Checkov, BuildKit or KICS has this check (dockerfilelint's
// add_src_invalid is the nearest). The cases follow BuildKit's resolution of a source against the
// context root (`path.Join("/", src)` in dockerfile2llb/convert.go).
testRule(rule, {
  valid: [
    'FROM alpine:3.20\nCOPY app /app\n',
    { name: 'a `..` that stays inside the context', code: 'FROM alpine:3.20\nCOPY app/../config /etc/config\nCOPY ./a/b/../../c /c\n' },
    { name: 'an absolute source is the context root’s (real Dockerfiles write it so)', code: 'FROM node:22\nCOPY /prisma ./prisma\nCOPY /*.go ./\nCOPY / /ctx\n' },
    { name: 'a name that starts with two dots', code: 'FROM alpine:3.20\nCOPY ..data /data\nCOPY ...x /x\n' },
    { name: 'the destination may be anywhere', code: 'FROM alpine:3.20\nWORKDIR /app/sub\nCOPY config ../config\n' },
    { name: 'COPY --from reads another stage, not the context', code: 'FROM golang:1.23 AS build\nWORKDIR /src/app\nFROM alpine:3.20\nCOPY --from=build ../bin/app /app\n' },
    { name: 'a value that is not known', code: 'FROM alpine:3.20\nARG SRC\nCOPY $SRC /app\n' },
    { name: 'an ADD of a URL with `..` in it', code: 'FROM alpine:3.20\nADD https://example.com/a/../b.tar.gz /tmp/\n' },
    { name: 'a heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\n../x\nEOF\n' },
    { name: 'RUN is not a copy', code: 'FROM alpine:3.20\nRUN cp ../x /x\n' },
    { name: 'on Linux a backslash is part of the name', code: 'FROM alpine:3.20\nCOPY ..\\\\x /x\n' }
  ],
  invalid: [
    {
      name: 'a sibling directory',
      code: 'FROM python:3.12-slim\nCOPY ../shared/lib ./lib\n',
      lines: [2],
      messages: ['`../shared/lib` is outside the build context, the directory given to `docker build`: `COPY` cannot read above it. BuildKit reads `shared/lib` inside the context instead, so the build copies that or fails with "not found"; the legacy builder rejects it. Build from the parent directory']
    },
    { name: 'ADD, two levels up', code: 'FROM alpine:3.20\nADD ../../x.tar.gz /x\n', lines: [2], messages: ['`ADD` cannot read above it. BuildKit reads `x.tar.gz` inside the context instead'] },
    { name: 'the parent directory itself', code: 'FROM alpine:3.20\nCOPY .. /all\n', lines: [2], messages: ['BuildKit reads the whole context instead'] },
    { name: 'written with ./ first', code: 'FROM alpine:3.20\nCOPY ./../x /x\n', lines: [2] },
    { name: 'climbing out after going in', code: 'FROM alpine:3.20\nCOPY app/../../x /x\n', lines: [2] },
    { name: 'one source of several', code: 'FROM alpine:3.20\nCOPY a ../b c /dst/\n', lines: [2] },
    { name: 'a wildcard', code: 'FROM alpine:3.20\nCOPY ../conf/*.yaml /etc/app/\n', lines: [2] },
    { name: 'a value from an ARG', code: 'FROM alpine:3.20\nARG SHARED=../shared\nCOPY ${SHARED}/lib /lib\n', lines: [3], messages: ['`${SHARED}/lib` (`../shared/lib`) is outside the build context'] },
    { name: 'JSON form', code: 'FROM alpine:3.20\nCOPY ["../x", "/x"]\n', lines: [2] },
    { name: 'a continuation line', code: 'FROM alpine:3.20\nCOPY a \\\n  ../b \\\n  /dst/\n', lines: [3] },
    { name: 'COPY --chown and --parents are still context copies', code: 'FROM alpine:3.20\nCOPY --chown=10001 ../x /x\nCOPY --parents ../a/./b /dst/\n', lines: [2, 3] },
    { name: 'an ONBUILD trigger leaves the context of the build that uses the image', code: 'FROM alpine:3.20\nONBUILD COPY ../x /x\n', lines: [2] },
    { name: 'a Windows stage with `\\` separators', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY ..\\shared C:\\shared\n', lines: [3] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nCOPY ../x /x\r\n', lines: [2] }
  ]
})
