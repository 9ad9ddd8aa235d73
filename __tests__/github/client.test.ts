// The action's Octokit against the GitHub-like server: what it retries, and how long it waits.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { BAD_GATEWAY, GitHubServer, notAccessible } from '../e2e/server/index.js'

jest.setTimeout(30_000)

let github: GitHubServer
let client: typeof import('../../src/github/client.js')
beforeAll(async () => {
  github = await GitHubServer.start()
  github.state.addPull({ number: 7, head: 'e'.repeat(40), base: 'b'.repeat(40) })
  // @actions/github reads GITHUB_API_URL when it is first imported.
  process.env.GITHUB_API_URL = github.url
  client = await import('../../src/github/client.js')
})
afterAll(() => github.stop())

const repo = { owner: 'acme', repo: 'shop' }

describe('createClient', () => {
  it('retries a 502 after a second, and the next request that fails waits a second again, not four', async () => {
    const octokit = client.createClient('ghs_test')
    github.queue('pulls/get', BAD_GATEWAY)
    await octokit.rest.pulls.get({ ...repo, pull_number: 7 })
    github.queue('pulls/get', BAD_GATEWAY)
    const started = Date.now()
    await octokit.rest.pulls.get({ ...repo, pull_number: 7 })
    const waited = Date.now() - started
    expect(waited).toBeGreaterThanOrEqual(900)
    expect(waited).toBeLessThan(3000)
    expect(github.calls('pulls/get').map((r) => r.status)).toEqual([502, 200, 502, 200])
  })

  it('does not retry a refusal, and tells it apart from other errors', async () => {
    const octokit = client.createClient('ghs_test')
    github.queue('issues/create-comment', notAccessible('https://docs.github.com/rest'))
    const error = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x' }).catch((e: unknown) => e)
    expect(client.isPermissionError(error)).toBe(true)
    expect(client.messageOf(error)).toBe('Resource not accessible by integration')
    expect(github.calls('issues/create-comment')).toHaveLength(1)
    expect(client.isPermissionError(Object.assign(new Error('API rate limit exceeded for installation ID 1.'), { status: 403 }))).toBe(false)
    expect(client.isPermissionError(Object.assign(new Error('Server Error'), { status: 500 }))).toBe(false)
  })
})
