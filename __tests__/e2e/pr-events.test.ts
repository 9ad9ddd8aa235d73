// The events besides `pull_request`, and the SARIF upload for each: `pull_request_target` (the
// workspace is the base branch; the pull request's Dockerfiles are read through the API at its
// head), `push` (the compare API; results filed under the branch), and a schedule.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CODE_SCANNING_DISABLED, type GitHubServer } from './server/index.js'
import { assertNode24, removeRuns, runAction } from './runner.js'
import { pushEvent } from '../fixtures/github/events.js'
import { callsOf, CLEAN, patch, PR_BASE, PR_HEAD, RISKY, runOnPull, sarifProblems, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILE = 'app/Dockerfile'
const MERGE = 'c0ffee0000000000000000000000000000000000' // GITHUB_SHA in the runner: the PR's merge commit

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
})
afterEach(() => github.stop())
afterAll(removeRuns)

const uploaded = (index = 0) => {
  const upload = github.state.sarifs[index]
  return { ref: upload.ref, commit_sha: upload.commit_sha, results: upload.sarif.runs[0].results.length, tool: upload.body.tool_name }
}

describe('pull_request_target', () => {
  it("lints the pull request's version of each changed Dockerfile, read through the API at the head commit, never the workspace's", async () => {
    seedPull(github, [
      { filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) },
      { filename: 'gone-at-head/Dockerfile', status: 'added', patch: patch(CLEAN, 'all') }
    ])
    github.state.addContent(FILE, RISKY, PR_HEAD)
    // The workspace holds the base branch: the clean version, and a file the PR does not touch.
    const run = await runOnPull(github, { files: { [FILE]: CLEAN, 'base/Dockerfile': CLEAN }, pull: { target: true }, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })

    expect(run.stdout).toContain(`pull_request_target: the workspace holds the base branch, so the Dockerfiles the pull request changed are read at its head commit ${PR_HEAD.slice(0, 7)} through the API, as data: nothing from the pull request is checked out or run.`)
    expect(github.calls('repos/get-content').map((r) => [decodeURIComponent(r.path), r.query.ref, r.headers.accept])).toEqual([
      [`/repos/acme/shop/contents/${FILE}`, PR_HEAD, 'application/vnd.github.v3.raw'],
      ['/repos/acme/shop/contents/gone-at-head/Dockerfile', PR_HEAD, 'application/vnd.github.v3.raw']
    ])
    expect(run.stdout).toContain(`::warning::gone-at-head/Dockerfile was not linted: not found at ${PR_HEAD.slice(0, 7)}`)
    expect(run.outputs).toMatchObject({ files: '1', findings: '4', errors: '3' })
    expect(github.state.pull(7).reviewComments.map((c) => c.line)).toEqual([4, 6])
    expect(uploaded()).toEqual({ ref: 'refs/pull/7/head', commit_sha: PR_HEAD, results: 9, tool: 'dockerfile-guard' })
    expect(github.violations).toEqual([])
  })
})

describe('the SARIF upload on a pull request', () => {
  beforeEach(() => seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) }]))

  it('sends the SARIF file, gzipped and base64-encoded, for the head commit', async () => {
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { 'upload-sarif': 'true' } })
    expect(uploaded()).toEqual({ ref: 'refs/pull/7/head', commit_sha: PR_HEAD, results: 9, tool: 'dockerfile-guard' })
    expect(github.state.sarifs[0].sarif).toEqual(JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8')))
    expect(sarifProblems(github.state.sarifs[0].sarif)).toEqual([])
    expect(run.stdout).toMatch(/^SARIF uploaded to code scanning for refs\/pull\/7\/head at ec26c3e \(upload [\w-]+\)\.$/m)
    expect(github.violations).toEqual([])
  })

  it('files the results under the merge ref when the workspace is the merge commit actions/checkout leaves', async () => {
    await runOnPull(github, { files: { [FILE]: RISKY, '.git/HEAD': `${MERGE}\n` }, inputs: { 'upload-sarif': 'true' } })
    expect(uploaded()).toMatchObject({ ref: 'refs/pull/7/merge', commit_sha: MERGE })
  })

  it('warns, and still passes, when code scanning is not enabled for the repository', async () => {
    github.state.codeScanningDisabled = CODE_SCANNING_DISABLED.advancedSecurity
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })
    expect(run.stdout).toContain(`::warning::The SARIF file was not uploaded: code scanning is not enabled for this repository (GitHub answered "${CODE_SCANNING_DISABLED.advancedSecurity}").`)
    expect(run.code).toBe(0)
    expect(github.state.pull(7).reviews).toHaveLength(1)
  })
})

describe('push', () => {
  const before = PR_BASE
  const after = PR_HEAD
  const workspace = { [FILE]: RISKY, 'other/Dockerfile': 'FROM alpine:3.20\nUSER root\n' }

  it('with scope changed, lints what the push changed, counts what it added, and files the results under the branch', async () => {
    github.state.addComparison(before, after, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [6]) }, { filename: 'README.md', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' }])
    const run = await runAction({ ...pushEvent({ before, after }), files: workspace, apiUrl: github.url, inputs: { scope: 'changed', 'upload-sarif': 'true' } })

    expect(callsOf(github)).toEqual(['GET repos/compare-commits-with-basehead', 'POST code-scanning/upload-sarif'])
    expect(run.outputs).toMatchObject({ files: '1', findings: '1', errors: '1', 'summary-url': '' })
    expect(run.stdout).toContain('::error title=The image should not run as root,file=app/Dockerfile,line=6')
    expect(uploaded()).toEqual({ ref: 'refs/heads/main', commit_sha: after, results: 9, tool: 'dockerfile-guard' })
    expect(run.code).toBe(1)
    expect(github.violations).toEqual([])
  })

  it('with scope auto, lints every Dockerfile without listing changes, and everything counts', async () => {
    const run = await runAction({ ...pushEvent({ before, after, ref: 'refs/heads/release' }), files: workspace, apiUrl: github.url, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })
    expect(callsOf(github)).toEqual(['POST code-scanning/upload-sarif'])
    expect(run.outputs).toMatchObject({ files: '2', findings: '10' })
    expect(uploaded()).toMatchObject({ ref: 'refs/heads/release', commit_sha: after, results: 10 })
  })
})

describe('a schedule', () => {
  it('uploads under GITHUB_REF at GITHUB_SHA, and says why it cannot when there is no ref', async () => {
    const files = { [FILE]: RISKY }
    await runAction({ event: 'schedule', files, apiUrl: github.url, env: { GITHUB_REF: 'refs/heads/main' }, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })
    expect(uploaded()).toMatchObject({ ref: 'refs/heads/main', commit_sha: MERGE })

    const detached = await runAction({ event: 'workflow_dispatch', files, apiUrl: github.url, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })
    expect(detached.stdout).toContain('::warning::The SARIF file was not uploaded: the workflow_dispatch event names no branch, tag or pull request (GITHUB_REF is not set) for code scanning to file it under.')
    expect(github.state.sarifs).toHaveLength(1)
  })
})
