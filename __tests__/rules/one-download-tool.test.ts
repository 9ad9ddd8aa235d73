import rule from '../../src/rules/one-download-tool.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM node as foo\n'

// KICS assets/queries/dockerfile/run_using_wget_and_curl/test: positive.dockerfile and negative1.dockerfile
// (positive2 and negative2 are the same in lower case).
const KICS_POSITIVE = 'FROM debian\nRUN wget http://google.com\nRUN curl http://bing.com\n\nFROM baseImage\nRUN wget http://test.com\nRUN curl http://bing.com\nRUN ["curl", "http://bing.com"]\n'
const KICS_NEGATIVE1 = 'FROM debian\nRUN curl http://google.com\nRUN curl http://bing.com\nRUN ["curl", "http://bing.com"]\n'
const lower = (code: string) => code.replace(/^[A-Z]+/gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL4001Spec.hs
    { name: 'DL4001: only wget', code: FROM + 'RUN wget my.xyz\n' },
    { name: 'DL4001: curl and wget in different stages', code: FROM + 'RUN wget my.xyz\nFROM scratch\nRUN curl localhost\n' },
    // Trivy checks/docker/run_using_wget_and_curl_test.rego
    { name: 'DS014: test_basic_allowed', code: 'FROM debian\nRUN curl http://bing.com\nRUN curl http://google.com\nFROM baseImage\nRUN ["curl", "http://bing.com"]\n' },
    { name: 'DS014: test_json_array_allowed', code: 'FROM debian\nRUN ["curl", "http://bing.com"]\nRUN ["curl", "http://google.com"]\n' },
    { name: 'DS014: test_install_allowed', code: 'FROM debian\nRUN curl http://bing.com\nRUN apt-get update && apt-get install wget\n' },
    { name: 'DS014: test_multi_stage_allowed', code: 'FROM alpine\nRUN wget http://google.com\nFROM alpine\nRUN curl http://bing.com\n' },
    // KICS
    { name: 'kics fc775e75: negative.dockerfile', code: 'FROM debian\nRUN curl http://google.com\nRUN curl http://bing.com' },
    { name: 'kics fc775e75: negative1.dockerfile', code: KICS_NEGATIVE1 },
    { name: 'kics fc775e75: negative2.dockerfile (lower case)', code: lower(KICS_NEGATIVE1) },
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
    // Trivy checks/docker/run_using_wget_and_curl_test.rego: Trivy reports the RUN that uses wget, this
    // rule the one where both tools have appeared.
    { name: 'DS014 (differs: reported on the curl RUN): test_basic_denied', code: 'FROM debian\nRUN wget http://google.com\nRUN curl http://bing.com\n', lines: [3] },
    { name: 'DS014 (differs: reported on the curl RUN): test_json_array_denied', code: 'FROM baseImage\nRUN wget http://google.com\nRUN ["curl", "http://bing.com"]\n', lines: [3] },
    // KICS
    { name: 'kics fc775e75: positive.dockerfile', code: KICS_POSITIVE, lines: [3, 7, 8] },
    { name: 'kics fc775e75: positive2.dockerfile (lower case)', code: lower(KICS_POSITIVE), lines: [3, 7, 8] },
    // beyond hadolint
    { name: 'behind sudo and in sh -c', code: FROM + "RUN sudo wget my.xyz\nRUN sh -c 'curl -fsSLo a my.xyz'\n", lines: [3] },
    { name: 'after ; and in a pipe', code: FROM + 'RUN echo start; wget -qO- my.xyz | sh\nRUN true | curl my.xyz\n', lines: [3] },
    { name: 'in a heredoc', code: FROM + 'RUN <<EOF\nwget my.xyz\ncurl my.xyz\nEOF\n', lines: [3] },
    { name: 'in a command substitution', code: FROM + 'RUN wget my.xyz\nRUN echo "$(curl -fsS my.xyz)" > /v\n', lines: [3] },
    { name: 'among ONBUILD triggers', code: FROM + 'ONBUILD RUN wget my.xyz\nONBUILD RUN curl my.xyz\n', lines: [3] }
  ]
})
