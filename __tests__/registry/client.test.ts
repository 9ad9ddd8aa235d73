// The registry client against a local registry that speaks the distribution API and Docker's token
// protocol: which digest it finds, how many requests it makes, and what it says when it finds none.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/dockerfile/parse.js'
import { MANIFEST_TYPES, bearerChallenge, resolveDigest, resolveDigests, type RegistryOptions } from '../../src/registry/client.js'
import { registryImage, type RegistryImage } from '../../src/registry/reference.js'
import { digestOf, multiPlatform, startRegistry, type FakeRegistry } from './fake-registry.js'

/** The image a `FROM` line names. */
const image = (reference: string): RegistryImage => registryImage(parseDockerfile(`FROM ${reference}\n`).images[0].image)!

const NODE = multiPlatform('node:22')
const SINGLE = { manifest: JSON.stringify({ schemaVersion: 2, config: { name: 'only-amd64' } }) }

let registry: FakeRegistry
let options: RegistryOptions
beforeAll(async () => {
  registry = await startRegistry({
    'library/node': { tags: { '22': NODE, latest: multiPlatform('node:latest') } },
    'acme/single': { tags: { '1.0': SINGLE }, auth: 'open' },
    'acme/private': { tags: { '1': NODE }, auth: 'basic' },
    'acme/bare': { tags: { '1': NODE }, auth: 'bare' },
    'acme/secret': { tags: { '1': NODE }, auth: 'private' },
    'acme/limited': { tags: { '1': NODE }, failing: { status: 429, times: 1, retryAfter: '1' } },
    'acme/throttled': { tags: { '1': NODE }, failing: { status: 429, times: 1, retryAfter: '3600' } },
    'acme/down': { tags: { '1': NODE }, failing: { status: 503, times: 5 } },
    'acme/flaky': { tags: { '1': NODE }, failing: { status: 502, times: 1, retryAfter: '0' } },
    'acme/slow': { tags: { '1': NODE }, delay: 1_000 },
    'acme/headerless': { tags: { '1': NODE }, digestHeader: 'none' },
    'acme/liar': { tags: { '1': NODE }, digestHeader: 'md5:0123456789abcdef' }
  })
  options = { baseUrl: registry.url, timeout: 300 }
})
afterAll(() => registry.close())

/** The requests made while `action` ran. */
async function requestsOf(action: () => Promise<unknown>): Promise<string[]> {
  const before = registry.requests.length
  await action().catch(() => undefined)
  return registry.requests.slice(before).map((r) => `${r.method} ${r.url}${r.authorization ? ` (${r.authorization})` : ''}`)
}

