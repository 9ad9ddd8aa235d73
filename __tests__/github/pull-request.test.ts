// What the event says about the pull request and its token, and where SARIF results are filed.
import { describe, expect, it } from '@jest/globals'
import { pullRequestEvent, pushEvent, PR_HEAD } from '../fixtures/github/events.js'
import { pullRequestOf, type PullRequestEvent } from '../../src/github/pull-request.js'
import { sarifTarget } from '../../src/github/sarif-upload.js'

const repo = { owner: 'acme', repo: 'shop' }
const context = ({ event, payload }: { event: string; payload: Record<string, any> }): PullRequestEvent & { sha: string; ref?: string } => ({
  eventName: event, repo, payload, sha: 'c0ffee0000000000000000000000000000000000', ref: 'refs/pull/7/merge'
})

describe('pullRequestOf', () => {
  it('reads the number and head of a pull request from the same repository, whose token can write', () => {
    expect(pullRequestOf(context(pullRequestEvent()))).toEqual({ repo, number: 7, headSha: PR_HEAD, target: false })
  })

  it("knows a public repository's fork pull request has a read-only token", () => {
    expect(pullRequestOf(context(pullRequestEvent({ fork: 'mallory' })))?.readOnly).toMatch(/comes from a fork/)
  })

  it('tries to write for a fork of a private repository (an admin may allow it) and under pull_request_target', () => {
    const privateFork = pullRequestEvent({ fork: 'mallory' })
    privateFork.payload.pull_request.base.repo.private = true
    expect(pullRequestOf(context(privateFork))?.readOnly).toBeUndefined()
    expect(pullRequestOf(context(pullRequestEvent({ fork: 'mallory', target: true })))).toMatchObject({ target: true })
    expect(pullRequestOf(context(pullRequestEvent({ fork: 'mallory', target: true })))?.readOnly).toBeUndefined()
  })

  it('takes a deleted fork (head.repo null) for a fork', () => {
    const event = pullRequestEvent()
    event.payload.pull_request.head.repo = null
    expect(pullRequestOf(context(event))?.readOnly).toBeDefined()
  })

  it('is undefined on other events', () => {
    expect(pullRequestOf(context(pushEvent()))).toBeUndefined()
  })
})

describe('sarifTarget', () => {
  const pr = pullRequestOf(context(pullRequestEvent()))!
  const event = context(pullRequestEvent())

  it("files a pull request's results under its head, or its merge ref when that is what the workspace holds", () => {
    expect(sarifTarget(event, pr)).toEqual({ ref: 'refs/pull/7/head', commitSha: PR_HEAD })
    expect(sarifTarget(event, pr, PR_HEAD)).toEqual({ ref: 'refs/pull/7/head', commitSha: PR_HEAD })
    expect(sarifTarget(event, pr, event.sha)).toEqual({ ref: 'refs/pull/7/merge', commitSha: event.sha })
    // pull_request_target lints the head through the API, whatever the workspace holds.
    expect(sarifTarget(event, { ...pr, target: true }, event.sha)).toEqual({ ref: 'refs/pull/7/head', commitSha: PR_HEAD })
  })

  it("files a push's under the pushed ref and commit, and refuses what code scanning would", () => {
    const push = context(pushEvent({ after: 'a'.repeat(40), ref: 'refs/tags/v1' }))
    expect(sarifTarget(push)).toEqual({ ref: 'refs/tags/v1', commitSha: 'a'.repeat(40) })
    expect(sarifTarget({ eventName: 'schedule', sha: 'a'.repeat(40), ref: 'refs/heads/main', payload: {} })).toEqual({ ref: 'refs/heads/main', commitSha: 'a'.repeat(40) })
    expect(sarifTarget({ eventName: 'workflow_dispatch', sha: 'a'.repeat(40), payload: {} })).toBeUndefined()
    expect(sarifTarget({ eventName: 'schedule', sha: 'not-a-sha', ref: 'refs/heads/main', payload: {} })).toBeUndefined()
  })
})
