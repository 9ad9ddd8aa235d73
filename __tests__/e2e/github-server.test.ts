// The fake GitHub the end-to-end tests run the action against: it must reject what GitHub rejects
// (and say so in `violations`), answer like GitHub, and fail on demand. Driven by plain fetch and
// by the same Octokit the action uses (@actions/github's getOctokit).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { gzipSync } from 'node:zlib'
import { BAD_GATEWAY, CODE_SCANNING_DISABLED, GitHubServer, secondaryRateLimit } from './server/index.js'
import { loadDescription, responseProblems } from './server/openapi.js'

const TOKEN = 'ghs_serverTestToken0123456789'
const HEAD = 'e'.repeat(40)
const BASE = 'b'.repeat(40)
const PATCH = '@@ -1,3 +1,4 @@\n FROM alpine:3.20\n-RUN apk add curl\n+RUN apk add --no-cache curl\n+USER root\n CMD ["sh"]\n@@ -20,2 +21,2 @@\n EXPOSE 80\n-ENV A=1\n+ENV A=2'

let github: GitHubServer
let octokit: ReturnType<typeof getOctokit>

beforeEach(async () => {
  github = await GitHubServer.start({ token: TOKEN })
  github.state.addPull({ number: 7, head: HEAD, base: BASE, files: [{ filename: 'app/Dockerfile', status: 'modified', patch: PATCH }] })
  octokit = getOctokit(TOKEN, { baseUrl: github.url, log: { debug() {}, info() {}, warn() {}, error() {} } })
})
afterEach(() => github.stop())

const repo = { owner: 'acme', repo: 'shop' }
const call = (path: string, init: RequestInit = {}) =>
  fetch(`${github.url}${path}`, { ...init, headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json', ...init.headers } })
const post = (path: string, body: unknown) => call(path, { method: 'POST', body: JSON.stringify(body) })
interface HttpError { status: number; response: { data: any; headers: Record<string, string> } }
/** The error Octokit throws for a non-2xx answer. */
const failure = (promise: Promise<unknown>): Promise<HttpError> =>
  promise.then(
    () => Promise.reject(new Error('the request succeeded')),
    (error: HttpError) => error
  )

describe("GitHub's OpenAPI description", () => {
  it('is read once per test file, and routes every REST operation', () => {
    const { routes, milliseconds } = loadDescription()
    expect(routes.length).toBeGreaterThan(1000)
    expect(milliseconds).toBeLessThan(5000)
    expect(loadDescription().milliseconds).toBe(milliseconds)
  })

  it('answers a route GitHub does not have with 404 Not Found, recorded as a violation', async () => {
    const response = await call('/repos/acme/shop/pulls/7/lines')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ message: 'Not Found' })
    expect(github.violations).toEqual([{ method: 'GET', path: '/repos/acme/shop/pulls/7/lines', problems: ["GitHub's REST API has no route GET /repos/acme/shop/pulls/7/lines"] }])
  })

  it('answers a body that breaks the schema with 422, naming each problem, and stores nothing', async () => {
    const response = await post('/repos/acme/shop/pulls/7/reviews', { event: 'COMMENT', body: 'x', comments: [{ path: 'app/Dockerfile', line: 'three' }] })
    expect(response.status).toBe(422)
    const { message } = (await response.json()) as { message: string }
    expect(message).toContain('Invalid request.')
    expect(message).toContain(`"body" wasn't supplied.`)
    expect(message).toContain(`For 'properties/comments/items/0/properties/line', "three" must be integer.`)
    expect(github.violations).toHaveLength(1)
    expect(github.violations[0]).toMatchObject({ operationId: 'pulls/create-review' })
    expect(github.state.pull(7).reviews).toEqual([])
  })

  it('answers a path parameter of the wrong type with 404, and unparsable JSON with 400', async () => {
    expect((await call('/repos/acme/shop/pulls/seven/files')).status).toBe(404)
    expect((await call('/repos/acme/shop/issues/7/comments', { method: 'POST', body: '{"body":' })).status).toBe(400)
    expect(github.violations.map((v) => v.problems[0])).toEqual([`For 'pull_number', "seven" must be integer.`, 'the body is not JSON'])
  })

  it('answers 500 and records a violation when it cannot serve a request, rather than hanging', async () => {
    expect((await call('/repos/acme/shop/contents/%E0%A4%A')).status).toBe(500)
    expect(github.violations[0].problems).toEqual(['the fake GitHub failed: URIError: URI malformed'])
  })

  it('records no violation for what Octokit sends, including file paths with slashes', async () => {
    github.state.addContent('docker/app/Dockerfile', 'FROM alpine\n', HEAD)
    const { data } = await octokit.rest.repos.getContent({ ...repo, path: 'docker/app/Dockerfile', ref: HEAD })
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('FROM alpine\n')
    await octokit.rest.pulls.get({ ...repo, pull_number: 7 })
    expect(github.violations).toEqual([])
  })
})

