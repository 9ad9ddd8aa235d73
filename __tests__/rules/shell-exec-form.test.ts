import { expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/shell-exec-form.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    { name: 'a JSON array', code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n' },
    { name: 'PowerShell on Windows', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\n' },
    { name: 'over continuation lines', code: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", \\\n  "-c"]\n' },
    { name: 'lower case', code: 'from debian:bookworm-slim\nshell ["/bin/bash", "-c"]\n' },
    { name: 'a broken JSON array is valid-json-form’s', code: "FROM debian:bookworm-slim\nSHELL ['/bin/bash', '-c']\nSHELL [\"/bin/bash\", \"-c\",]\nSHELL [1]\n" },
    { name: 'a frontend of its own', code: '# syntax=example/frontend:1\nFROM debian:bookworm-slim\nSHELL /bin/bash -c\n' }
  ],
  invalid: [
    {
      name: 'words',
      code: 'FROM debian:bookworm-slim\nSHELL /bin/bash -o pipefail -c\n',
      lines: [2],
      messages: ['`SHELL /bin/bash -o pipefail -c` is not a JSON array, so BuildKit rejects it ("SHELL requires the arguments to be in JSON form"). Write it as one, `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.'],
      fix: '["/bin/bash", "-o", "pipefail", "-c"]'
    },
    { name: 'PowerShell words', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL powershell -Command\n', lines: [3], fix: '["powershell", "-Command"]' },
    { name: 'one word in brackets', code: 'FROM debian:bookworm-slim\nSHELL [bash]\n', lines: [2], messages: ['`SHELL [bash]` is not a JSON array, so BuildKit rejects it ("SHELL requires the arguments to be in JSON form"). Write it as one, `SHELL ["/bin/bash", "-c"]`.'] },
    { name: 'an empty JSON array', code: 'FROM debian:bookworm-slim\nSHELL []\n', lines: [2], messages: ['This `SHELL` names no shell, so BuildKit rejects it ("SHELL requires at least one argument").'] },
    { name: 'nothing at all', code: 'FROM debian:bookworm-slim\nSHELL\n', lines: [2], messages: ['"SHELL requires at least one argument"'] },
    { name: 'an ONBUILD trigger', code: 'FROM debian:bookworm-slim\nONBUILD SHELL /bin/bash -c\n', lines: [2], messages: ['this image builds, but every image built `FROM` it fails ("SHELL requires the arguments to be in JSON form")'], fix: '["/bin/bash", "-c"]' },
    { name: 'over continuation lines', code: 'FROM debian:bookworm-slim\nSHELL /bin/bash \\\n  -c\n', lines: [2], messages: ['`SHELL /bin/bash -c`'] },
    { name: 'CRLF line ends', code: 'FROM debian:bookworm-slim\r\nSHELL /bin/sh -c\r\n', lines: [2], fix: '["/bin/sh", "-c"]' }
  ]
})

it.each([
  ['quoted words', 'FROM debian:bookworm-slim\nSHELL "/bin/bash" -c\n'],
  ['a variable', 'FROM debian:bookworm-slim\nSHELL $SHELL -c\n'],
  ['continuation lines', 'FROM debian:bookworm-slim\nSHELL /bin/bash \\\n  -c\n']
])('offers no fix for %s', (_, code) => {
  const findings = lint({ path: 'Dockerfile', text: code }, { rules: [rule] })
  expect(findings).toHaveLength(1)
  expect(findings[0].fix).toBeUndefined()
})
