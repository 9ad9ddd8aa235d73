// A pull request that changes a Dockerfile, seen the way its author sees it: one review whose
// inline comments sit on the lines the pull request added, with one-click fixes; one sticky
// summary; annotations; the SARIF file; the outputs. All of it through the committed bundle on
// Node 24 against a GitHub-like API that rejects whatever GitHub's OpenAPI description rejects.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { GitHubServer } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { callsOf, CLEAN, count, patch, PR_HEAD, RISKY, runOnPull, sarifProblems, seedPull, startGitHub, TOKEN } from './pr-harness.js'

jest.setTimeout(60_000)

// The pull request adds lines 4 (`curl -k … | sh`) and 6 (`USER root`) to a Dockerfile that
// already had the others, with their own findings (lines 2, 3 and 5).
const ADDED = [4, 6]
const FILE = 'app/Dockerfile'

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
})
afterEach(() => github.stop())
afterAll(removeRuns)

describe('a pull request that adds risky lines to a Dockerfile', () => {
  it('gets one review on the added lines, with a one-click fix, one summary, annotations, SARIF and outputs, in five valid requests', async () => {
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, ADDED) }])
    const run = await runOnPull(github, { files: { [FILE]: RISKY } })
    const pull = github.state.pull(7)

    expect(github.violations).toEqual([])
    expect(callsOf(github)).toEqual(['GET pulls/list-files', 'GET issues/list-comments', 'GET pulls/list-review-comments', 'POST issues/create-comment', 'POST pulls/create-review'])
    expect(github.requests.every((r) => r.headers.authorization === 'token ***')).toBe(true)
    expect(run.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
    expect(run.stderr).not.toContain(TOKEN)

    // The review: COMMENT on the head commit; its comments only on added lines, several findings on one line in one comment.
    expect(pull.reviews).toHaveLength(1)
    expect(pull.reviews[0]).toMatchObject({ state: 'COMMENTED', commit_id: PR_HEAD, body: expect.stringContaining('commented on 2 changed lines') })
    expect(pull.reviewComments.map((c) => [c.path, c.line, c.side])).toEqual([[FILE, 4, 'RIGHT'], [FILE, 6, 'RIGHT']])
    const [curl, root] = pull.reviewComments.map((c) => c.body as string)
    expect(curl).toMatch(/Error: Do not pipe a downloaded script into a shell/)
    expect(curl).toMatch(/Error: Do not switch off TLS certificate verification/)
    expect(curl).toMatch(/Warning: Set `-o pipefail`/)
    expect(curl).toContain('**Why it matters:**')
    expect(curl).toContain('```suggestion\nRUN curl https://example.com/install.sh | sh\n```')
    expect(root).toMatch(/Error: The image should not run as root/)
    expect(root).not.toContain('```suggestion') // no mechanical fix for that one

    // One sticky summary: counted findings in the table, the older ones collapsed, not counted.
    expect(pull.issueComments).toHaveLength(1)
    const summary = pull.issueComments[0]
    expect(summary.body).toMatch(/^<!-- dockerfile-guard:summary -->\n### ❌ dockerfile-guard found 3 errors\n/)
    expect(summary.body).toContain('🔴 **3** errors · 🟡 **1** warning')
    expect(summary.body).toContain("<details><summary>5 findings outside this pull request's changes (not counted)</summary>")
    expect(run.outputs['summary-url']).toBe(summary.html_url)
    expect(run.summary).toContain(summary.body.replace(/^<!-- dockerfile-guard:summary -->\n/, ''))

    // Annotations for the counted findings only; the step fails on them (fail-on: error).
    expect(count(run.stdout, '::error title=')).toBe(3)
    expect(count(run.stdout, '::warning title=')).toBe(1)
    expect(run.stdout).not.toMatch(/^::\w+ title=[^:]*,line=[235],/m)
    expect(run.stdout).toContain('::error::Found 3 findings at or above the fail-on level "error" (3 errors); see the job summary.')
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ files: '1', findings: '4', errors: '3', warnings: '1', notes: '0' })

    // The SARIF file has every finding of the file, counted or not, and is valid SARIF 2.1.0.
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
    expect(sarifProblems(sarif)).toEqual([])
    expect(sarif.runs[0].results).toHaveLength(9)
  })

  it("follows the repository's .hadolint.yaml: hadolint's checks at hadolint's levels, with its ignored and overridden codes", async () => {
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, ADDED) }])
    const hadolint = 'ignored: [DL4006]\noverride:\n  warning: [DL3002]\n'
    const run = await runOnPull(github, { files: { [FILE]: RISKY, '.hadolint.yaml': hadolint } })
    const comments = github.state.pull(7).reviewComments

    expect(github.violations).toEqual([])
    expect(run.stdout).toContain("Configuration: .hadolint.yaml (hadolint's format, mapped to dockerfile-guard's rules).")
    // The hadolint preset: of line 4 (`curl -k … | sh`) hadolint checks only the pipe (DL4006), which the team
    // ignores; the rules hadolint has no code for stay off, so the team gets what hadolint-action gave it.
    expect(comments.map((c) => c.line)).toEqual([6])
    expect(comments[0].body).toMatch(/Warning: The image should not run as root/)
    expect(run.outputs).toMatchObject({ findings: '1', errors: '0', warnings: '1' })
    expect(run.code).toBe(0)
    // The lines the pull request did not change still get hadolint's findings in SARIF: DL3008 there is a warning.
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['pin-apt-versions', 'prefer-copy', 'no-root-user']))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).not.toContain('no-curl-pipe-shell')
  })

  it('with filter none counts every finding, and comments on each line of the hunk that has one', async () => {
    seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, ADDED) }])
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { filter: 'none', 'fail-on': 'never' } })
    expect(github.violations).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.findings).toBe('9')
    expect(github.state.pull(7).reviewComments.map((c) => c.line)).toEqual([2, 3, 4, 5, 6])
    expect(github.state.pull(7).issueComments[0].body).not.toContain('<details>')
  })
})

