import rule from '../../src/rules/no-floating-tag-with-digest.js'
import { testRule } from '../helpers/test-rule.js'

const digest = '@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d'

testRule(rule, {
  valid: [
    `FROM alpine:3.20${digest}\n`,
    { name: 'a digest without tag (nothing misleading)', code: `FROM alpine${digest}\n` },
    { name: 'a rolling tag without digest (pin-base-image reports it)', code: 'FROM alpine:latest\n' },
    { name: 'a dated nightly', code: `FROM rustlang/rust:nightly-2024-06-01${digest}\n` }
  ],
  invalid: [
    { code: `FROM alpine:latest${digest}\n`, lines: [1], messages: ['its tag `latest`'] },
    { name: 'lts with a variant', code: `FROM node:lts-slim${digest}\n`, lines: [1], messages: ['`lts-slim`'] },
    { name: 'in COPY --from', code: `FROM alpine:3.20${digest}\nCOPY --from=nginx:stable${digest} /a /a\n`, lines: [2], messages: ['(in `COPY --from`)'] },
    { name: 'from an ARG default', code: `ARG BASE=alpine:edge${digest}\nFROM $BASE\n`, lines: [2] }
  ]
})