describe('requests and the token', () => {
  it('records every request in order, with the token scheme but never the token', async () => {
    await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hello' })
    await octokit.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100 })
    expect(github.requests.map((r) => [r.method, r.path, r.query, r.status])).toEqual([
      ['POST', '/repos/acme/shop/issues/7/comments', {}, 201],
      ['GET', '/repos/acme/shop/issues/7/comments', { per_page: '100' }, 200]
    ])
    expect(github.requests[0]).toMatchObject({ body: { body: 'hello' }, operationId: 'issues/create-comment', authenticated: true })
    expect(github.requests[0].headers.authorization).toBe('token ***')
    expect(JSON.stringify(github.requests)).not.toContain(TOKEN)
  })

  it('answers a wrong token with 401 Bad credentials', async () => {
    const response = await fetch(`${github.url}/repos/acme/shop/pulls/7`, { headers: { authorization: 'Bearer nope' } })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ message: 'Bad credentials' })
    expect(github.requests[0]).toMatchObject({ authenticated: false, headers: { authorization: 'Bearer ***' } })
  })
})

describe('faults', () => {
  it('serves queued replies first, in order, then the real answer', async () => {
    github.queue('pulls/list-files', BAD_GATEWAY, BAD_GATEWAY)
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await call('/repos/acme/shop/pulls/7/files')).status)
    expect(statuses).toEqual([502, 502, 200])
    expect(github.calls('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(3)
  })

  it("answers with GitHub's secondary rate limit: 403, retry-after and the message Octokit's throttling recognises", async () => {
    github.queue('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', secondaryRateLimit(1))
    const error = await failure(octokit.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'COMMENT', body: 'x' }))
    expect(error.status).toBe(403)
    expect(error.response.headers['retry-after']).toBe('1')
    expect(error.response.data.message).toMatch(/\bsecondary rate\b/i)
    await octokit.rest.pulls.createReview({ ...repo, pull_number: 7, event: 'COMMENT', body: 'x' })
    expect(github.state.pull(7).reviews).toHaveLength(1)
  })

  it('refuses to queue for a route GitHub does not have', () => {
    expect(() => github.queue('pulls/create-reveiw', BAD_GATEWAY)).toThrow("GitHub's description has no route pulls/create-reveiw")
  })

  it('with a read-only token, refuses every write with 403 Resource not accessible by integration, and still reads', async () => {
    github.readOnly = true
    const error = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'summary' }))
    expect([error.status, error.response.data.message]).toEqual([403, 'Resource not accessible by integration'])
    expect(error.response.data.documentation_url).toBe('https://docs.github.com/rest/issues/comments#create-an-issue-comment')
    expect((await octokit.rest.pulls.listFiles({ ...repo, pull_number: 7 })).data).toHaveLength(1)
    expect(github.state.pull(7).issueComments).toEqual([])
    expect(github.violations).toEqual([])
  })
})

describe('code scanning', () => {
  const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'dockerfile-guard' } }, results: [] }] }
  const upload = (data: string) => octokit.rest.codeScanning.uploadSarif({ ...repo, commit_sha: HEAD, ref: 'refs/pull/7/head', sarif: data })

  it('accepts gzip+base64 SARIF with 202 and keeps the decoded log', async () => {
    const { status, data } = await upload(gzipSync(JSON.stringify(sarif)).toString('base64'))
    expect(status).toBe(202)
    expect(github.state.sarifs).toEqual([expect.objectContaining({ id: data.id, ref: 'refs/pull/7/head', commit_sha: HEAD, sarif })])
    expect(responseProblems('code-scanning/upload-sarif', 202, data)).toEqual([])
  })

  it('rejects SARIF that is not gzipped (400, a violation) and a ref outside refs/heads|tags|pull (422)', async () => {
    expect((await failure(upload(Buffer.from(JSON.stringify(sarif)).toString('base64')))).status).toBe(400)
    const error = await failure(octokit.rest.codeScanning.uploadSarif({ ...repo, commit_sha: HEAD, ref: 'main', sarif: 'H4sI' }))
    expect(error.status).toBe(422)
    expect(github.violations.map((v) => v.problems[0])).toEqual(['sarif is base64 but not gzip', expect.stringContaining('must match pattern')])
  })

  it('answers 403 with GitHub\'s message when code scanning is not enabled', async () => {
    github.state.codeScanningDisabled = CODE_SCANNING_DISABLED.advancedSecurity
    const error = await failure(upload(gzipSync('{}').toString('base64')))
    expect([error.status, error.response.data.message]).toEqual([403, 'Advanced Security must be enabled for this repository to use code scanning.'])
  })
})
