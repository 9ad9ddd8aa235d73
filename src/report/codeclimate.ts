// Code Climate engine output (github.com/codeclimate/platform, spec/analyzers/SPEC.md): a stream
// of issues, each a JSON object terminated by a NUL character, as the `codeclimate` CLI reads
// from an engine and as hadolint's `codeclimate` format writes it (its `gitlab_codeclimate` is a
// JSON array instead, which is what gitlab.ts writes). Each issue carries the rule's help as
// Markdown, its categories from the rule's tags, a 1-based position range and a fingerprint.
import type { Finding } from '../lint.js'
import {
  codeClimateCategories,
  codeClimateSeverity,
  oneLine,
  reportPath,
  rulesById,
  type CodeClimateCategory,
  type CodeClimateSeverity,
  type ReportContext
} from './interchange.js'
import { issueFingerprints } from './issue-fingerprint.js'
import { helpMarkdown } from './rule-text.js'

interface Position {
  line: number
  column: number
}

export interface CodeClimateIssue {
  type: 'issue'
  /** The rule id. */
  check_name: string
  /** The finding's message, on one line (the spec asks for a single line). */
  description: string
  /** Why it matters, how to fix it and an example: only for rules we have metadata for. */
  content?: { body: string }
  categories: CodeClimateCategory[]
  /** Lines and columns 1-based; `end` is the last character, inclusive, as the spec's line ranges are. */
  location: { path: string; positions: { begin: Position; end: Position } }
  severity: CodeClimateSeverity
  fingerprint: string
}

/** The issues, in the order of the findings. */
export function toCodeClimateIssues(findings: readonly Finding[], context: Pick<ReportContext, 'rules' | 'sources'> = {}): CodeClimateIssue[] {
  const rules = rulesById(context.rules)
  const fingerprints = issueFingerprints(findings, context.sources)
  return findings.map((finding) => {
    const rule = rules.get(finding.ruleId)
    return {
      type: 'issue',
      check_name: finding.ruleId,
      description: oneLine(finding.message),
      ...(rule ? { content: { body: helpMarkdown(rule) } } : {}),
      categories: codeClimateCategories(rule),
      location: {
        path: reportPath(finding.path),
        positions: { begin: { line: finding.line, column: finding.column }, end: lastCharacter(finding) }
      },
      severity: codeClimateSeverity(finding.severity, rule),
      fingerprint: fingerprints.get(finding)!
    }
  })
}

/** Where a finding ends, inclusive: ours end just after the last character (SARIF's convention). An empty range is its start. */
function lastCharacter(finding: Finding): Position {
  const first = finding.endLine === finding.line ? finding.column : 1
  return { line: finding.endLine, column: Math.max(first, finding.endColumn - 1) }
}

/** The engine output: every issue as JSON followed by `\0`; nothing at all when there are no findings. */
export function toCodeClimate(findings: readonly Finding[], context: Pick<ReportContext, 'rules' | 'sources'> = {}): string {
  return toCodeClimateIssues(findings, context)
    .map((issue) => `${JSON.stringify(issue)}\0`)
    .join('')
}
