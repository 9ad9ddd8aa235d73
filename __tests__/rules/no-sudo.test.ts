import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/no-sudo.js'
import { testRule } from '../helpers/test-rule.js'

// KICS's test files positive.dockerfile, negative.dockerfile and negative1.dockerfile (positive2 and
// negative2 are the same in lower case).
const KICS_POSITIVE = 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo pip install --upgrade pip\nCOPY requirements.txt /usr/src/app/\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCOPY app.py /usr/src/app/\nCOPY templates/index.html /usr/src/app/templates/\nEXPOSE 5000\nCMD ["python", "/usr/src/app/app.py"]'
const KICS_NEGATIVE = KICS_POSITIVE.replace('RUN sudo pip', 'RUN pip')
const KICS_NEGATIVE1 = KICS_NEGATIVE.replace('RUN pip install --upgrade pip\n', 'RUN pip install --upgrade pip\nRUN apt-get install sudo\n')
const lower = (code: string) => code.replace(/^[A-Z]+/gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3004Spec.hs: "install sudo" (also as an ONBUILD trigger)
    'FROM debian:bookworm-slim\nRUN apt-get install sudo\n',
    'FROM debian:bookworm-slim\nONBUILD RUN apt-get install sudo\n',
    // Trivy checks/docker/run_using_sudo_test.rego: test_basic_allowed
    { name: 'DS010: sudo installed, not run', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN apt-get install sudo\nCMD python /usr/src/app/app.py\n' },
    // Checkov tests/dockerfile/graph_builder/checks/resources/RunUsingSudo/pass/Dockerfile
    { name: 'CKV2_DOCKER_1: pass/Dockerfile', code: 'FROM busybox\n\nRUN apt-get install sudoku\n' },
    // KICS assets/queries/dockerfile/run_using_sudo/test/negative*.dockerfile
    { name: 'kics 8ada6e80: negative.dockerfile', code: KICS_NEGATIVE },
    { name: 'kics 8ada6e80: negative1.dockerfile', code: KICS_NEGATIVE1 },
    { name: 'kics 8ada6e80: negative2.dockerfile (lower case)', code: lower(KICS_NEGATIVE1) },
    { name: 'kics 8ada6e80: negative3.dockerfile', code: KICS_NEGATIVE.replace('RUN pip install --upgrade pip', 'RUN ["pip", "install", "--upgrade", "pip"]') },
    { name: 'kics 8ada6e80: negative4.dockerfile', code: KICS_NEGATIVE.replace('RUN pip install --upgrade pip', 'RUN ["pip", "install", "--upgrade", "pip"]\nRUN ["apt-get", "install", "-y", "vim"]') },
    { name: 'sudo as a word, not a command', code: 'FROM alpine:3.20\nRUN echo sudo && grep -r sudo /etc\n' },
    { name: 'gosu to drop privileges', code: 'FROM debian:bookworm-slim\nRUN gosu nobody true\n' },
    { name: 'a comment line inside a continuation', code: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n# sudo apk add vim\n && true\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3004Spec.hs: "sudo" and "sudo chained programs", each also as an ONBUILD trigger
    { code: 'FROM debian:bookworm-slim\nRUN sudo apt-get update\n', lines: [2], messages: ['`sudo`'] },
    { code: 'FROM debian:bookworm-slim\nONBUILD RUN sudo apt-get update\n', lines: [2] },
    { code: 'FROM debian:bookworm-slim\nRUN apt-get update && sudo apt-get install\n', lines: [2] },
    { code: 'FROM debian:bookworm-slim\nONBUILD RUN apt-get update && sudo apt-get install\n', lines: [2] },
    // Trivy checks/docker/run_using_sudo_test.rego (each test also leaves a CMD; the third test's RUNs
    // start with `RUN ` inside the value, and Trivy's results set collapses its two identical findings)
    { name: 'DS010: test_basic_denied', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo pip install --upgrade pip\nCMD python /usr/src/app/app.py\n', lines: [3] },
    { name: 'DS010: test_chaining_denied', code: 'FROM alpine:3.5\nRUN apk add bash && sudo pip install --upgrade pip\n', lines: [2] },
    { name: 'DS010: test_multi_vuls_denied', code: 'FROM alpine:3.5\nRUN sudo pip install --upgrade pip\nRUN apk add bash && sudo pip install --upgrade pip\n', lines: [2, 3] },
    // Checkov tests/dockerfile/graph_builder/checks/resources/RunUsingSudo/{fail,fail_multiline}/Dockerfile
    { name: 'CKV2_DOCKER_1: fail/Dockerfile', code: 'FROM busybox\n\nRUN sudo apt-get install git\n', lines: [3] },
    { name: 'CKV2_DOCKER_1: fail_multiline/Dockerfile', code: 'FROM busybox\n\nRUN apt-get update \\\n && sudo apt-get install vim\n', lines: [4] },
    // KICS assets/queries/dockerfile/run_using_sudo/test/positive*.dockerfile
    { name: 'kics 8ada6e80: positive.dockerfile', code: KICS_POSITIVE, lines: [3] },
    { name: 'kics 8ada6e80: positive1.dockerfile', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo pip install --upgrade pip', lines: [3] },
    { name: 'kics 8ada6e80: positive2.dockerfile (lower case)', code: lower(KICS_POSITIVE), lines: [3] },
    { name: 'kics 8ada6e80: positive3.dockerfile (exec form)', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN ["sudo", "pip", "install", "--upgrade", "pip"]\n', lines: [3] },
    { name: 'kics 8ada6e80: positive4.dockerfile', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN sudo pip install --upgrade pip\nRUN sudo apt-get install -y vim', lines: [3, 4] },
    { name: 'kics 8ada6e80: positive5.dockerfile (exec form)', code: 'FROM alpine:3.5\nRUN apk add --update py2-pip\nRUN ["sudo", "pip", "install", "--upgrade", "pip"]\nRUN ["sudo", "apt-get", "install", "-y", "vim"]', lines: [3, 4] },
    { name: 'after ; and ||', code: 'FROM alpine:3.20\nRUN true; false || sudo apk add curl\n', lines: [2] },
    { name: 'inside sh -c', code: "FROM alpine:3.20\nRUN sh -c 'sudo apk add curl'\n", lines: [2] },
    { name: 'inside env and $(…)', code: 'FROM alpine:3.20\nRUN env A=1 sudo -E make install && echo $(sudo id -u)\n', lines: [2, 2] },
    { name: 'on a continuation line', code: 'FROM alpine:3.20\nRUN apk add --no-cache make \\\n && sudo make install\n', lines: [3] },
    { name: 'in a heredoc script', code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\nsudo apk add curl\nEOF\n', lines: [4] },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["sudo", "apk", "add", "curl"]\n', lines: [2] },
    { name: 'in a build stage too', code: 'FROM alpine:3.20 AS build\nRUN sudo make\nFROM alpine:3.20\nUSER 10001\n', lines: [2] },
    { name: 'fix: drops sudo where USER root is in effect', code: 'FROM alpine:3.20\nUSER root\nRUN sudo apk add curl\n', lines: [3], fix: '' },
    { name: 'fix: root inherited from the stage it is built FROM', code: 'FROM alpine:3.20 AS base\nUSER 0\nFROM base\nRUN sudo apk add curl\n', lines: [4], fix: '' }
  ]
})

describe('no-sudo fix', () => {
  const fixed = (code: string) => {
    const [finding] = lint({ path: 'Dockerfile', text: code }, { rules: [rule] })
    if (!finding?.fix) return undefined
    const lines = code.split('\n')
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
    return code.slice(0, offset(finding.fix.line, finding.fix.column)) + finding.fix.text + code.slice(offset(finding.fix.endLine, finding.fix.endColumn))
  }

  it('removes the sudo word where root is known to be in effect', () => {
    expect(fixed('FROM alpine:3.20\nUSER root\nRUN apk update && sudo  apk add curl\n')).toBe('FROM alpine:3.20\nUSER root\nRUN apk update && apk add curl\n')
  })

  it.each([
    ['no USER: the base image decides', 'FROM alpine:3.20\nRUN sudo apk add curl\n'],
    ['a non-root USER', 'FROM alpine:3.20\nUSER app\nRUN sudo apk add curl\n'],
    ['options given to sudo', 'FROM alpine:3.20\nUSER root\nRUN sudo -u app make\n'],
    ['an ONBUILD trigger', 'FROM alpine:3.20\nUSER root\nONBUILD RUN sudo make\n']
  ])('offers no fix with %s', (_, code) => {
    expect(fixed(code)).toBeUndefined()
  })
})
