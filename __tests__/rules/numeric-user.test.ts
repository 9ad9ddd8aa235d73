import rule from '../../src/rules/numeric-user.js'
import { testRule } from '../helpers/test-rule.js'

// hadolint test/Hadolint/Rule/DL3066Spec.hs: its files are a lone USER line; this rule looks at the
// user an image runs as, so each case is given a FROM.
testRule(rule, {
  valid: [
    { name: 'DL3066: ok: numeric UID', code: 'FROM alpine:3.20\nUSER 12345' },
    { name: 'DL3066: ok: numeric UID and GID', code: 'FROM alpine:3.20\nUSER 1234:5678' },
    // Beyond hadolint
    { name: 'a named user in a build stage (hadolint 2.15 warns)', code: 'FROM node:22 AS build\nUSER node\nRUN npm ci\nFROM node:22-slim\nUSER 1000\n' },
    { name: 'a named user before the last USER', code: 'FROM alpine:3.20\nUSER app\nRUN make\nUSER 10001\n' },
    { name: 'a numeric UID with a named group', code: 'FROM alpine:3.20\nUSER 10001:app\n' },
    { name: 'root is no-root-user\'s to report', code: 'FROM alpine:3.20\nUSER root\n' },
    { name: 'an unknown build arg', code: 'FROM alpine:3.20\nARG APP_USER\nUSER $APP_USER\n' },
    { name: 'a build arg with a numeric default', code: 'FROM alpine:3.20\nARG UID=1000\nARG GID=1000\nUSER ${UID}:${GID}\n' },
    { name: 'no USER at all', code: 'FROM alpine:3.20\nCMD ["sh"]\n' },
    { name: 'a Windows image has no numeric users', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n' },
    { name: 'ONBUILD USER applies to child images', code: 'FROM alpine:3.20\nUSER 10001\nONBUILD USER app\n' }
  ],
  invalid: [
    { name: 'DL3066: not ok: non-numeric UID', code: 'FROM alpine:3.20\nUSER foobar', lines: [2], messages: ['The image runs as `foobar`, a user name rather than a UID'] },
    { name: 'DL3066: not ok: non-numeric UID and GID', code: 'FROM alpine:3.20\nUSER foobar:barfoo', lines: [2], messages: ['`foobar:barfoo`'] },
    // Beyond hadolint
    { name: 'inherited from the stage the final one is built FROM', code: 'FROM alpine:3.20 AS base\nUSER app\nFROM base\nCMD ["sh"]\n', lines: [2] },
    { name: 'a build arg with a known default (hadolint passes)', code: 'FROM alpine:3.20\nARG APP_USER=app\nUSER $APP_USER\n', lines: [3] },
    { name: 'distroless\'s nonroot user', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nUSER nonroot:nonroot\n', lines: [2] },
    { name: 'lower-case keyword', code: 'FROM alpine:3.20\nuser app\n', lines: [2] }
  ]
})
