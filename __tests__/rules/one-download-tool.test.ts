import rule from '../../src/rules/one-download-tool.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM node as foo\n'

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL4001Spec.hs
    { name: 'DL4001: only wget', code: FROM + 'RUN wget my.xyz\n' },
    { name: 'DL4001: curl and wget in different stages', code: FROM + 'RUN wget my.xyz\nFROM scratch\nRUN curl localhost\n' },
    // beyond hadolint
    { name: 'only curl, several times', code: FROM + 'RUN curl -fsSLo a https://example.com/a\nRUN curl -fsSLo b https://example.com/b\n' },
    { name: 'the names as arguments or packages', code: FROM + 'RUN apt-get install -y curl wget\nRUN curl -fsSLo a https://example.com/wget\n' },
    { name: 'ONBUILD triggers apart from the stage', code: FROM + 'RUN curl -fsSLo a https://example.com/a\nONBUILD RUN wget https://example.com/b\n' },
    { name: 'PowerShell aliases', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN curl https://example.com/a -OutFile a; wget https://example.com/b -OutFile b\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL4001Spec.hs
    { name: 'DL4001: both, in two RUNs', code: FROM + 'RUN wget my.xyz\nRUN curl localhost\n', lines: [3], messages: ['`curl` downloads here, and `wget` on line 2: use one of them for every download of the stage'] },
    { name: 'DL4001: both in the same RUN', code: FROM + 'RUN wget my.xyz && curl localhost\n', lines: [2], messages: ['`wget` downloads here, and `curl` in this RUN too'] },
    { name: 'DL4001: both in one stage, curl in another', code: FROM + 'RUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n', lines: [3] },
    { name: 'DL4001: only the relevant RUN', code: FROM + 'RUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n', lines: [3] },
    { name: 'DL4001: many relevant RUNs', code: FROM + 'RUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n', lines: [3, 5] },
    // beyond hadolint
    { name: 'behind sudo and in sh -c', code: FROM + "RUN sudo wget my.xyz\nRUN sh -c 'curl -fsSLo a my.xyz'\n", lines: [3] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\nwget my.xyz\ncurl my.xyz\nEOF\n', lines: [3] },
    { name: 'in a command substitution', code: FROM + 'RUN wget my.xyz\nRUN echo "$(curl -fsS my.xyz)" > /v\n', lines: [3] },
    { name: 'among ONBUILD triggers', code: FROM + 'ONBUILD RUN wget my.xyz\nONBUILD RUN curl my.xyz\n', lines: [3] }
  ]
})
