import { describe, expect, it } from '@jest/globals'
import { reviewBody } from '../../src/github/comment-body.js'
import { planReview, type DraftComment, type ExistingComment, type PlanOptions } from '../../src/github/comments.js'
import { diffOf, parsePatch } from '../../src/github/diff.js'
import { selectFindings, type Filter } from '../../src/github/filter.js'
import { markedKeys } from '../../src/github/markers.js'
import { lint, type Finding } from '../../src/lint.js'
import { ruleDocUrl } from '../../src/version.js'
import { addedWhole, dockerfile, prose, reviewRules } from './review-fixtures.js'

const BOT = 'github-actions[bot]'

/** Lints one Dockerfile of a pull request and plans the review, as the action will. */
function review(text: string, patch: string | undefined, existing: ExistingComment[] = [], options: Partial<PlanOptions> & { filter?: Filter } = {}) {
  const findings = lint({ path: 'Dockerfile', text }, { rules: reviewRules, allRules: true })
  const diffs = new Map([['Dockerfile', diffOf({ patch, changes: 1 })]])
  const { counted } = selectFindings(findings, diffs, options.filter ?? 'added')
  return planReview(counted, diffs, new Map([['Dockerfile', text]]), existing, { suggestions: true, rules: reviewRules, author: BOT, ...options })
}

/** What listing the review comments returns after a review posted these. */
function posted(comments: readonly DraftComment[], firstId = 1): ExistingComment[] {
  return comments.map((comment, i) => ({ id: firstId + i, node_id: `RC_${firstId + i}`, body: comment.body, line: comment.line, user: { login: BOT } }))
}

const first = review(dockerfile, addedWhole(dockerfile))
const at = (line: number) => first.comments.find((comment) => comment.line === line)!

describe('planReview: the inline comments', () => {
  it('puts one comment on each flagged line, several findings on one line together', () => {
    expect(first.comments.map(({ line, start_line }) => [line, start_line])).toEqual([
      [1, undefined],
      [2, undefined],
      [5, 3],
      [6, undefined]
    ])
    expect(first.comments.every((comment) => comment.side === 'RIGHT' && comment.path === 'Dockerfile')).toBe(true)
    expect(markedKeys(at(6).body)).toHaveLength(2)
  })

  it('says severity, title, message, why it matters and where the rule is documented', () => {
    const body = at(6).body
    expect(body).toContain(`**🔴 Error: The image should not run as root** · [no-root-user](${ruleDocUrl('no-root-user')})`)
    expect(body).toContain('The final stage runs as `root`\\: switch to an unprivileged user as the last `USER`\\.')
    expect(body).toContain('**Why it matters:** The last `USER` of the final stage is the user the container runs as.')
    expect(body).toContain('**🔵 Note: Instructions should be written in upper case**')
  })

  it('offers the fixes of the line as one suggestion of the whole line', () => {
    expect(at(6).body).toContain('```suggestion\nUSER root\n```')
    expect(at(1).body).toContain('```suggestion\nFROM alpine:3.20\n```')
  })

  it('covers a multi-line finding with a multi-line comment whose suggestion rewrites every line', () => {
    expect(at(5)).toMatchObject({ start_line: 3, start_side: 'RIGHT', line: 5 })
    expect(at(5).body).toContain('```suggestion\nRUN apk add curl \\\n    && curl -fsSL https://example.com/x \\\n    && make\n```')
  })

  it('fences a suggestion that contains backticks with a longer fence', () => {
    expect(at(2).body).toContain('````suggestion\nLABEL note="```"\n````')
  })

  it('leaves suggestions out when they are turned off', () => {
    const plain = review(dockerfile, addedWhole(dockerfile), [], { suggestions: false })
    expect(plain.comments).toHaveLength(4)
    expect(plain.comments.some((comment) => comment.body.includes('suggestion'))).toBe(false)
  })

  it('keeps Markdown quoted from the Dockerfile inert', () => {
    const body = at(2).body
    const message = body.split('\n\n')[1]
    // Code spans render literally; everything else must be escaped.
    expect(prose(message)).not.toMatch(/@octocat|<img|\]\(javascript|<!--|\n/)
    expect(prose(message)).toContain('is quoted here')
    // HTML blocks start at the start of a line: there, only the markers have one.
    expect(body.split('\n').filter((line) => line.startsWith('<')).length).toBe(1)
    expect(body.trimEnd().split('\n').at(-1)).toMatch(/^<!-- dockerfile-guard:finding quote-label:[0-9a-f]{16}:1 -->$/)
  })
})