describe('a clean pull request', () => {
  it('gets a clean summary and no review, and passes', async () => {
    seedPull(github, [{ filename: FILE, status: 'added', patch: patch(CLEAN, 'all') }])
    const run = await runOnPull(github, { files: { [FILE]: CLEAN } })
    expect(github.violations).toEqual([])
    expect(run.code).toBe(0)
    expect(github.state.pull(7).reviews).toEqual([])
    expect(github.state.pull(7).issueComments.map((c) => c.body.split('\n')[1])).toEqual(['### ✅ dockerfile-guard found no problems'])
    expect(run.stdout).toContain('Review: nothing new to comment, so no review.')
    expect(run.stdout).not.toMatch(/^::(error|warning|notice)/m)
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0' })
  })
})

describe('the comment and suggestions inputs', () => {
  beforeEach(() => seedPull(github, [{ filename: FILE, status: 'modified', patch: patch(RISKY, ADDED) }]))

  it('comment: summary posts the summary and no review, without reading the review comments', async () => {
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { comment: 'summary' } })
    expect(callsOf(github)).toEqual(['GET pulls/list-files', 'GET issues/list-comments', 'POST issues/create-comment'])
    expect(github.state.pull(7).issueComments).toHaveLength(1)
    expect(run.outputs['summary-url']).toMatch(/#issuecomment-\d+$/)
  })

  it('comment: off writes nothing to the pull request, and still annotates and fails', async () => {
    const run = await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { comment: 'off' } })
    expect(callsOf(github)).toEqual(['GET pulls/list-files'])
    expect(run.outputs['summary-url']).toBe('')
    expect(count(run.stdout, '::error title=')).toBe(3)
    expect(run.code).toBe(1)
  })

  it('suggestions: false keeps the explanation and drops the suggestion block', async () => {
    await runOnPull(github, { files: { [FILE]: RISKY }, inputs: { suggestions: 'false' } })
    const bodies = github.state.pull(7).reviewComments.map((c) => c.body as string)
    expect(bodies).toHaveLength(2)
    expect(bodies.join('\n')).not.toContain('```suggestion')
    expect(bodies[0]).toContain('**Why it matters:**')
  })
})
