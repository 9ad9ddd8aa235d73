import { expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/valid-json-form.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit's own cases: frontend/dockerfile/parser/json_test.go. Its valid arrays of strings are
// exec form; its invalid ones (values other than strings) are rejected by the parser.
const buildkit = {
  valid: ['[]', '[""]', '["a"]', '["a","b"]', '[ "a", "b" ]', '[\t"a",\t"b"\t]', '\t[\t"a",\t"b"\t]\t', '["abc 123", "♥", "☃", "\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000"]'].map((json) => ({
    name: `BuildKit: ${json}`,
    code: `FROM alpine:3.20\nCMD ${json}\n`
  })),
  invalid: ['["a",42,"b"]', '["a",123.456,"b"]', '["a",{},"b"]', '["a",{"c": "d"},"b"]', '["a",["c"],"b"]', '["a",true,"b"]', '["a",false,"b"]', '["a",null,"b"]'].map((json) => ({
    name: `BuildKit: ${json}`,
    code: `FROM alpine:3.20\nCMD ${json}\n`,
    lines: [2],
    messages: ['is not a string, and every value must be one']
  }))
}

testRule(rule, {
  valid: [
    ...buildkit.valid,
    { name: 'a shell test is not an array', code: 'FROM alpine:3.20\nRUN [ -f /etc/app.conf ] && echo found\nRUN [ "$MODE" = "debug" ] || exit 0\n' },
    { name: 'a test of one quoted value', code: 'FROM alpine:3.20\nRUN [ "$DEBUG" ] && echo debug\n' },
    { name: 'a test of one variable', code: 'FROM alpine:3.20\nRUN [ $DEBUG ] && echo debug\n' },
    { name: 'a bash test', code: 'FROM alpine:3.20\nRUN [[ -d /app ]] || mkdir /app\n' },
    { name: 'exec form over continuation lines', code: 'FROM alpine:3.20\nCMD ["node", \\\n  "server.js"]\n' },
    { name: 'a doubled backslash', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["C:\\\\app\\\\app.exe"]\n' },
    { name: 'other instructions take brackets as text', code: "FROM alpine:3.20\nLABEL tags=['a']\nUSER ['app']\nENV LIST=['a', 'b']\n" },
    { name: 'a valid HEALTHCHECK CMD', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["wget", "-q", "--spider", "http://localhost/"]\n' },
    { name: 'HEALTHCHECK in shell form', code: 'FROM alpine:3.20\nHEALTHCHECK CMD [ -f /tmp/healthy ]\n' },
    { name: 'SHELL not written as an array is shell-exec-form’s', code: 'FROM alpine:3.20\nSHELL /bin/bash -c\nSHELL [bash]\n' },
    { name: 'a frontend of its own', code: "# syntax=example/frontend:1\nFROM alpine:3.20\nCMD ['node']\n" }
  ],
  invalid: [
    ...buildkit.invalid,
    {
      name: 'numbers',
      code: 'FROM alpine:3.20\nCMD ["sleep", 10]\n',
      lines: [2],
      messages: ['`CMD ["sleep", 10]` is not a JSON array of strings: `10` is not a string, and every value must be one: write `"10"`. BuildKit rejects it ("when using JSON array syntax, arrays must be comprised of strings only").']
    },
    {
      name: 'single quotes',
      code: "FROM node:22-bookworm-slim\nCMD ['node', 'server.js']\n",
      lines: [2],
      messages: [
        "`CMD ['node', 'server.js']` is not valid JSON: it uses single quotes, and JSON strings need double quotes: `\"node\"`, not `'node'`. Docker does not stop at it: it runs `['node', 'server.js']` as a shell command with `/bin/sh -c`, which fails (`[node,: not found`) when the container starts."
      ],
      fix: '["node", "server.js"]'
    },
    { name: 'single and double quotes', code: "FROM alpine:3.20\nENTRYPOINT ['/entrypoint.sh', \"--verbose\"]\n", lines: [2], fix: '["/entrypoint.sh", "--verbose"]' },
    { name: 'a double quote inside single quotes', code: "FROM alpine:3.20\nCMD ['echo \"hi\"']\n", lines: [2], fix: '["echo \\"hi\\""]' },
    { name: 'no fix for a backslash inside single quotes', code: "FROM alpine:3.20\nCMD ['printf', 'a\\n']\n", lines: [2] },
    { name: 'a trailing comma', code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl",]\n', lines: [2], messages: ['`RUN ["apk", "add", "curl",]` is not valid JSON: it has a comma after the last value. Docker does not stop at it: it runs `["apk", "add", "curl",]` as a shell command with `/bin/sh -c`, which fails (`[apk,: not found`), and so does the build.'], fix: '["apk", "add", "curl"]' },
    { name: 'the closing bracket is missing', code: 'FROM alpine:3.20\nCMD ["node", "server.js"\n', lines: [2], messages: ['the closing `]` is missing'], fix: '["node", "server.js"]' },
    {
      name: 'an array over two lines without a continuation',
      code: 'FROM alpine:3.20\nCMD ["node",\n     "server.js"]\n',
      lines: [2],
      messages: ['`CMD ["node",` is not valid JSON: it stops after a comma, with no closing `]` (to go on over the next line, end this one with `\\`).']
    },
    { name: 'an opening bracket alone', code: 'FROM alpine:3.20\nCMD [\n  "node"]\n', lines: [2], messages: ['it stops after the `[`, with no closing `]`'] },
    { name: 'a closing quote is missing', code: 'FROM alpine:3.20\nCMD ["node", "server.js]\n', lines: [2], messages: ['`"server.js]` has no closing `"`'] },
    { name: 'values without quotes', code: 'FROM alpine:3.20\nCMD [node, server.js]\n', lines: [2], messages: ['`node` is not in double quotes'] },
    {
      name: 'a Windows path with single backslashes',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["C:\\app\\app.exe"]\n',
      lines: [3],
      messages: ['has a backslash that starts no JSON escape: write each backslash twice, `"C:\\\\app\\\\app.exe"`. Docker does not stop at it: it runs `["C:\\app\\app.exe"]` as a shell command with `cmd /S /C`, which fails when the container starts.']
    },
    { name: 'a Windows path with a backslash that looks like an escape', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["C:\\temp\\app.exe", "\\"quoted\\""]\n', lines: [2], messages: ['write each backslash twice, `"C:\\\\temp\\\\app.exe"`'] },
    { name: 'a comment after the array', code: 'FROM alpine:3.20\nCMD ["node"] # start the server\n', lines: [2], messages: ['a comment follows the `]`, and a Dockerfile has no comments at the end of a line'] },
    { name: 'a command after the array', code: 'FROM alpine:3.20\nRUN ["sh", "-c", "make"] && echo done\n', lines: [2], messages: ['`&& echo done` follows the `]`'] },
    { name: 'COPY reads the words as paths', code: "FROM alpine:3.20\nCOPY ['app.jar', '/app/']\n", lines: [2], messages: ["it reads the words as paths (`['app.jar',`, `'/app/']`, …), which name no files, so the build fails"], fix: '["app.jar", "/app/"]' },
    { name: 'ADD with a trailing comma', code: 'FROM alpine:3.20\nADD ["app.tar.gz", "/opt/",]\n', lines: [2], fix: '["app.tar.gz", "/opt/"]' },
    { name: 'VOLUME', code: "FROM alpine:3.20\nVOLUME ['/data']\n", lines: [2], messages: ['the paths of the volumes'], fix: '["/data"]' },
    { name: 'HEALTHCHECK CMD', code: "FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ['wget', '-q', '--spider', 'http://localhost/']\n", lines: [2], messages: ['which fails (`[wget,: not found`), so the container is reported unhealthy.'], fix: '["wget", "-q", "--spider", "http://localhost/"]' },
    { name: 'SHELL in single quotes is rejected', code: "FROM alpine:3.20\nSHELL ['/bin/ash', '-c']\n", lines: [2], messages: ['BuildKit rejects it ("SHELL requires the arguments to be in JSON form")'], fix: '["/bin/ash", "-c"]' },
    { name: 'SHELL with a number is rejected', code: 'FROM alpine:3.20\nSHELL ["/bin/sh", 1]\n', lines: [2], messages: ['arrays must be comprised of strings only'] },
    { name: 'an ONBUILD trigger', code: "FROM alpine:3.20\nONBUILD RUN ['make']\n", lines: [2], messages: ['Docker does not stop at it in the images built `FROM` this one'], fix: '["make"]' },
    { name: 'an ONBUILD trigger with a number', code: 'FROM alpine:3.20\nONBUILD RUN [1]\n', lines: [2], messages: ['This image builds, but every image built `FROM` it fails ("when using JSON array syntax, arrays must be comprised of strings only").'] },
    { name: 'no fix over continuation lines', code: "FROM alpine:3.20\nCMD ['node', \\\n  'server.js']\n", lines: [2] },
    { name: 'CRLF line ends', code: "FROM alpine:3.20\r\nCMD ['node']\r\n", lines: [2], fix: '["node"]' },
    { name: 'lower case', code: "from alpine:3.20\ncmd ['node']\n", lines: [2], fix: '["node"]' }
  ]
})

it.each([
  ['a backslash inside single quotes', "FROM alpine:3.20\nCMD ['printf', 'a\\n']\n"],
  ['continuation lines', "FROM alpine:3.20\nCMD ['node', \\\n  'server.js']\n"],
  ['a missing closing quote', 'FROM alpine:3.20\nCMD ["node", "server.js]\n'],
  ['values without quotes', 'FROM alpine:3.20\nCMD [node, server.js]\n'],
  ['a comment after the array', 'FROM alpine:3.20\nCMD ["node"] # start\n'],
  ['an array that goes on over the next line', 'FROM alpine:3.20\nCMD ["node",\n  "server.js"]\n']
])('offers no fix for %s', (_, code) => {
  const findings = lint({ path: 'Dockerfile', text: code }, { rules: [rule] })
  expect(findings).toHaveLength(1)
  expect(findings[0].fix).toBeUndefined()
})
