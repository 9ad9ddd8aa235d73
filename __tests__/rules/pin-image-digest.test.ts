import rule from '../../src/rules/pin-image-digest.js'
import { testRule } from '../helpers/test-rule.js'

const digest = '@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d'

testRule(rule, {
  valid: [
    `FROM alpine:3.20${digest}\n`,
    `FROM alpine${digest}\n`,
    'FROM scratch\n',
    { name: 'stages are not images', code: `FROM golang:1.22${digest} AS build\nFROM build\nCOPY --from=build /a /a\nRUN --mount=from=0,target=/b ls /b\n` },
    { name: 'a bare name in COPY --from may be a named build context', code: `FROM alpine:3.20${digest}\nCOPY --from=docs /site /srv/\n` },
    { name: 'an ARG without default is not guessed at', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'a digest from an ARG default', code: `ARG BASE=alpine:3.20${digest}\nFROM \${BASE}\n` }
  ],
  invalid: [
    { code: 'FROM alpine:3.20\n', lines: [1], messages: ['`alpine:3.20` is not pinned by digest'] },
    { name: 'untagged images too', code: 'FROM node\n', lines: [1] },
    {
      name: 'COPY --from and RUN --mount images',
      code: `FROM alpine:3.20${digest}\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\nRUN --mount=type=bind,from=node:22,target=/n ls /n\n`,
      lines: [2, 3],
      messages: ['(in `COPY --from`)', '(in `RUN --mount`)']
    },
    { name: 'resolved from an ARG default', code: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n', lines: [2], messages: ['(`alpine:3.20`)'] }
  ]
})