describe('planReview: what counts and where it can go', () => {
  // The PR changed only `user root` (line 6); lines 3–5 are context.
  const patch = '@@ -3,4 +3,4 @@\n RUN apk add curl \\\n     && curl https://example.com/x \\\n     && make\n-USER root\n+user root'

  it('comments only on the changed lines under `added`', () => {
    const plan = review(dockerfile, patch)
    expect(plan.comments.map((comment) => comment.line)).toEqual([6])
    expect(plan.uncommentable).toEqual([])
  })

  it('comments on context lines under `diff`, and lists findings outside the hunks under `file`', () => {
    expect(review(dockerfile, patch, [], { filter: 'diff' }).comments.map((comment) => comment.line)).toEqual([5, 6])
    const plan = review(dockerfile, patch, [], { filter: 'file' })
    expect(plan.comments.map((comment) => comment.line)).toEqual([5, 6])
    expect(plan.uncommentable.map((finding) => finding.line)).toEqual([1, 2])
  })

  it('comments on no line of a file whose patch GitHub did not send', () => {
    const plan = review(dockerfile, undefined)
    expect(plan.comments).toEqual([])
    expect(plan.uncommentable).toHaveLength(5)
  })
})

describe('planReview: re-runs', () => {
  it('posts nothing new when every finding is already commented', () => {
    const again = review(dockerfile, addedWhole(dockerfile), posted(first.comments))
    expect(again.comments).toEqual([])
    expect(again.present).toHaveLength(5)
    expect(again.stale).toEqual([])
  })

  it('recognizes earlier comments after the lines moved', () => {
    const moved = `# syntax=docker/dockerfile:1\n\n${dockerfile.replace('make', 'make  ')}`
    const again = review(moved, addedWhole(moved), posted(first.comments))
    expect(again.comments).toEqual([])
    expect(again.stale).toEqual([])
  })

  it('marks comments whose findings are gone as stale, saying which have replies', () => {
    const fixed = dockerfile.replace('user root', 'USER 10001')
    const earlier = [...posted(first.comments), { id: 99, body: 'Done!', in_reply_to_id: 4, user: { login: 'octocat' } }]
    const again = review(fixed, addedWhole(fixed), earlier)
    expect(again.comments).toEqual([])
    expect(again.stale).toEqual([{ id: 4, node_id: 'RC_4', replies: true }])
  })

  it('comments again on a finding whose earlier comment is outdated, and marks that one stale', () => {
    const earlier = posted(first.comments).map((comment) => (comment.id === 1 ? { ...comment, line: null } : comment))
    const again = review(dockerfile, addedWhole(dockerfile), earlier)
    expect(again.comments.map((comment) => comment.line)).toEqual([1])
    expect(again.stale).toEqual([{ id: 1, node_id: 'RC_1', replies: false }])
  })

  it('adds a new finding on a line already commented in a comment of its own', () => {
    const onlyRoot = at(6).body.split('\n').filter((line) => !line.includes('upper-case-keyword')).join('\n')
    const earlier = posted(first.comments).map((comment) => (comment.line === 6 ? { ...comment, body: onlyRoot } : comment))
    const again = review(dockerfile, addedWhole(dockerfile), earlier)
    expect(again.comments).toHaveLength(1)
    expect(again.comments[0].body).toContain('Instructions should be written in upper case')
    expect(again.comments[0].body).not.toContain('no-root-user')
  })

  it('takes only comments by the posting account for its own', () => {
    const byOthers = posted(first.comments).map((comment) => ({ ...comment, user: { login: 'octocat' } }))
    const again = review(dockerfile, addedWhole(dockerfile), byOthers)
    expect(again.comments).toHaveLength(4)
    expect(again.stale).toEqual([])
  })
})

describe('planReview: the cap', () => {
  const lines = Array.from({ length: 120 }, (_, i) => `RUN step ${i}`)
  const source = lines.join('\n') + '\n'
  const findings: Finding[] = lines.map((_, i) => ({
    path: 'Dockerfile',
    ruleId: i % 2 ? 'no-root-user' : 'upper-case-keyword',
    severity: i % 2 ? 'error' : 'note',
    message: `Finding ${i + 1}.`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 4
  }))
  const diffs = new Map([['Dockerfile', parsePatch(addedWhole(source))]])
  const sources = new Map([['Dockerfile', source]])
  const plan = (existing: ExistingComment[] = []) => planReview(findings, diffs, sources, existing, { cap: 50, suggestions: true, rules: reviewRules })

  it('posts at most the cap, the most severe first, and hands back the rest', () => {
    const capped = plan()
    expect(capped.comments).toHaveLength(50)
    expect(capped.comments.every((comment) => comment.body.includes('🔴 Error'))).toBe(true)
    expect(capped.overflow).toHaveLength(70)
    expect(capped.overflow.filter((finding) => finding.severity === 'error')).toHaveLength(10)
  })

  it('counts the comments already on the pull request against the cap', () => {
    const second = plan(posted(plan().comments.slice(0, 10)))
    expect(second.present).toHaveLength(10)
    expect(second.comments).toHaveLength(40)
    expect(second.overflow).toHaveLength(70)
  })
})

describe('reviewBody', () => {
  it('points to the summary comment, and links it only when the address is safe', () => {
    expect(reviewBody(3, 'https://github.com/o/r/pull/1#issuecomment-9')).toBe(
      'dockerfile-guard commented on 3 changed lines of the Dockerfiles in this pull request. See [the summary comment](https://github.com/o/r/pull/1#issuecomment-9) for the whole picture.'
    )
    expect(reviewBody(1, 'javascript:alert(1)')).toContain('on 1 changed line of the Dockerfiles in this pull request. See the summary comment for')
  })
})
