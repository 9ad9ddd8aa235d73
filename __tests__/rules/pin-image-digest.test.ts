import { describe, expect, it } from '@jest/globals'
import { applyFixes } from '../../src/fix.js'
import { lint } from '../../src/lint.js'
import rule from '../../src/rules/pin-image-digest.js'
import { testRule } from '../helpers/test-rule.js'

const digest = '@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d'
const NODE = 'sha256:0000000000000000000000000000000000000000000000000000000000000022'
const GHCR = 'sha256:1111111111111111111111111111111111111111111111111111111111111111'
/** What `resolve-digests` looked up: Docker Hub's `node:22` and `latest`, and one ghcr.io image. */
const looked = {
  settings: {
    digests: new Map([
      ['docker.io/library/node:22', NODE],
      ['docker.io/library/node:latest', NODE],
      ['ghcr.io/acme/app:1.2', GHCR]
    ])
  }
}

testRule(rule, {
  valid: [
    `FROM alpine:3.20${digest}\n`,
    `FROM alpine${digest}\n`,
    'FROM scratch\n',
    { name: 'stages are not images', code: `FROM golang:1.22${digest} AS build\nFROM build\nCOPY --from=build /a /a\nRUN --mount=from=0,target=/b ls /b\n` },
    { name: 'a bare name in COPY --from may be a named build context', code: `FROM alpine:3.20${digest}\nCOPY --from=docs /site /srv/\n` },
    { name: 'an ARG without default is not guessed at', code: 'ARG BASE\nFROM ${BASE}\n' },
    { name: 'a digest from an ARG default', code: `ARG BASE=alpine:3.20${digest}\nFROM \${BASE}\n` },
    { name: 'a pinned image stays passed when digests were looked up', code: `FROM node:22${digest}\n`, options: looked }
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
    { name: 'resolved from an ARG default', code: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n', lines: [2], messages: ['(`alpine:3.20`)'] },
    // With the digests resolve-digests looked up:
    {
      name: 'the looked-up digest, in the message and the fix',
      code: 'FROM node:22 AS build\n',
      options: looked,
      lines: [1],
      messages: [`pin the digest its tag has now, \`node:22@${NODE}\``],
      fix: `@${NODE}`
    },
    {
      name: 'every spelling of a Docker Hub image finds its digest',
      code: 'FROM docker.io/library/node:22\nFROM index.docker.io/node:22\nFROM library/node:22\nFROM node\n',
      options: looked,
      lines: [1, 2, 3, 4],
      messages: [`\`docker.io/library/node:22@${NODE}\``, `\`index.docker.io/node:22@${NODE}\``, `\`library/node:22@${NODE}\``, `\`node@${NODE}\``]
    },
    { name: 'other registries by their host', code: 'FROM GHCR.io/acme/app:1.2\n', options: looked, lines: [1], fix: `@${GHCR}` },
    { name: 'an image not looked up keeps the general advice', code: 'FROM node:20\n', options: looked, lines: [1], messages: ['append `@sha256:…` of the image you tested'] },
    {
      name: 'behind an ARG: the digest is named, with no fix (a --build-arg may change the tag)',
      code: 'ARG VERSION=22\nFROM node:${VERSION}\n',
      options: looked,
      lines: [2],
      messages: [`\`node:22\` is \`${NODE}\` now; pin that digest where the reference is set`]
    },
    {
      name: 'COPY --from images too',
      code: `FROM alpine:3.20${digest}\nCOPY --from=ghcr.io/acme/app:1.2 /app /app\n`,
      options: looked,
      lines: [2],
      fix: `@${GHCR}`
    }
  ]
})

describe('pin-image-digest with looked-up digests', () => {
  const fixed = (text: string) => applyFixes(text, lint({ path: 'Dockerfile', text }, { rules: [rule], allRules: true, ...looked }).flatMap((f) => (f.fix ? [f.fix] : [])))

  it('writes the digest after the reference, keeping the tag, the flags and the stage name', () => {
    expect(fixed('FROM --platform=$BUILDPLATFORM node:22 AS build\nFROM ghcr.io/acme/app:1.2\n')).toBe(`FROM --platform=$BUILDPLATFORM node:22@${NODE} AS build\nFROM ghcr.io/acme/app:1.2@${GHCR}\n`)
  })

  it('leaves a reference built from ARGs as written', () => {
    const text = 'ARG VERSION=22\nFROM node:${VERSION}\n'
    expect(fixed(text)).toBe(text)
  })
})
