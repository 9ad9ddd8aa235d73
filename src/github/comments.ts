// The plan for one pull-request review: which inline comments to post, which earlier ones still
// stand, which are obsolete, and which findings did not fit. Plain data in and out; the caller
// makes the API calls (one review with every comment, since GitHub takes them all or none).
import type { Fix } from '../fix.js'
import type { Finding } from '../lint.js'
import { byPosition } from '../lint.js'
import { rules as registry } from '../rules/index.js'
import type { Rule, Severity } from '../rules/types.js'
import { commentBody, type KeyedFinding } from './comment-body.js'
import { anchorOf, type Diffs } from './filter.js'
import { findingKeys, markedKeys } from './markers.js'
import { suggestedLines } from './suggestion.js'

/** The fields of a listed review comment (`GET /pulls/{n}/comments`) the plan reads. */
export interface ExistingComment {
  id: number
  node_id?: string
  body?: string
  /** GitHub sets it to null once the commented line is no longer in the diff (outdated). */
  line?: number | null
  in_reply_to_id?: number
  user?: { login: string } | null
}

/** One entry of `comments` in `POST /pulls/{n}/reviews`. */
export interface DraftComment {
  path: string
  line: number
  side: 'RIGHT'
  start_line?: number
  start_side?: 'RIGHT'
  body: string
}

/** An earlier comment of ours to delete, or to minimize when someone replied to it. */
export interface StaleComment {
  id: number
  node_id?: string
  replies: boolean
}

export interface ReviewPlan {
  /** Empty when there is nothing new to say: then no review is posted. */
  comments: DraftComment[]
  /** Keys of findings an earlier comment already covers. */
  present: string[]
  /** Our earlier comments whose findings are all gone, or that are outdated. */
  stale: StaleComment[]
  /** Commentable findings left out by the cap; the summary lists them. */
  overflow: Finding[]
  /** Counted findings on no commentable line (outside the hunks, or a file without a patch). */
  uncommentable: Finding[]
}

export interface PlanOptions {
  /** The most inline comments of ours on the pull request, earlier ones included. */
  cap?: number
  suggestions: boolean
  rules?: readonly Rule[]
  /** The login that posts (`github-actions[bot]`): when given, only its comments are taken for ours. */
  author?: string
}

interface Group {
  path: string
  line: number
  startLine: number
  members: KeyedFinding[]
}

/** Inline comments of ours on one pull request, at most: more is noise, and GitHub throttles content creation. */
export const COMMENT_CAP = 50

const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** `findings`: the counted ones (filter.ts); `sources`: the text of each linted file by path. */
export function planReview(
  findings: readonly Finding[],
  diffs: Diffs,
  sources: ReadonlyMap<string, string>,
  existing: readonly ExistingComment[],
  options: PlanOptions
): ReviewPlan {
  const keys = findingKeys(findings, sources)
  const alive = new Set(keys.values())
  const { kept, stale } = sortExisting(existing, alive, options.author)
  const plan: ReviewPlan = { comments: [], present: [], stale, overflow: [], uncommentable: [] }

  const groups = new Map<string, Group>()
  for (const finding of [...findings].sort(byPosition)) {
    const key = keys.get(finding)!
    if (kept.has(key)) {
      plan.present.push(key)
      continue
    }
    const anchor = anchorOf(finding, diffs.get(finding.path))
    if (!anchor) {
      plan.uncommentable.push(finding)
      continue
    }
    const id = `${finding.path}\n${anchor.line}`
    const group = groups.get(id) ?? { path: finding.path, line: anchor.line, startLine: anchor.line, members: [] }
    group.startLine = Math.min(group.startLine, anchor.startLine ?? anchor.line)
    group.members.push({ finding, key })
    groups.set(id, group)
  }

  // The most severe go first when the cap leaves room for only some.
  const ranked = [...groups.values()].sort((a, b) => worst(a) - worst(b) || byPosition(a.members[0].finding, b.members[0].finding))
  const room = Math.max(0, (options.cap ?? COMMENT_CAP) - new Set(kept.values()).size)
  const byId = new Map((options.rules ?? registry).map((rule) => [rule.id, rule]))
  for (const [index, group] of ranked.entries()) {
    if (index >= room) {
      plan.overflow.push(...group.members.map(({ finding }) => finding))
      continue
    }
    const source = sources.get(group.path)
    const fixes = group.members.flatMap(({ finding }): Fix[] => (finding.fix ? [finding.fix] : []))
    const suggestion = options.suggestions && source !== undefined && fixes.length ? suggestedLines(source, group.startLine, group.line, fixes) : undefined
    plan.comments.push({
      path: group.path,
      line: group.line,
      side: 'RIGHT',
      ...(group.startLine < group.line ? { start_line: group.startLine, start_side: 'RIGHT' as const } : {}),
      body: commentBody(group.members, byId, suggestion)
    })
  }
  plan.comments.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line))
  plan.overflow.sort(byPosition)
  return plan
}

function worst(group: Group): number {
  return Math.min(...group.members.map(({ finding }) => RANK[finding.severity]))
}

/**
 * Our earlier comments: those whose findings are still there stand (`kept`: key → comment id);
 * the others, and the outdated ones, are stale. Replies are never ours to touch.
 */
function sortExisting(existing: readonly ExistingComment[], alive: ReadonlySet<string>, author: string | undefined) {
  const replied = new Set(existing.flatMap((comment) => (comment.in_reply_to_id ? [comment.in_reply_to_id] : [])))
  const kept = new Map<string, number>()
  const stale: StaleComment[] = []
  for (const comment of existing) {
    if (comment.in_reply_to_id || (author !== undefined && comment.user?.login !== author)) continue
    const marked = markedKeys(comment.body ?? '')
    if (marked.length === 0) continue
    if (comment.line !== null && marked.some((key) => alive.has(key))) {
      for (const key of marked) kept.set(key, comment.id)
    } else {
      stale.push({ id: comment.id, ...(comment.node_id ? { node_id: comment.node_id } : {}), replies: replied.has(comment.id) })
    }
  }
  return { kept, stale }
}
