// A GitHub-like API server for end-to-end tests: node:http on 127.0.0.1, an ephemeral port.
// Every request is recorded, checked against GitHub's OpenAPI description (a request GitHub
// would reject is answered as GitHub would and listed in `violations`), and answered from the
// in-memory state a test seeds, unless the test queued a fault for that route.
//
//   const github = await GitHubServer.start({ token: TOKEN })       // GITHUB_API_URL = github.url
//   github.state.addPull({ number: 7, head, base, files: [{ filename: 'Dockerfile', status: 'added', patch }] })
//   github.queue('pulls/create-review', BAD_GATEWAY, secondaryRateLimit())   // then normal service
//   github.readOnly = true                                          // a fork PR's token
//   … run the action …
//   expect(github.violations).toEqual([])
//   github.calls('pulls/create-review'); github.state.pull(7).reviewComments; github.state.sarifs
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Context, Handler } from './context.js'
import { graphql } from './graphql.js'
import { issueHandlers } from './issues.js'
import { loadDescription, matchRoute, validateRequest } from './openapi.js'
import { pullHandlers } from './pulls.js'
import { error, invalidRequest, notAccessible, notFound, type Reply } from './replies.js'
import { repoHandlers } from './repos.js'
import { ACTIONS_BOT, type Json } from './shapes.js'
import { State } from './state.js'

export interface Recorded {
  method: string
  path: string
  query: Record<string, string>
  /** The parsed JSON body, or the raw text when it is not JSON. */
  body: unknown
  /** Request headers, lower-case; `authorization` keeps only its scheme (`token ***`, `Bearer ***`). */
  headers: Record<string, string>
  /** The matched operation as `METHOD /template` and its id; undefined when GitHub has no such route. */
  route?: string
  operationId?: string
  /** Whether the request carried the token the server expects (always true when none was set). */
  authenticated: boolean
  status: number
}

export interface Violation {
  method: string
  path: string
  operationId?: string
  problems: string[]
}

export interface GitHubServerOptions {
  owner?: string
  repo?: string
  defaultBranch?: string
  /** The token requests must carry (`authorization: token …` or `Bearer …`); others get 401. */
  token?: string
  /** The account the token belongs to, i.e. the author of created comments and reviews. */
  actor?: Json
}

const handlers: Record<string, Handler> = { ...pullHandlers, ...issueHandlers, ...repoHandlers }
const GRAPHQL = 'POST /graphql'

export class GitHubServer {
  readonly state: State
  readonly requests: Recorded[] = []
  readonly violations: Violation[] = []
  /** Answer every write with 403 `Resource not accessible by integration`, like a fork PR's token. */
  readOnly = false
  /** `http://127.0.0.1:<port>`: the GITHUB_API_URL / Octokit `baseUrl`. */
  url = ''
  private readonly faults = new Map<string, Reply[]>()
  private readonly http: Server

  private constructor(private readonly options: GitHubServerOptions) {
    this.state = new State({ owner: options.owner ?? 'acme', repo: options.repo ?? 'shop' }, options.defaultBranch)
    this.http = createServer((request, response) => void this.serve(request, response))
  }

