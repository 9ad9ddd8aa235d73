// Which findings a pull request is answerable for (`filter`), and where a review comment about one
// may sit. Counting decides the review, the annotations and `fail-on`; the SARIF file has them all.
import type { Finding } from '../lint.js'
import type { Filter } from '../inputs.js'
import type { FileDiff } from './diff.js'

export type { Filter }

/** The changed files' diffs by path; a linted file that is not in the map did not change. */
export type Diffs = ReadonlyMap<string, FileDiff>

export interface Selection {
  /** The findings the pull request is answerable for under the filter. */
  counted: Finding[]
  /** The others: pre-existing findings outside the change, shown collapsed in the summary. */
  outside: Finding[]
}

/** Where a review comment sits: `line`, or the range `startLine`..`line` inside one hunk. */
export interface Anchor {
  line: number
  /** Only for a multi-line comment (`startLine < line`). */
  startLine?: number
}

export function selectFindings(findings: readonly Finding[], diffs: Diffs, filter: Filter): Selection {
  const selection: Selection = { counted: [], outside: [] }
  for (const finding of findings) {
    const counted = counts(finding, diffs.get(finding.path), filter)
    ;(counted ? selection.counted : selection.outside).push(finding)
  }
  return selection
}

/**
 * `added`: the finding's lines touch a line the change added; `diff`: they touch a hunk (so every
 * finding `added` counts also counts under `diff`); `file`: the file changed; `none`: always.
 * When GitHub sent no patch, where the file changed is unknown, so its findings count at file level
 * rather than vanish.
 */
export function counts(finding: Finding, diff: FileDiff | undefined, filter: Filter): boolean {
  if (filter === 'none') return true
  if (!diff) return false
  if (filter === 'file' || !diff.known) return true
  const [first, last] = linesOf(finding)
  return diff.hunks.some((hunk) => {
    const lines = filter === 'added' ? hunk.added : hunk.lines
    return lines.some((line) => first <= line && line <= last)
  })
}

/**
 * The comment's place: the finding's lines, clamped to the one hunk they overlap (the one with an
 * added line when they overlap several). Undefined when no line of the finding is commentable.
 */
export function anchorOf(finding: Finding, diff: FileDiff | undefined): Anchor | undefined {
  if (!diff) return undefined
  const [first, last] = linesOf(finding)
  const overlapping = diff.hunks.filter((hunk) => hunk.lines[0] <= last && first <= hunk.lines[hunk.lines.length - 1])
  const hunk = overlapping.find((h) => h.added.some((line) => first <= line && line <= last)) ?? overlapping[0]
  if (!hunk) return undefined
  const start = Math.max(first, hunk.lines[0])
  const end = Math.min(last, hunk.lines[hunk.lines.length - 1])
  return start < end ? { line: end, startLine: start } : { line: end }
}

/**
 * The first and last line a finding covers. Its end is exclusive, so a range that ends at the very
 * start of a line (just after a newline) does not cover that line.
 */
function linesOf(finding: Finding): [number, number] {
  const last = finding.endLine > finding.line && finding.endColumn === 1 ? finding.endLine - 1 : finding.endLine
  return [finding.line, Math.max(finding.line, last)]
}
