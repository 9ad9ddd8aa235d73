// Tokens that cannot write: a pull request from a fork of a public repository (known from the
// event, so nothing is attempted) and a job without `pull-requests: write` (found out from
// GitHub's 403). Either way the run reports through annotations, the job summary and the SARIF
// file, says once why and what to do, and fails only when `fail-on` says so.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { existsSync } from 'node:fs'
import type { GitHubServer } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { callsOf, count, patch, RISKY, runOnPull, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILE = 'app/Dockerfile'
const NOTICE_TITLE = '::notice title=dockerfile-guard could not write to GitHub::'

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
})
afterEach(() => github.stop())
afterAll(removeRuns)

const notices = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith(NOTICE_TITLE))

describe('a pull request from a fork', () => {
  it('ends green when nothing reaches fail-on, writes nothing, and says why in one notice', async () => {
    // Only line 5 (`ADD ./src /app`, a warning) is the fork's.
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [5]) }])
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, pull: { fork: 'mallory' }, inputs: { 'upload-sarif': 'true' } })

    expect(run.code).toBe(0)
    expect(callsOf(github)).toEqual(['GET pulls/list-files'])
    expect(notices(run.stdout)).toEqual([
      `${NOTICE_TITLE}dockerfile-guard did not comment on the pull request or upload the SARIF file to code scanning: this pull request comes from a fork, and GitHub gives such runs a read-only token. The findings are in the annotations, the job summary and the SARIF file. (The README explains how to comment on pull requests from forks safely.)`
    ])
    expect(count(run.stdout, '::warning title=Use `COPY` instead of `ADD`')).toBe(1)
    expect(run.summary).toContain('### ⚠️ dockerfile-guard found 1 warning')
    expect(run.summary).toContain('> [!NOTE]\n> dockerfile\\-guard did not comment on the pull request')
    expect(existsSync(run.outputs['sarif-file'])).toBe(true)
    expect(run.outputs['summary-url']).toBe('')
    expect(github.violations).toEqual([])
  })

  it('fails only because of fail-on, with the same notice', async () => {
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) }])
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, pull: { fork: 'mallory' } })
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error::'))).toEqual(['::error::Found 3 findings at or above the fail-on level "error" (3 errors); see the job summary.'])
    expect(notices(run.stdout)).toHaveLength(1)
    expect(callsOf(github)).toEqual(['GET pulls/list-files'])
  })
})

describe('a job whose token lacks the write permissions', () => {
  it('stops writing at the first 403, and one notice names the permissions to add', async () => {
    github.readOnly = true
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, [4, 6]) }])
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { 'upload-sarif': 'true', 'fail-on': 'never' } })

    expect(run.code).toBe(0)
    expect(callsOf(github)).toEqual(['GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments', 'POST issues/create-comment', 'POST code-scanning/upload-sarif'])
    expect(github.state.pull(7).issueComments).toEqual([])
    expect(notices(run.stdout)).toEqual([
      `${NOTICE_TITLE}dockerfile-guard could not comment on the pull request or upload the SARIF file to code scanning: GitHub answered "Resource not accessible by integration". Give the job \`pull-requests: write\` and \`security-events: write\` in the workflow's \`permissions:\`. The findings are in the annotations, the job summary and the SARIF file.`
    ])
    expect(run.stdout).not.toMatch(/^::warning::/m)
    expect(count(run.stdout, '::error title=')).toBe(3)
    expect(github.violations).toEqual([])
  })
})
