// The bundled action with `resolve-digests`, against a local registry standing in for every registry
// (through DOCKERFILE_GUARD_TEST_REGISTRY, which exists for tests only): the digests reach the SARIF
// results, an image without one costs one warning, and with the input off nothing is asked.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { TEST_REGISTRY_VARIABLE } from '../../src/registry/digests.js'
import { digestOf, multiPlatform, startRegistry, type FakeRegistry } from '../registry/fake-registry.js'
import { assertNode24, removeRuns, runAction } from './runner.js'

jest.setTimeout(60_000)

const NODE = multiPlatform('node:22')
const UNPRIVILEGED = 'RUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
const files = {
  'api/Dockerfile': `FROM node:22\n${UNPRIVILEGED}`,
  'web/Dockerfile': `FROM docker.io/library/node:22\n${UNPRIVILEGED}`,
  'old/Dockerfile': `FROM acme/gone:1\n${UNPRIVILEGED}`
}

let registry: FakeRegistry
beforeAll(async () => {
  assertNode24()
  registry = await startRegistry({ 'library/node': { tags: { '22': NODE } } })
})
afterAll(async () => {
  removeRuns()
  await registry.close()
})

const results = (workspace: string): { ruleId: string; message: { text: string } }[] => JSON.parse(readFileSync(join(workspace, 'dockerfile-guard.sarif'), 'utf8')).runs[0].results

describe('resolve-digests', () => {
  it('puts the digest each tag has now into the findings, one lookup per image, one warning per image without one', async () => {
    registry.requests.length = 0
    const run = await runAction({ event: 'schedule', files, inputs: { 'resolve-digests': 'true' }, env: { [TEST_REGISTRY_VARIABLE]: registry.url } })

    const pins = results(run.workspace).filter((r) => r.ruleId === 'pin-image-digest')
    expect(pins.map((r) => r.message.text).sort()).toEqual([
      'The base image `acme/gone:1` is not pinned by digest: append `@sha256:…` of the image you tested.',
      `The base image \`docker.io/library/node:22\` is not pinned by digest: pin the digest its tag has now, \`docker.io/library/node:22@${digestOf(NODE.index!)}\`.`,
      `The base image \`node:22\` is not pinned by digest: pin the digest its tag has now, \`node:22@${digestOf(NODE.index!)}\`.`
    ])
    expect(registry.requests.filter((r) => r.url === '/v2/library/node/manifests/22')).toHaveLength(2) // the challenge, the answer
    expect(registry.requests.filter((r) => r.url === '/v2/acme/gone/manifests/1')).toHaveLength(2)
    expect(run.stdout.split('\n').filter((line) => line.includes('could not resolve'))).toEqual(['::warning::could not resolve the digest of acme/gone:1: registry answered 404'])
    // Notes do not fail the step.
    expect(run.code).toBe(0)
  })

  it('is off by default: no request, and pin-image-digest stays off', async () => {
    registry.requests.length = 0
    const run = await runAction({ event: 'schedule', files, env: { [TEST_REGISTRY_VARIABLE]: registry.url } })
    expect(registry.requests).toEqual([])
    expect(results(run.workspace).filter((r) => r.ruleId === 'pin-image-digest')).toEqual([])
    expect(run.code).toBe(0)
  })
})
