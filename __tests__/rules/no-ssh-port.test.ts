import rule from '../../src/rules/no-ssh-port.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nEXPOSE 8080 443/tcp\n',
    { name: 'ports that only contain 22', code: 'FROM alpine:3.20\nEXPOSE 2222 220 8022\n' },
    { name: 'UDP port 22', code: 'FROM alpine:3.20\nEXPOSE 22/udp\n' },
    { name: 'a range without 22', code: 'FROM alpine:3.20\nEXPOSE 23-80\n' },
    { name: 'an ARG without a default', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'a build stage the image is not built FROM', code: 'FROM alpine:3.20 AS test\nEXPOSE 22\nFROM alpine:3.20\nEXPOSE 8080\n' }
  ],
  invalid: [
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
