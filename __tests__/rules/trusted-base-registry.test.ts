import rule from '../../src/rules/trusted-base-registry.js'
import { testRule } from '../helpers/test-rule.js'

/** The lint options for an allow-list. */
const trusting = (...trustedRegistries: string[]) => ({ settings: { trustedRegistries } })

// hadolint's test/Hadolint/Rule/DL3026Spec.hs, case by case. Its COPY and RUN cases are fragments
// with no FROM; here they follow `FROM scratch` (which the rule never flags), as a Dockerfile must
// start with FROM.
const threeForms = 'FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n'
const hadolint = {
  valid: [
    { name: 'DL3026: does not warn on empty allowed registries', code: 'FROM random.com/debian\n' },
    { name: 'DL3026: does not warn on allowed registries', code: 'FROM random.com/debian\n', options: trusting('x.com', 'random.com') },
    { name: "DL3026: doesn't warn on scratch image", code: 'FROM scratch\n', options: trusting('x.com', 'random.com') },
    { name: 'DL3026: allows all forms of docker.io', code: threeForms, options: trusting('docker.io') },
    { name: 'DL3026: allows using previous stages', code: 'FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n', options: trusting('random.com') },
    { name: 'DL3026: does not warn on allowed wildcard registries', code: 'FROM foo.random.com/debian\n', options: trusting('x.com', '*.random.com') },
    { name: 'DL3026: does not warn on * registry', code: threeForms, options: trusting('*') },
    { name: 'DL3026: copy from a trusted registry', code: 'FROM scratch\nCOPY --from=trusted.com/repo/image:tag /foo /bar\n', options: trusting('trusted.com') },
    {
      name: "DL3026: don't warn on run with bind mount from trusted registry",
      code: 'FROM scratch\nRUN --mount=type=bind,from=trusted.com/repo/image:tag,target=/foo foobar\n',
      options: trusting('trusted.com')
    },
    {
      name: "DL3026: don't warn on run with cache mount from trusted registry",
      code: 'FROM scratch\nRUN --mount=type=cache,from=trusted.com/repo/image:tag,target=/foo foobar\n',
      options: trusting('trusted.com')
    }
  ],
  invalid: [
    { name: 'DL3026: warn on non-allowed registry', code: 'FROM random.com/debian\n', options: trusting('docker.io'), lines: [1] },
    { name: 'DL3026: warn on non-allowed wildcard registry', code: 'FROM x.com/debian\n', options: trusting('*.random.com'), lines: [1] },
    { name: 'DL3026: does warn on copy from untrusted registry', code: 'FROM scratch\nCOPY --from=untrusted.com/repo/image:tag /foo /bar\n', options: trusting('trusted.com'), lines: [2] },
    {
      name: 'DL3026: warn on run with bind mount from untrusted registry',
      code: 'FROM scratch\nRUN --mount=type=bind,from=untrusted.com/repo/image:tag,target=/foo foobar\n',
      options: trusting('trusted.com'),
      lines: [2]
    },
    {
      name: 'DL3026: warn on run with cache mount from untrusted registry',
      code: 'FROM scratch\nRUN --mount=type=cache,from=untrusted.com/repo/image:tag,target=/foo foobar\n',
      options: trusting('trusted.com'),
      lines: [2]
    },
    { name: 'DL3026: distrust all forms of docker.io if trusted registries are given', code: threeForms, options: trusting('trusted.com'), lines: [1, 2, 3] }
  ]
}

