// GitHub having a bad moment: 502s and a secondary rate limit are waited out and retried, and the
// run ends as if nothing happened; what cannot be retried (a rate limit resetting in an hour, a
// review GitHub refuses) becomes a warning and a fallback, never a failed step.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { GitHubServer } from './server/index.js'
import { BAD_GATEWAY, rateLimitExceeded, secondaryRateLimit, unprocessable } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { callsOf, patch, RISKY, runOnPull, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILE = 'app/Dockerfile'

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
  seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) }])
})
afterEach(() => github.stop())
afterAll(removeRuns)

const run = (inputs: Record<string, string> = {}) => runOnPull(github, { files: { [FILE]: RISKY }, inputs: { 'fail-on': 'never', ...inputs } })

describe('transient faults', () => {
  it('retries 502s and a secondary rate limit, and posts exactly one summary and one review', async () => {
    github.queue('pulls/list-files', BAD_GATEWAY)
    github.queue('issues/create-comment', BAD_GATEWAY)
    github.queue('pulls/create-review', secondaryRateLimit(1))
    const result = await run()

    expect(callsOf(github)).toEqual([
      'GET pulls/list-files', 'GET pulls/list-files',
      'GET issues/list-comments', 'GET pulls/list-review-comments',
      'POST issues/create-comment', 'POST issues/create-comment',
      'POST pulls/create-review', 'POST pulls/create-review'
    ])
    expect(github.requests.map((r) => r.status)).toEqual([502, 200, 200, 200, 502, 201, 403, 200])
    expect(result.stdout).toMatch(/GitHub.s secondary rate limit answered POST \/repos\/{owner}\/{repo}\/pulls\/{pull_number}\/reviews: retrying in 1 s\./)
    expect(github.state.pull(7).issueComments).toHaveLength(1)
    expect(github.state.pull(7).reviews).toHaveLength(1)
    expect(github.state.pull(7).reviewComments).toHaveLength(2)
    expect(result.stdout).not.toMatch(/^::warning::/m)
    expect(result.code).toBe(0)
    expect(github.violations).toEqual([])
  })
})

describe('faults that are not retried', () => {
  it('gives up on a rate limit that resets in an hour, warns, and carries on with the review', async () => {
    github.queue('issues/create-comment', rateLimitExceeded(3600))
    const result = await run()
    expect(result.stdout).toMatch(/^::warning::Could not write the summary comment: API rate limit exceeded for installation ID 1\./m)
    expect(result.stdout).toContain("GitHub's primary rate limit answered POST")
    expect(github.state.pull(7).reviews).toHaveLength(1)
    expect(result.outputs['summary-url']).toBe('')
    expect(result.code).toBe(0)
  })

  it('when GitHub refuses the review, lists its findings in the summary instead, and the step still passes', async () => {
    github.queue('pulls/create-review', unprocessable('https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request', ['Pull request review thread line must be part of the diff']))
    const result = await run()
    expect(result.stdout).toMatch(/^::warning::Could not post the review \(Unprocessable Entity.*\); the summary comment lists its findings instead\.$/m)
    expect(callsOf(github).slice(-3)).toEqual(['POST issues/create-comment', 'POST pulls/create-review', 'PATCH issues/update-comment'])
    const summary = github.state.pull(7).issueComments
    expect(summary).toHaveLength(1)
    expect(summary[0].body).toContain('<details><summary>4 findings without an inline comment</summary>')
    expect(result.code).toBe(0)
  })
})
