// The sticky summary comment: one issue comment per pull request, found again by its hidden
// marker and edited in place on every run. The Markdown report (verdict, counts, a table per file,
// the hardening advice, how to suppress, the version) plus what only a pull request has: the
// findings the review had no room for, and the pre-existing ones outside the change, collapsed.
import type { Finding } from '../lint.js'
import { plural } from '../report/counts.js'
import { escapeMarkdown, escapeMessage, safeUrl } from '../report/escape.js'
import { MAX_COMMENT_LENGTH, toMarkdown } from '../report/markdown.js'
import type { Rule, Severity } from '../rules/types.js'
import { isShellcheckCode } from '../shellcheck/codes.js'
import { VERSION, ruleDocUrl } from '../version.js'
import { COMMENT_CAP } from './comments.js'
import { SUMMARY_MARKER } from './markers.js'

export interface SummaryInput {
  /** The findings the pull request is answerable for (filter.ts): the verdict and the tables. */
  counted: readonly Finding[]
  /** Findings of the linted files outside the change: listed collapsed, not counted. */
  outside?: readonly Finding[]
  /** Counted findings the review left out because of its cap (comments.ts). */
  overflow?: readonly Finding[]
  /** The cap on inline comments, to say why some findings have none. */
  cap?: number
  rules: readonly Rule[]
  /** How many Dockerfiles were linted. */
  files: number
  version?: string
  /** A link to a line of a file at the linted commit. */
  lineUrl?: (path: string, line: number) => string | undefined
  maxLength?: number
}

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' }
// Each collapsed list gets at most this share of the body; the tables and advice matter more.
const LIST_SHARE = 0.2

export function summaryBody(input: SummaryInput): string {
  const maxLength = (input.maxLength ?? MAX_COMMENT_LENGTH) - SUMMARY_MARKER.length - 1
  const budget = Math.floor(maxLength * LIST_SHARE)
  const overflow = input.overflow ?? []
  const outside = input.outside ?? []
  const sections: string[] = []
  if (overflow.length > 0) {
    const intro = `The review comments on at most ${input.cap ?? COMMENT_CAP} lines, the most severe first; these findings did not fit:`
    sections.push(collapsed(`${plural(overflow.length, 'finding')} without an inline comment`, intro, overflow, input, budget))
  }
  if (outside.length > 0) {
    const intro = 'These were there before this pull request, or are on lines it did not touch:'
    sections.push(collapsed(`${plural(outside.length, 'finding')} outside this pull request's changes (not counted)`, intro, outside, input, budget))
  }
  const report = toMarkdown(input.counted, input.rules, {
    version: input.version ?? VERSION,
    files: input.files,
    lineUrl: input.lineUrl,
    maxLength,
    appendix: sections.join('\n\n')
  })
  return `${SUMMARY_MARKER}\n${report}`
}

/** A `<details>` list of findings, item by item until the budget runs out. */
function collapsed(title: string, intro: string, findings: readonly Finding[], input: SummaryInput, budget: number): string {
  const known = new Set(input.rules.map((rule) => rule.id))
  const items: string[] = []
  let used = title.length + intro.length + 200
  for (const finding of findings) {
    const item = listItem(finding, known, input.lineUrl)
    if (used + item.length + 1 > budget) break
    items.push(item)
    used += item.length + 1
  }
  if (items.length < findings.length) items.push(`- _and ${findings.length - items.length} more: the SARIF file and the job log list every finding._`)
  // The blank lines let GitHub render the Markdown inside the HTML block.
  return `<details><summary>${title}</summary>\n\n${intro}\n\n${items.join('\n')}\n\n</details>`
}

function listItem(finding: Finding, known: ReadonlySet<string>, lineUrl: SummaryInput['lineUrl']): string {
  const place = `${escapeMarkdown(finding.path)} line ${finding.line}`
  const url = lineUrl && safeUrl(lineUrl(finding.path, finding.line) ?? '')
  const rule = known.has(finding.ruleId) || isShellcheckCode(finding.ruleId) ? `[${finding.ruleId}](${ruleDocUrl(finding.ruleId)})` : escapeMarkdown(finding.ruleId)
  return `- ${url ? `[${place}](${url})` : place}: ${ICON[finding.severity]} ${rule}: ${escapeMessage(finding.message)}`
}

/** The fields of a listed issue comment the lookup reads. */
export interface IssueComment {
  id: number
  body?: string
  user?: { login: string } | null
}

/**
 * Our earlier summary comment, to edit in place: the oldest whose body starts with the marker (a
 * comment that merely quotes it is not ours), by `author` when given.
 */
export function findSummaryComment<T extends IssueComment>(comments: readonly T[], author?: string): T | undefined {
  return [...comments]
    .sort((a, b) => a.id - b.id)
    .find((comment) => (comment.body ?? '').trimStart().startsWith(SUMMARY_MARKER) && (author === undefined || comment.user?.login === author))
}
