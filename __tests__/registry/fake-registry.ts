// A container registry on 127.0.0.1 (random port) that speaks what resolve-digests uses of the OCI
// distribution API: `HEAD`/`GET /v2/<name>/manifests/<tag>` and Docker's token protocol (a 401 with a
// Bearer challenge, a token from `/token`). Manifests are content-addressed as in a real registry: a
// digest is the sha256 of the bytes served. Each repository says how it misbehaves.
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json'
export const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json'
const INDEX_TYPES = [INDEX_TYPE, 'application/vnd.docker.distribution.manifest.list.v2+json']

export interface Tag {
  /** The multi-platform index, served only when the request's Accept lists an index type. */
  index?: string
  /** One platform's manifest: served otherwise (what an old client gets for a multi-platform tag). */
  manifest: string
}

export interface Repository {
  tags: Record<string, Tag>
  /**
   * `token` (default): 401 with a Bearer challenge until the request brings a token for this repository;
   * `private`: the same challenge, but an anonymous token is not enough (Docker Hub's answer for a private
   * repository, or one that does not exist); `open`: no authentication; `basic`: 401 with a Basic challenge
   * (credentials only); `bare`: 401 with no challenge.
   */
  auth?: 'token' | 'private' | 'open' | 'basic' | 'bare'
  /** The first `times` manifest requests get this status (429, 503…), with `Retry-After` when given. */
  failing?: { status: number; times: number; retryAfter?: string }
  /** Milliseconds before answering a manifest request. */
  delay?: number
  /** Leave `Docker-Content-Digest` out of the answers, or send this value instead of the digest. */
  digestHeader?: 'none' | string
}

export interface RecordedRequest {
  method: string
  /** Path and query, e.g. `/v2/library/node/manifests/22`. */
  url: string
  accept?: string
  authorization?: string
}

export interface FakeRegistry {
  url: string
  requests: RecordedRequest[]
  /** The most requests it was answering at once. */
  maxInFlight: number
  close(): Promise<void>
}

/** The digest of content, as a registry names it. */
export const digestOf = (content: string): string => `sha256:${createHash('sha256').update(content).digest('hex')}`

/** An index and one platform's manifest for a tag, with different content (so different digests). */
export const multiPlatform = (name: string): Tag => ({
  index: JSON.stringify({ schemaVersion: 2, mediaType: INDEX_TYPE, manifests: [{ platform: { os: 'linux', architecture: 'amd64' }, name }] }),
  manifest: JSON.stringify({ schemaVersion: 2, mediaType: MANIFEST_TYPE, config: { name } })
})

const SERVICE = 'fake-registry'

export async function startRegistry(repositories: Record<string, Repository>): Promise<FakeRegistry> {
  const failures = new Map<string, number>()
  let inFlight = 0
  const registry: FakeRegistry = { url: '', requests: [], maxInFlight: 0, close: () => new Promise((done) => server.close(() => done())) }
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', registry.url)
    registry.requests.push({ method: request.method ?? '', url: `${url.pathname}${url.search}`, accept: request.headers.accept, authorization: request.headers.authorization })
    const reply = (status: number, headers: Record<string, string> = {}, body = '') => {
      response.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers })
      response.end(request.method === 'HEAD' ? undefined : body)
    }

    if (url.pathname === '/token') {
      const scope = url.searchParams.get('scope')
      if (url.searchParams.get('service') !== SERVICE || !scope) return reply(400, {}, '{"errors":[{"code":"UNSUPPORTED"}]}')
      return reply(200, { 'content-type': 'application/json' }, JSON.stringify({ token: `anonymous ${scope}`, expires_in: 300 }))
    }
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname)
    if (!match) return reply(404)
    const [, name, tag] = match
    const repository = repositories[name]
    const auth = repository?.auth ?? 'token'
    const scope = `repository:${name}:pull`
    if (auth === 'basic') return reply(401, { 'www-authenticate': `Basic realm="${SERVICE}"` })
    if (auth === 'bare') return reply(401)
    if ((auth === 'token' && request.headers.authorization !== `Bearer anonymous ${scope}`) || auth === 'private') {
      return reply(401, { 'www-authenticate': `Bearer realm="${registry.url}/token",service="${SERVICE}",scope="${scope}"` })
    }
    const failed = failures.get(name) ?? 0
    if (repository?.failing && failed < repository.failing.times) {
      failures.set(name, failed + 1)
      return reply(repository.failing.status, repository.failing.retryAfter === undefined ? {} : { 'retry-after': repository.failing.retryAfter })
    }
    inFlight++
    registry.maxInFlight = Math.max(registry.maxInFlight, inFlight)
    setTimeout(() => {
      inFlight--
      const found = repository?.tags[decodeURIComponent(tag)]
      if (!found) return reply(404, { 'content-type': 'application/json' }, '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
      const accepted = (request.headers.accept ?? '').split(',').map((type) => type.trim())
      const asIndex = found.index !== undefined && INDEX_TYPES.some((type) => accepted.includes(type))
      const content = asIndex ? found.index! : found.manifest
      const digest = repository.digestHeader ?? digestOf(content)
      reply(200, { 'content-type': asIndex ? INDEX_TYPE : MANIFEST_TYPE, ...(digest !== 'none' && { 'docker-content-digest': digest }) }, content)
    }, repository?.delay ?? 0)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  registry.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return registry
}