  static async start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
    loadDescription()
    const server = new GitHubServer(options)
    await new Promise<void>((done) => server.http.listen(0, '127.0.0.1', done))
    server.url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`
    return server
  }

  async stop(): Promise<void> {
    this.http.closeAllConnections()
    await new Promise<void>((done) => this.http.close(() => done()))
  }

  /**
   * Answers the next requests to `route` with `replies`, in order, before normal service resumes:
   * `queue('pulls/create-review', BAD_GATEWAY, BAD_GATEWAY)`. `route` is an operation id or
   * `METHOD /template` as Octokit writes it, or `POST /graphql`.
   */
  queue(route: string, ...replies: Reply[]): void {
    const known = route === GRAPHQL || loadDescription().routes.some((r) => r.operationId === route || `${r.method} ${r.template}` === route)
    if (!known) throw new Error(`GitHub's description has no route ${route}`)
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...replies])
  }

  /** The requests made so far to one operation (by id or `METHOD /template`), or all of them. */
  calls(route?: string): Recorded[] {
    return route ? this.requests.filter((r) => r.operationId === route || r.route === route) : this.requests
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url)
    const text = await readBody(request)
    const recorded: Recorded = {
      method: request.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body: parse(text) ?? (text || undefined),
      headers: redacted(request), authenticated: this.authenticated(request), status: 0
    }
    this.requests.push(recorded)
    let reply: Reply
    try {
      reply = this.answer(recorded, url, text, request)
    } catch (failure) {
      // A bug in the fake (or a path it cannot decode) must fail the test, not hang the client.
      reply = { ...error(500, 'Server Error'), violation: [`the fake GitHub failed: ${String(failure)}`] }
    }
    recorded.status = reply.status
    if (reply.violation) this.violations.push({ method: recorded.method, path: recorded.path, operationId: recorded.operationId, problems: reply.violation })
    respond(response, reply, this.requests.length)
  }

  private answer(recorded: Recorded, url: URL, text: string, request: IncomingMessage): Reply {
    const violation = (reply: Reply, problems: string[]): Reply => ({ ...reply, violation: problems })
    if (!recorded.authenticated) return error(401, request.headers.authorization ? 'Bad credentials' : 'Requires authentication')
    const body = text ? parse(text) : undefined
    if (text && body === undefined) return violation(error(400, 'Problems parsing JSON'), ['the body is not JSON'])
    if (`${recorded.method} ${recorded.path}` === GRAPHQL) {
      recorded.route = GRAPHQL
      return this.fault(GRAPHQL) ?? graphql(this.state, body as Json, this.readOnly)
    }
    const match = matchRoute(recorded.method, recorded.path)
    if (!match) return violation(notFound(), [`GitHub's REST API has no route ${recorded.method} ${recorded.path}`])
    const { route, params } = match
    Object.assign(recorded, { route: `${route.method} ${route.template}`, operationId: route.operationId })
    const validation = validateRequest(route, params, recorded.query, body)
    if (validation.problems.length) {
      return violation(validation.status === 404 ? notFound(route.docs) : invalidRequest(route.docs, validation.problems), validation.problems)
    }
    const fault = this.fault(route.operationId) ?? this.fault(recorded.route!)
    if (fault) return fault
    if (this.readOnly && recorded.method !== 'GET') return notAccessible(route.docs)
    const handler = handlers[route.operationId]
    if (!handler) return violation(error(501, `The fake GitHub does not implement ${route.operationId}`, route.docs), [`${route.operationId} is valid but not implemented by the fake GitHub`])
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    const context: Context = { state: this.state, params, url, body: (body ?? {}) as Json, headers: request.headers, docs: route.docs, actor: this.options.actor ?? ACTIONS_BOT, now }
    return handler(context)
  }

  private fault(route: string): Reply | undefined {
    return this.faults.get(route)?.shift()
  }

  private authenticated(request: IncomingMessage): boolean {
    const token = this.options.token
    if (!token) return true
    const [scheme, value] = (request.headers.authorization ?? '').split(' ')
    return /^(token|bearer)$/i.test(scheme) && value === token
  }
}

function respond(response: ServerResponse, reply: Reply, count: number): void {
  const raw = typeof reply.body === 'string' && !!reply.headers?.['content-type']
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', 'x-github-request-id': `C0DE:${count}`,
    'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': String(Math.max(1000 - count, 0)), 'x-ratelimit-used': String(count),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600), 'x-ratelimit-resource': 'core', ...reply.headers
  }
  response.writeHead(reply.status, headers)
  response.end(reply.status === 204 || reply.body === undefined ? undefined : raw ? reply.body : JSON.stringify(reply.body))
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => done(Buffer.concat(chunks).toString('utf8')))
    request.on('error', fail)
  })
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined
  } catch {
    return undefined
  }
}

/** The headers without the token: a test can still see how it was sent. */
function redacted(request: IncomingMessage): Record<string, string> {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]))
  if (headers.authorization) headers.authorization = headers.authorization.replace(/^(\S+\s+)?\S+$/, (_, scheme = '') => `${scheme}***`)
  return headers
}

export { State } from './state.js'
export * from './replies.js'
export { CODE_SCANNING_DISABLED } from './repos.js'
export { ACTIONS_BOT, user, type FileSeed } from './shapes.js'
