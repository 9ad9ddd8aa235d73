// Asks registries which digest an image tag points at, through the OCI distribution API, anonymously:
// `HEAD /v2/<repository>/manifests/<tag>` accepting the index types first, so the answer is the
// multi-platform index's digest (a registry that only has one manifest for the tag names that one,
// which is then the tag's digest), read from `Docker-Content-Digest`. A `401` with a `Bearer`
// challenge (Docker Hub, ghcr.io, quay.io, mcr.microsoft.com, gcr.io…) is answered with an anonymous
// pull token from the challenge's realm, once. Bounded: a few lookups at once, one per distinct image,
// a timeout on every request, at most one retry per image; a failure is a reason, never an exception.
import { createHash } from 'node:crypto'
import { isDigest, type RegistryImage } from './reference.js'

/** Index types first: a registry that has one answers with it rather than one platform's manifest. */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
] as const

export interface RegistryOptions {
  /**
   * For tests only: ask this URL (`http://127.0.0.1:PORT`) instead of `https://<registry host>`, for
   * every registry. The adapters take it from `DOCKERFILE_GUARD_TEST_REGISTRY` (see ./digests.ts).
   */
  baseUrl?: string
  /** The longest a request may take, in milliseconds (default 5,000). */
  timeout?: number
  /** The longest `Retry-After` waited for before the one retry, in milliseconds (default 5,000); a longer one gives up. */
  maxRetryDelay?: number
  /** How many images are looked up at once (default 8). */
  concurrency?: number
  /** The `fetch` to use (default Node's global one). */
  fetch?: typeof fetch
}

/** What a run's lookups found: digests by `RegistryImage.key`, and one reason per image that failed, in the order given. */
export interface Lookup {
  digests: Map<string, string>
  failures: { image: RegistryImage; reason: string }[]
}

const TIMEOUT = 5_000
const MAX_RETRY_DELAY = 5_000
/** The wait before the retry when the answer does not say (a 5xx, a network error, a 429 without `Retry-After`). */
const RETRY_DELAY = 1_000
const CONCURRENCY = 8
/** Far above any manifest; the bound on what a GET reads when a registry's HEAD names no digest. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024

/** Looks up every distinct image once (by key), a few at a time. Never rejects. */
export async function resolveDigests(images: Iterable<RegistryImage>, options: RegistryOptions = {}): Promise<Lookup> {
  const distinct: RegistryImage[] = []
  const seen = new Set<string>()
  for (const image of images) {
    if (!seen.has(image.key)) distinct.push(image)
    seen.add(image.key)
  }
  const results = new Array<string | { reason: string }>(distinct.length)
  let next = 0
  const worker = async () => {
    while (next < distinct.length) {
      const i = next++
      results[i] = await resolveDigest(distinct[i], options).catch((e: unknown) => ({ reason: e instanceof Error ? e.message : String(e) }))
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? CONCURRENCY, distinct.length) }, worker))
  const lookup: Lookup = { digests: new Map(), failures: [] }
  distinct.forEach((image, i) => {
    const result = results[i]
    if (typeof result === 'string') lookup.digests.set(image.key, result)
    else lookup.failures.push({ image, reason: result.reason })
  })
  return lookup
}