testRule(rule, {
  valid: [
    ...hadolint.valid,
    { name: 'an empty allow-list is no policy', code: 'FROM quay.io/foo/bar:1\n', options: trusting() },
    { name: "hadolint's hub.docker.com alias allows Docker Hub", code: 'FROM node:22\nFROM bitnami/kubectl:1.31\n', options: trusting('hub.docker.com') },
    { name: 'other spellings of Docker Hub', code: 'FROM index.docker.io/library/node:22\nFROM registry-1.docker.io/bitnami/kubectl:1.31\n', options: trusting('docker.io') },
    { name: 'registry names compare case-insensitively', code: 'FROM GHCR.io/acme/app:1\n', options: trusting('ghcr.IO') },
    { name: 'a prefix pattern', code: 'FROM registry.acme.internal:5000/app:1\n', options: trusting('registry.acme*') },
    { name: 'a registry with a port, exactly', code: 'FROM localhost:5000/app:1\n', options: trusting('localhost:5000') },
    { name: 'a path entry allows that organisation', code: 'FROM ghcr.io/acme/app:1\nFROM ghcr.io/acme/tools/lint:2\n', options: trusting('docker.io', 'ghcr.io/acme') },
    { name: 'a path entry with a trailing slash', code: 'FROM ghcr.io/acme/app:1\n', options: trusting('ghcr.io/acme/') },
    { name: "docker.io/library allows Docker Hub's official images", code: 'FROM node:22\nFROM docker.io/library/alpine:3.20\n', options: trusting('docker.io/library') },
    { name: 'a path entry with a wildcard registry', code: 'FROM eu.registry.example.com/platform/base:1\n', options: trusting('*.registry.example.com/platform') },
    { name: 'an ARG without default is not guessed at', code: 'ARG REGISTRY\nFROM ${REGISTRY}/app:1\n', options: trusting('docker.io') },
    { name: 'a stage named in COPY --from and RUN --mount', code: 'FROM ghcr.io/acme/go:1 AS build\nFROM scratch\nCOPY --from=build /app /app\nCOPY --from=0 /app /app2\nRUN --mount=from=build,target=/b ls\n', options: trusting('ghcr.io/acme') },
    { name: 'COPY --from a bare name may be a named build context', code: 'FROM ghcr.io/acme/base:1\nCOPY --from=docs /site /srv\n', options: trusting('ghcr.io/acme') },
    { name: 'a global ARG default from an allowed registry', code: 'ARG BASE=ghcr.io/acme/base:1\nFROM ${BASE}\n', options: trusting('ghcr.io') }
  ],
  invalid: [
    ...hadolint.invalid,
    {
      name: 'the message names the image, its registry and the list',
      code: 'FROM quay.io/foo/bar:1\n',
      options: trusting('docker.io', 'ghcr.io/acme'),
      lines: [1],
      messages: ['The base image `quay.io/foo/bar:1` comes from quay.io, which is not in trusted-registries (docker.io, ghcr.io/acme): use a copy of it in a trusted registry, or have the team add quay.io to trusted-registries.']
    },
    {
      name: 'a path entry does not allow the rest of the registry',
      code: 'FROM ghcr.io/evil/app:1\nFROM ghcr.io/acme-evil/app:1\n',
      options: trusting('docker.io', 'ghcr.io/acme'),
      lines: [1, 2],
      messages: ['comes from ghcr.io, where trusted-registries (docker.io, ghcr.io/acme) allows only ghcr.io/acme: use an image from an allowed path, or a copy of this one there.']
    },
    {
      name: 'docker.io/library does not allow other Docker Hub namespaces',
      code: 'FROM bitnami/kubectl:1.31\n',
      options: trusting('docker.io/library'),
      lines: [1],
      messages: ['`bitnami/kubectl:1.31` comes from docker.io, where']
    },
    { name: 'a look-alike host is not the allowed one', code: 'FROM gcr.io/acme/app:1\nFROM ghcr.io.evil.com/acme/app:1\n', options: trusting('ghcr.io'), lines: [1, 2] },
    { name: 'a suffix pattern needs the suffix', code: 'FROM example.com/app:1\n', options: trusting('*.example.com'), lines: [1] },
    { name: 'a registry from a global ARG default', code: 'ARG REGISTRY=quay.io\nFROM ${REGISTRY}/app:1\n', options: trusting('docker.io'), lines: [2], messages: ['`${REGISTRY}/app:1` (`quay.io/app:1`) comes from quay.io'] },
    {
      name: 'images in COPY --from and RUN --mount, each flagged',
      code: 'FROM ghcr.io/acme/base:1\nCOPY --from=quay.io/tools/lint:2 /lint /usr/local/bin/\nRUN --mount=type=bind,from=bitnami/kubectl:1.31,target=/k ls /k\n',
      options: trusting('ghcr.io/acme'),
      lines: [2, 3],
      messages: ['The image `quay.io/tools/lint:2` (in `COPY --from`) comes from quay.io', '(in `RUN --mount`) comes from docker.io']
    }
  ]
})
