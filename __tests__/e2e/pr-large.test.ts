// A pull request that adds 150 Dockerfiles, each with a finding: two pages of files, 50 inline
// comments (the cap), the other 100 findings listed in the summary, the same handful of requests
// as for one file, and the action's own time (Node start to exit) printed next to its target.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { GitHubServer } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { callsOf, patch, runOnPull, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILES = 150
const ROOT = 'FROM alpine:3.20\nRUN adduser -D app\nUSER root\n'
const paths = Array.from({ length: FILES }, (_, i) => `services/svc-${String(i).padStart(3, '0')}/Dockerfile`)
const workspace = Object.fromEntries(paths.map((path) => [path, ROOT]))

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
  seedPull(github, paths.map((filename) => ({ filename, status: 'added', patch: patch(ROOT, 'all') })))
})
afterEach(() => github.stop())
afterAll(removeRuns)

describe('a pull request with 150 changed Dockerfiles', () => {
  it('reads two pages of files, comments 50 lines, lists the other 100 findings in the summary, in six requests', async () => {
    const run = await runOnPull(github, { files: workspace })
    const requests = github.requests.length
    console.log(`150-file pull request: ${requests} API requests, ${run.milliseconds} ms of the action's own time (target: under 2000 ms)`)

    expect(callsOf(github)).toEqual([
      'GET pulls/list-files', 'GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments', 'POST issues/create-comment', 'POST pulls/create-review'
    ])
    expect(github.calls('pulls/list-files').map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }])
    expect(run.outputs).toMatchObject({ files: '150', findings: '150', errors: '150' })

    const pull = github.state.pull(7)
    expect(pull.reviewComments).toHaveLength(50)
    expect(new Set(pull.reviewComments.map((c) => c.path)).size).toBe(50)
    const summary = pull.issueComments[0].body as string
    expect(pull.issueComments).toHaveLength(1)
    expect(summary).toContain('<details><summary>100 findings without an inline comment</summary>')
    expect(summary).toContain('The review comments on at most 50 lines, the most severe first')
    expect(summary.length).toBeLessThanOrEqual(65_536)
    // The comment holds what fits in GitHub's limit and says where the rest is; the job summary has room for every file's table.
    expect(summary).toContain('- [services/svc\\-050/Dockerfile line 3]')
    expect(summary).toMatch(/_and \d+ more: the SARIF file and the job log list every finding\._/)
    for (const path of paths) expect(run.summary).toContain(`#### ${path.replace('-', '\\-')}\n`)
    expect(github.violations).toEqual([])
    // The time a runner would see, with room for a loaded test machine; the figure above is the one to read.
    expect(run.milliseconds).toBeLessThan(10_000)
  })

  it('on a re-run, stays at four requests: nothing new to comment, the summary unchanged', async () => {
    await runOnPull(github, { files: workspace })
    const before = github.requests.length
    const again = await runOnPull(github, { files: workspace })
    console.log(`150-file pull request, re-run: ${github.requests.length - before} API requests, ${again.milliseconds} ms`)
    expect(callsOf(github, before)).toEqual(['GET pulls/list-files', 'GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments'])
    expect(github.state.pull(7).reviewComments).toHaveLength(50)
  })
})