/** The digest the image's tag points at; rejects with the reason, in words, when there is none to be had. */
export async function resolveDigest(image: RegistryImage, options: RegistryOptions = {}): Promise<string> {
  const base = options.baseUrl?.replace(/\/+$/, '') ?? `https://${image.host}`
  const url = `${base}/v2/${image.repository}/manifests/${encodeURIComponent(image.tag)}`
  const client = new Client(options)
  const headers: Record<string, string> = { accept: MANIFEST_TYPES.join(', ') }
  let response = await client.request(url, 'HEAD', headers)
  if (response.status === 401) {
    const challenge = bearerChallenge(response.headers.get('www-authenticate'))
    if (!challenge) throw new Error('registry answered 401 and offers no anonymous access')
    headers.authorization = `Bearer ${await client.token(challenge, image)}`
    response = await client.request(url, 'HEAD', headers)
  }
  if (!response.ok) throw new Error(`registry answered ${response.status}${response.status === 401 ? ' (a private image, or none by that name)' : ''}`)
  let digest = response.headers.get('docker-content-digest')
  if (digest === null) {
    // The header is a SHOULD: without it, the digest is the hash of the manifest the tag names.
    const manifest = await client.request(url, 'GET', headers)
    if (!manifest.ok) {
      await manifest.body?.cancel()
      throw new Error(`registry answered ${manifest.status}`)
    }
    const content = await client.body(manifest)
    digest = manifest.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(content).digest('hex')}`
  }
  if (!isDigest(digest)) throw new Error('registry answered with no valid digest')
  return digest
}

/** The requests of one image's lookup, which share its one retry. */
class Client {
  private retries = 1
  private readonly fetch: typeof fetch
  private readonly timeout: number
  private readonly maxRetryDelay: number

  constructor(options: RegistryOptions) {
    this.fetch = options.fetch ?? globalThis.fetch
    this.timeout = options.timeout ?? TIMEOUT
    this.maxRetryDelay = options.maxRetryDelay ?? MAX_RETRY_DELAY
  }

  /** The answer, retried once on a 429, a 5xx or a network error: a 429 or 5xx left is returned, a network error or a timeout rejects. */
  async request(url: string, method: 'HEAD' | 'GET', headers: Record<string, string>): Promise<Response> {
    for (;;) {
      let outcome: Response | Error
      try {
        outcome = await this.fetch(url, { method, headers, signal: AbortSignal.timeout(this.timeout) })
        if (outcome.status !== 429 && outcome.status < 500) return outcome
      } catch (e) {
        // Waiting as long again for a server that did not answer in time would double the delay of the run.
        if ((e as Error).name === 'TimeoutError') throw new Error(`${hostOf(url)} did not answer within ${this.timeout / 1000} s`)
        outcome = new Error(`${hostOf(url)} could not be reached (${networkCause(e)})`)
      }
      const delay = outcome instanceof Error ? RETRY_DELAY : retryDelay(outcome.headers.get('retry-after'))
      if (this.retries === 0 || delay > this.maxRetryDelay) {
        if (outcome instanceof Error) throw outcome
        return outcome
      }
      this.retries--
      if (!(outcome instanceof Error)) await outcome.body?.cancel()
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }

  /** An anonymous pull token from the challenge's realm (Docker's token protocol). */
  async token(challenge: Challenge, image: RegistryImage): Promise<string> {
    let url: URL
    try {
      url = new URL(challenge.realm)
    } catch {
      throw new Error('registry answered 401 with a token realm that is no URL')
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('registry answered 401 with a token realm that is no web address')
    if (challenge.service !== undefined) url.searchParams.set('service', challenge.service)
    url.searchParams.set('scope', challenge.scope ?? `repository:${image.repository}:pull`)
    const response = await this.request(url.href, 'GET', { accept: 'application/json' })
    if (!response.ok) {
      await response.body?.cancel()
      throw new Error(`its token service answered ${response.status}`)
    }
    let body: { token?: unknown; access_token?: unknown }
    try {
      body = JSON.parse((await this.body(response)).toString('utf8'))
    } catch {
      throw new Error('its token service answered with no token')
    }
    const token = typeof body?.token === 'string' && body.token ? body.token : body?.access_token
    if (typeof token !== 'string' || !token) throw new Error('its token service answered with no token')
    return token
  }

  /** The body, refused beyond MAX_MANIFEST_BYTES. */
  async body(response: Response): Promise<Buffer> {
    if (Number(response.headers.get('content-length') ?? 0) > MAX_MANIFEST_BYTES) {
      await response.body?.cancel()
      throw new Error('registry answered with a manifest too large to be one')
    }
    const bytes = Buffer.from(await response.arrayBuffer())
    if (bytes.length > MAX_MANIFEST_BYTES) throw new Error('registry answered with a manifest too large to be one')
    return bytes
  }
}

interface Challenge {
  realm: string
  service?: string
  scope?: string
}

/** `Bearer realm="…",service="…",scope="…"` (RFC 6750 §3), or undefined for any other scheme or none. */
export function bearerChallenge(header: string | null): Challenge | undefined {
  const match = header === null ? null : /^\s*Bearer\s+(.*)$/i.exec(header)
  if (!match) return undefined
  const params = new Map<string, string>()
  for (const [, name, quoted, plain] of match[1].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params.set(name.toLowerCase(), quoted?.replace(/\\(.)/g, '$1') ?? plain)
  }
  const realm = params.get('realm')
  return realm ? { realm, service: params.get('service'), scope: params.get('scope') } : undefined
}

/** `Retry-After` (seconds or an HTTP date) in milliseconds; the default wait when there is none. */
function retryDelay(header: string | null): number {
  if (header === null || header.trim() === '') return RETRY_DELAY
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(header)
  return Number.isNaN(date) ? RETRY_DELAY : Math.max(0, date - Date.now())
}

function hostOf(url: string): string {
  return new URL(url).host
}

/** `ENOTFOUND`, `ECONNREFUSED`…: what undici's `fetch failed` was caused by. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause
  if (typeof cause?.code === 'string') return cause.code
  if (typeof cause?.message === 'string') return cause.message
  return error instanceof Error ? error.message : String(error)
}
