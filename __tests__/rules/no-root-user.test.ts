import rule from '../../src/rules/no-root-user.js'
import { testRule } from '../helpers/test-rule.js'

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nUSER app\n',
    'FROM alpine:3.20\nUSER root\nRUN apk add --no-cache curl\nUSER 10001\n',
    { name: 'root only in a build stage', code: 'FROM alpine:3.20 AS build\nUSER root\nFROM alpine:3.20\nUSER app\n' },
    { name: 'no USER at all (the base image decides; missing-user covers it)', code: 'FROM alpine:3.20\nCMD ["sh"]\n' },
    { name: 'an unknown build arg', code: 'FROM alpine:3.20\nARG RUN_AS\nUSER $RUN_AS\n' },
    { name: 'ONBUILD USER root does not change this image', code: 'FROM alpine:3.20\nUSER app\nONBUILD USER root\n' },
    // hadolint test/Hadolint/Rule/DL3002Spec.hs
    { name: 'DL3002: no root', code: 'FROM scratch\nUSER foo\n' },
    { name: 'DL3002: can switch back to non root', code: 'FROM scratch\nUSER root\nRUN something\nUSER foo\n' },
    { name: 'DL3002: does not warn when switching in multiple stages', code: 'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n' },
    // DL3002Spec "warns on multiple stages" expects a warning here, on the build stage. We don't warn:
    // the image runs as foo and the build stage is thrown away. That is why DL3002 is only related.
    { name: 'DL3002 (differs): warns on multiple stages', code: 'FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n' }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nUSER root\n', lines: [2], messages: ['`root`'] },
    { code: 'FROM alpine:3.20\nUSER 0:0\n', lines: [2] },
    { code: 'FROM alpine:3.20\nUSER root:root\n', lines: [2] },
    { name: 'resolved from an ARG default', code: 'FROM alpine:3.20\nARG U=root\nUSER ${U}\n', lines: [3] },
    { name: 'inherited from the stage it is built FROM', code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN id\n', lines: [2] },
    // hadolint test/Hadolint/Rule/DL3002Spec.hs
    { name: 'DL3002: last user should not be root', code: 'FROM scratch\nUSER root\n', lines: [2] },
    { name: 'DL3002: no root UID', code: 'FROM scratch\nUSER 0\n', lines: [2] },
    { name: 'DL3002: no root:root', code: 'FROM scratch\nUSER root:root\n', lines: [2] },
    { name: 'DL3002: no UID:GID', code: 'FROM scratch\nUSER 0:0\n', lines: [2] },
    { name: 'DL3002: warns on transitive root user', code: 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n', lines: [2] }
  ]
})
