// The body of one inline review comment: for each finding on the line, its severity, the rule's
// title and doc link, the concrete message and why it matters; then the one-click fix; then a
// hidden marker per finding so the next run knows what is already said. Messages quote the
// Dockerfile, so they are escaped; rule titles and rationales are ours.
import type { Finding } from '../lint.js'
import { plural } from '../report/counts.js'
import { escapeMarkdown, escapeMessage, safeUrl } from '../report/escape.js'
import { MAX_COMMENT_LENGTH } from '../report/markdown.js'
import type { Rule, Severity } from '../rules/types.js'
import { isShellcheckCode, shellcheckAbout, shellcheckTitle, shellcheckUrl } from '../shellcheck/codes.js'
import { ruleDocUrl } from '../version.js'
import { findingMarker } from './markers.js'
import { suggestionBlock } from './suggestion.js'

export interface KeyedFinding {
  finding: Finding
  /** The finding's key (markers.ts `findingKeys`). */
  key: string
}

const BADGE: Record<Severity, string> = { error: '🔴 Error', warning: '🟡 Warning', note: '🔵 Note' }
// A message is a sentence or two; a longer one quotes too much of the Dockerfile to help.
const MESSAGE_LENGTH = 1000
const COMPACT_MESSAGE_LENGTH = 200

interface Style {
  suggestion: boolean
  rationale: boolean
  messageLength: number
}

// Fuller first; each next style is for a body GitHub would refuse as too long.
const STYLES: readonly Style[] = [
  { suggestion: true, rationale: true, messageLength: MESSAGE_LENGTH },
  { suggestion: false, rationale: true, messageLength: MESSAGE_LENGTH },
  { suggestion: false, rationale: false, messageLength: COMPACT_MESSAGE_LENGTH }
]

/** `suggestion`: the replacement of the commented lines (suggestion.ts), when there is a fix. */
export function commentBody(
  group: readonly KeyedFinding[],
  rules: ReadonlyMap<string, Rule>,
  suggestion?: readonly string[],
  maxLength = MAX_COMMENT_LENGTH
): string {
  const markers = group.map(({ key }) => findingMarker(key)).join('\n')
  for (const style of STYLES) {
    // One rule flagging a line twice explains itself once.
    const explained = new Set<string>()
    const sections = group.map(({ finding }) => {
      const text = section(finding, rules.get(finding.ruleId), { ...style, rationale: style.rationale && !explained.has(finding.ruleId) })
      explained.add(finding.ruleId)
      return text
    })
    if (style.suggestion && suggestion) sections.push(suggestionBlock(suggestion))
    const body = `${sections.join('\n\n')}\n\n${markers}`
    if (body.length <= maxLength) return body
  }
  // Only a line with very many findings gets here: as many as fit, and the summary has the rest.
  const compact = STYLES[STYLES.length - 1]
  const shown: string[] = []
  let length = markers.length + 200
  for (const { finding } of group) {
    const text = section(finding, rules.get(finding.ruleId), compact)
    if (length + text.length + 2 > maxLength) break
    shown.push(text)
    length += text.length + 2
  }
  const more = `_${plural(group.length - shown.length, 'more finding')} on this line: see the summary comment._`
  return `${[...shown, more].join('\n\n')}\n\n${markers}`
}

function section(finding: Finding, rule: Rule | undefined, style: Style): string {
  const id = finding.ruleId
  // ShellCheck's codes are not our rules: its wiki explains them.
  const shellcheck = !rule && isShellcheckCode(id)
  const title = rule
    ? `**${BADGE[finding.severity]}: ${rule.title}** · [${rule.id}](${ruleDocUrl(rule.id)})`
    : shellcheck
      ? `**${BADGE[finding.severity]}: ${shellcheckTitle(id)}** · [${id}](${shellcheckUrl(id)})`
      : `**${BADGE[finding.severity]}: ${escapeMarkdown(id)}**`
  const parts = [title, escapeMessage(clip(finding.message, style.messageLength))]
  if (rule && style.rationale) parts.push(`**Why it matters:** ${rule.rationale}`)
  if (shellcheck && style.rationale) parts.push(shellcheckAbout(id))
  return parts.join('\n\n')
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

/** The body of the review that carries the inline comments (GitHub requires one). */
export function reviewBody(comments: number, summaryUrl?: string): string {
  const url = summaryUrl && safeUrl(summaryUrl)
  const where = url ? `[the summary comment](${url})` : 'the summary comment'
  return `dockerfile-guard commented on ${plural(comments, 'changed line')} of the Dockerfiles in this pull request. See ${where} for the whole picture.`
}
