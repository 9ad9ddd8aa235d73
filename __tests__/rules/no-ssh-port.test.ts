import rule from '../../src/rules/no-ssh-port.js'
import { testRule } from '../helpers/test-rule.js'

// Trivy's checks/docker/port22_test.rego (DS004), Checkov's tests/dockerfile/checks/example_ExposePort22
// (CKV_DOCKER_1) and KICS's exposing_port_22/test (5907595b), case by case: all agree. The cases that
// differ come from their code (see the rule's `differences`).
const nginx = (expose: string) => `FROM gliderlabs/alpine:3.3\nRUN apk --no-cache add nginx\n${expose}\nCMD ["nginx", "-g", "daemon off;"]\n`
const lower = (code: string) => code.replace(/^[A-Z]+(?= )/gm, (keyword) => keyword.toLowerCase())
const others = {
  valid: [
    { name: 'DS004: allowed', code: 'FROM alpine:3.13\nEXPOSE 8080\n' },
    { name: 'CKV_DOCKER_1: success/Dockerfile', code: 'FROM busybox\n\nEXPOSE 8080\n' },
    { name: 'kics 5907595b: negative.dockerfile', code: nginx('EXPOSE 80') },
    { name: 'kics 5907595b: negative2.dockerfile (lower case)', code: lower(nginx('EXPOSE 80')) },
    { name: 'DS004 (differs, from its code): UDP port 22, which SSH does not use', code: 'FROM alpine:3.13\nEXPOSE 22/udp\n' },
    { name: 'DS004, CKV_DOCKER_1 and kics 5907595b (differ, from their code): a build stage', code: 'FROM alpine:3.20 AS sshd-test\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 8080\n' }
  ],
  invalid: [
    { name: 'DS004: denied', code: 'FROM alpine:3.13\nEXPOSE 22\n', lines: [2] },
    { name: 'DS004: tcp denied', code: 'FROM alpine:3.13\nEXPOSE 22/tcp\n', lines: [2] },
    { name: 'CKV_DOCKER_1: failure/Dockerfile', code: 'FROM busybox\n\nEXPOSE 8080 22\n', lines: [3] },
    { name: 'CKV_DOCKER_1: failure_tcp/Dockerfile', code: 'FROM busybox\n\nEXPOSE 22/tcp\n', lines: [3] },
    { name: 'kics 5907595b: positive1.dockerfile', code: nginx('EXPOSE 3000 80 443 22'), lines: [3] },
    { name: 'kics 5907595b: positive2.dockerfile (lower case)', code: lower(nginx('EXPOSE 3000 80 443 22')), lines: [3] }
  ]
}

testRule(rule, {
  valid: [
    ...others.valid,
    'FROM alpine:3.20\nEXPOSE 8080 443/tcp\n',
    { name: 'ports that only contain 22', code: 'FROM alpine:3.20\nEXPOSE 2222 220 8022\n' },
    { name: 'UDP port 22', code: 'FROM alpine:3.20\nEXPOSE 22/udp\n' },
    { name: 'a range without 22', code: 'FROM alpine:3.20\nEXPOSE 23-80\n' },
    { name: 'an ARG without a default', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'a build stage the image is not built FROM', code: 'FROM alpine:3.20 AS test\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 8080\n' }
  ],
  invalid: [
    ...others.invalid,
    { code: 'FROM alpine:3.20\nEXPOSE 22\n', lines: [2], messages: ['`EXPOSE 22` is the SSH port'] },
    { name: 'with other ports and a protocol', code: 'FROM alpine:3.20\nEXPOSE 80 22/tcp\n', lines: [2], messages: ['`EXPOSE 22/tcp` (port 22)'] },
    { name: 'upper-case protocol', code: 'FROM alpine:3.20\nEXPOSE 22/TCP\n', lines: [2] },
    { name: 'a range containing 22', code: 'FROM alpine:3.20\nEXPOSE 20-25\n', lines: [2] },
    { name: 'from an ARG default and an ENV', code: 'FROM alpine:3.20\nARG SSH=22\nENV PORT=${SSH}\nEXPOSE ${SSH} $PORT\n', lines: [4, 4] },
    { name: 'on a continuation line', code: 'FROM alpine:3.20\nEXPOSE 80 \\\n  22\n', lines: [3] },
    { name: 'in a stage the final stage is built FROM', code: 'FROM alpine:3.20 AS base\nEXPOSE 22\nFROM base\nEXPOSE 80\n', lines: [2] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD EXPOSE 22\n', lines: [2] }
  ]
})
