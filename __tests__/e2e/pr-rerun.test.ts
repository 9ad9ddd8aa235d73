// The same pull request over several runs: a re-run of the same commit, then new pushes that fix
// some findings and add others. No duplicate comment, one summary edited in place, comments whose
// finding is gone deleted (or hidden as outdated when someone replied), and a clean verdict at
// the end replacing the earlier warning.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { GitHubServer } from './server/index.js'
import { user } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { callsOf, patch, PR_HEAD, RISKY, runOnPull, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILE = 'app/Dockerfile'
const lines = RISKY.split('\n')
// Second push: the `curl -k | sh` line becomes a checked download, and a new `ADD` of local files appears.
const SECOND = [...lines.slice(0, 3), 'COPY install.sh /tmp/install.sh', 'ADD ./more /more', ...lines.slice(4)].join('\n')
// Third push: the image no longer runs as root.
const THIRD = SECOND.replace('USER root', 'USER 10001')
const SECOND_HEAD = '2'.repeat(40)
const THIRD_HEAD = '3'.repeat(40)

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
  seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) }])
})
afterEach(() => github.stop())
afterAll(removeRuns)

const pull = () => github.state.pull(7)
const push = (head: string, text: string, added: number[]) => github.state.push(7, head, [{ filename: FILE, status: 'modified', patch: patch(text, added) }])
const runAt = (head: string, text: string) => runOnPull(github, { files: { [FILE]: text }, pull: { head } })

describe('re-running the same commit', () => {
  it('reads, and changes nothing: no review, no comment, not even an edit', async () => {
    await runAt(PR_HEAD, RISKY)
    const summary = { ...pull().issueComments[0] }
    const before = github.requests.length

    const again = await runAt(PR_HEAD, RISKY)
    expect(callsOf(github, before)).toEqual(['GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments'])
    expect(pull().issueComments).toEqual([summary])
    expect(pull().reviews).toHaveLength(1)
    expect(pull().reviewComments).toHaveLength(2)
    expect(again.stdout).toContain(`Summary comment unchanged: ${summary.html_url}`)
    expect(again.stdout).toContain('Review: nothing new to comment, so no review; 4 findings already commented.')
    expect(again.outputs['summary-url']).toBe(summary.html_url)
    expect(github.violations).toEqual([])
  })
})

describe('new pushes', () => {
  it('comment only what is new, delete what is fixed, edit the one summary, and end on a clean verdict', async () => {
    await runAt(PR_HEAD, RISKY)
    const [curlComment, rootComment] = pull().reviewComments
    const summaryId = pull().issueComments[0].id

    // Push 2: line 4 fixed, line 5 new. The comment on line 4 goes; the USER root one stays (now line 7).
    push(SECOND_HEAD, SECOND, [4, 5, 7])
    const before = github.requests.length
    const second = await runAt(SECOND_HEAD, SECOND)
    expect(callsOf(github, before)).toEqual([
      'GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments',
      'PATCH issues/update-comment', 'POST pulls/create-review', 'DELETE pulls/delete-review-comment'
    ])
    expect(pull().reviewComments.map((c) => c.id)).not.toContain(curlComment.id)
    expect(pull().reviewComments.filter((c) => c.id !== rootComment.id).map((c) => [c.line, c.commit_id])).toEqual([[5, SECOND_HEAD]])
    expect(pull().reviewComments.find((c) => c.id === rootComment.id)?.body).toBe(rootComment.body)
    expect(pull().issueComments.map((c) => c.id)).toEqual([summaryId])
    expect(pull().issueComments[0].body).toMatch(/found 1 error\n/)
    expect(second.stdout).toContain('Earlier comments whose findings are gone: 1 deleted, 0 hidden as outdated')

    // Someone answers the USER root comment; push 3 fixes it. The thread stays, hidden as outdated.
    pull().reviewComments.push({ ...rootComment, id: github.state.nextId(), node_id: 'PRRC_reply', in_reply_to_id: rootComment.id, body: 'We need root for the healthcheck.', user: user('octocat', 583231) })
    push(THIRD_HEAD, THIRD, [4, 5, 7])
    const third = await runAt(THIRD_HEAD, THIRD)
    expect(github.state.minimized.get(rootComment.node_id)).toBe('OUTDATED')
    const kept = pull().reviewComments.find((c) => c.id === rootComment.id)
    expect(kept?.body).toContain('<!-- dockerfile-guard:resolved no-root-user:')
    expect(kept?.body).not.toContain('<!-- dockerfile-guard:finding')
    expect(third.stdout).toContain('0 deleted, 1 hidden as outdated (someone replied)')
    expect(pull().issueComments.map((c) => c.id)).toEqual([summaryId])
    expect(pull().issueComments[0].body.split('\n')[1]).toBe('### ⚠️ dockerfile-guard found 1 warning')

    // Push 4 removes the last counted finding: the same summary now says all is clean.
    const FOURTH = THIRD.replace('ADD ./more /more', 'COPY ./more /more')
    push('4'.repeat(40), FOURTH, [4, 5, 7])
    const fourth = await runAt('4'.repeat(40), FOURTH)
    expect(pull().issueComments.map((c) => [c.id, c.body.split('\n')[1]])).toEqual([[summaryId, '### ✅ dockerfile-guard found no problems']])
    expect(fourth.code).toBe(0)

    // Nothing was ever posted twice: one summary, and each finding commented once.
    expect(pull().reviews).toHaveLength(2)
    expect(github.violations).toEqual([])
  })
})
