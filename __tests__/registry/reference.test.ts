import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { isDigest, registryImage, wantsDigest } from '../../src/registry/reference.js'

/** The uses of images in a Dockerfile, with what a registry would be asked about each. */
const asked = (text: string) => parseDockerfile(text).images.map((use) => ({ wanted: wantsDigest(use), image: registryImage(use.image) }))
const only = (reference: string) => asked(`FROM ${reference}\n`)[0].image

describe('registryImage', () => {
  it.each([
    ['node:22', 'docker.io/library/node:22', 'registry-1.docker.io', 'library/node', '22'],
    ['node', 'docker.io/library/node:latest', 'registry-1.docker.io', 'library/node', 'latest'],
    ['library/node:22', 'docker.io/library/node:22', 'registry-1.docker.io', 'library/node', '22'],
    ['docker.io/node:22', 'docker.io/library/node:22', 'registry-1.docker.io', 'library/node', '22'],
    ['index.docker.io/library/node:22', 'docker.io/library/node:22', 'registry-1.docker.io', 'library/node', '22'],
    ['bitnami/redis:7.4', 'docker.io/bitnami/redis:7.4', 'registry-1.docker.io', 'bitnami/redis', '7.4'],
    ['GHCR.io/acme/app:1.2', 'ghcr.io/acme/app:1.2', 'ghcr.io', 'acme/app', '1.2'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', 'mcr.microsoft.com/dotnet/aspnet:8.0', 'mcr.microsoft.com', 'dotnet/aspnet', '8.0'],
    ['quay.io/prometheus/node-exporter:v1.8.2', 'quay.io/prometheus/node-exporter:v1.8.2', 'quay.io', 'prometheus/node-exporter', 'v1.8.2'],
    ['localhost:5000/app', 'localhost:5000/app:latest', 'localhost:5000', 'app', 'latest']
  ])('%s is %s, asked of %s', (reference, key, host, repository, tag) => {
    expect(only(reference)).toEqual({ key, name: reference, host, repository, tag })
  })

  it('names an image built from ARG defaults by its value', () => {
    expect(asked('ARG V=22\nFROM node:${V}\n')[0].image).toMatchObject({ key: 'docker.io/library/node:22', name: 'node:22' })
  })

  it('asks nothing about what is no image, or no image Docker would pull', () => {
    expect(asked('ARG BASE\nFROM ${BASE}\nFROM scratch\nFROM alpine:3.20 AS a\nFROM a\nFROM BASEIMAGE\n').map((use) => use.image?.key)).toEqual([
      undefined,
      undefined,
      'docker.io/library/alpine:3.20',
      undefined,
      undefined
    ])
  })
})

describe('wantsDigest', () => {
  it('is what pin-image-digest flags: images without a digest, not a build context', () => {
    const digest = `sha256:${'a'.repeat(64)}`
    const text = `FROM node:22\nFROM node:22@${digest}\nCOPY --from=docs /a /a\nCOPY --from=nginx:1.27 /b /b\n`
    expect(asked(text).map((use) => use.wanted)).toEqual([true, false, false, true])
  })
})

describe('isDigest', () => {
  it('takes sha256 and sha512 digests in canonical form only', () => {
    expect(isDigest(`sha256:${'0a'.repeat(32)}`)).toBe(true)
    expect(isDigest(`sha512:${'0a'.repeat(64)}`)).toBe(true)
    for (const value of [`sha256:${'0A'.repeat(32)}`, `sha256:${'0a'.repeat(31)}`, 'md5:0123456789abcdef', `sha256:${'0a'.repeat(32)}\nRUN evil`, '']) {
      expect(isDigest(value)).toBe(false)
    }
  })
})