describe('resolveDigest', () => {
  it('answers the Bearer challenge with an anonymous token from its realm, then gets the digest', async () => {
    let digest = ''
    const requests = await requestsOf(async () => (digest = await resolveDigest(image('node:22'), options)))
    expect(digest).toBe(digestOf(NODE.index!))
    expect(requests).toEqual([
      'HEAD /v2/library/node/manifests/22',
      'GET /token?service=fake-registry&scope=repository%3Alibrary%2Fnode%3Apull',
      'HEAD /v2/library/node/manifests/22 (Bearer anonymous repository:library/node:pull)'
    ])
  })

  it("gets the multi-platform index's digest, never one platform's", async () => {
    const before = registry.requests.length
    expect(await resolveDigest(image('node:22'), options)).not.toBe(digestOf(NODE.manifest))
    const accept = registry.requests[before].accept!.split(', ')
    expect(accept).toEqual([...MANIFEST_TYPES])
  })

  it('takes the one manifest of a single-platform tag: that is its digest', async () => {
    expect(await resolveDigest(image('ghcr.io/acme/single:1.0'), options)).toBe(digestOf(SINGLE.manifest))
  })

  it('asks for `latest` when no tag is written, as Docker pulls it', async () => {
    expect(await resolveDigest(image('node'), options)).toBe(digestOf(multiPlatform('node:latest').index!))
  })

  it.each([
    ['a tag the registry does not have', 'node:0.0.0-none', 'registry answered 404'],
    ['a repository it does not have', 'acme/nothing:1', 'registry answered 404'],
    ['a registry that wants credentials (Basic)', 'acme/private:1', 'registry answered 401 and offers no anonymous access'],
    ['a 401 without any challenge', 'acme/bare:1', 'registry answered 401 and offers no anonymous access'],
    ['a 401 even with an anonymous token', 'acme/secret:1', 'registry answered 401 (a private image, or none by that name)'],
    ['an answer with no digest a registry may use', 'acme/liar:1', 'registry answered with no valid digest']
  ])('says why there is no digest: %s', async (_, reference, reason) => {
    await expect(resolveDigest(image(reference), options)).rejects.toThrow(reason)
  })

  it('waits as long as a 429 says, then retries once', async () => {
    const started = Date.now()
    const requests = await requestsOf(async () => expect(await resolveDigest(image('acme/limited:1'), options)).toBe(digestOf(NODE.index!)))
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(requests).toEqual([
      'HEAD /v2/acme/limited/manifests/1',
      'GET /token?service=fake-registry&scope=repository%3Aacme%2Flimited%3Apull',
      'HEAD /v2/acme/limited/manifests/1 (Bearer anonymous repository:acme/limited:pull)',
      'HEAD /v2/acme/limited/manifests/1 (Bearer anonymous repository:acme/limited:pull)'
    ])
  })

  it('gives up at once on a Retry-After longer than it waits', async () => {
    const started = Date.now()
    const requests = await requestsOf(() => expect(resolveDigest(image('acme/throttled:1'), options)).rejects.toThrow('registry answered 429'))
    expect(Date.now() - started).toBeLessThan(900)
    expect(requests.filter((r) => r.includes('/manifests/'))).toHaveLength(2) // the challenge, then the 429
  })

  it('retries a 5xx once, not more', async () => {
    const requests = await requestsOf(() => expect(resolveDigest(image('acme/down:1'), options)).rejects.toThrow('registry answered 503'))
    expect(requests.filter((r) => r.includes('(Bearer'))).toHaveLength(2)
    expect(await resolveDigest(image('acme/flaky:1'), options)).toBe(digestOf(NODE.index!))
  })

  it('gives up on a server slower than the timeout, without waiting for it again', async () => {
    const started = Date.now()
    const requests = await requestsOf(() => expect(resolveDigest(image('acme/slow:1'), options)).rejects.toThrow(/^127\.0\.0\.1:\d+ did not answer within 0\.3 s$/))
    expect(Date.now() - started).toBeLessThan(900)
    expect(requests.filter((r) => r.includes('(Bearer'))).toHaveLength(1)
  })

  it('says which host could not be reached, after one retry', async () => {
    const gone = await startRegistry({})
    await gone.close()
    const host = new URL(gone.url).host
    await expect(resolveDigest(image('node:22'), { baseUrl: gone.url })).rejects.toThrow(`${host} could not be reached (ECONNREFUSED)`)
  })

  it("hashes the manifest when a registry's HEAD names no digest", async () => {
    const requests = await requestsOf(async () => expect(await resolveDigest(image('acme/headerless:1'), options)).toBe(digestOf(NODE.index!)))
    expect(requests.at(-1)).toMatch(/^GET \/v2\/acme\/headerless\/manifests\/1 /)
  })

  it("asks Docker Hub's API host for library/ images, and any other registry by its name, over https", async () => {
    const urls: string[] = []
    // The real client, with the origin of each request (but not its path) moved to the local registry.
    const through: typeof fetch = (input, init) => {
      urls.push(String(input))
      return fetch(String(input).replace(/^https:\/\/[^/]+/, registry.url), init)
    }
    await resolveDigest(image('node:22'), { fetch: through })
    await resolveDigest(image('ghcr.io/acme/single:1.0'), { fetch: through })
    await resolveDigest(image('localhost:5000/acme/single:1.0'), { fetch: through })
    expect(urls.filter((url) => url.includes('/manifests/'))).toEqual([
      'https://registry-1.docker.io/v2/library/node/manifests/22',
      'https://registry-1.docker.io/v2/library/node/manifests/22',
      'https://ghcr.io/v2/acme/single/manifests/1.0',
      'https://localhost:5000/v2/acme/single/manifests/1.0'
    ])
  })
})

describe('resolveDigests', () => {
  it('looks up each distinct image once, a few at a time, and reports each failure once, in order', async () => {
    const before = registry.requests.length
    const images = ['node:22', 'docker.io/library/node:22', 'acme/nothing:1', 'ghcr.io/acme/single:1.0', 'node:22', 'acme/nothing:1'].map(image)
    const { digests, failures } = await resolveDigests(images, { ...options, concurrency: 2 })
    expect([...digests]).toEqual([
      ['docker.io/library/node:22', digestOf(NODE.index!)],
      ['ghcr.io/acme/single:1.0', digestOf(SINGLE.manifest)]
    ])
    expect(failures.map(({ image, reason }) => [image.name, reason])).toEqual([['acme/nothing:1', 'registry answered 404']])
    const manifests = registry.requests.slice(before).filter((r) => r.url.includes('/manifests/'))
    expect(manifests.map((r) => r.url).sort()).toEqual([
      '/v2/acme/nothing/manifests/1',
      '/v2/acme/nothing/manifests/1',
      '/v2/acme/single/manifests/1.0',
      '/v2/library/node/manifests/22',
      '/v2/library/node/manifests/22'
    ])
  })

  it('keeps at most `concurrency` lookups in flight', async () => {
    const slow = await startRegistry(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`acme/app${i}`, { tags: { '1': NODE }, auth: 'open' as const, delay: 30 }])))
    try {
      const { digests } = await resolveDigests(Array.from({ length: 12 }, (_, i) => image(`acme/app${i}:1`)), { baseUrl: slow.url, concurrency: 3 })
      expect(digests.size).toBe(12)
      expect(slow.maxInFlight).toBe(3)
    } finally {
      await slow.close()
    }
  })
})

describe('bearerChallenge', () => {
  it("reads Docker Hub's challenge, quoted or not, and nothing else", () => {
    expect(bearerChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull"')).toEqual({
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:library/node:pull'
    })
    expect(bearerChallenge('bearer realm=https://ghcr.io/token, service=ghcr.io')).toEqual({ realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: undefined })
    expect(bearerChallenge('Basic realm="x"')).toBeUndefined()
    expect(bearerChallenge('Bearer service="x"')).toBeUndefined()
    expect(bearerChallenge(null)).toBeUndefined()
  })
})
