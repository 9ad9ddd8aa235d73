// GitLab Code Quality (`artifacts:reports:codequality`), as GitLab's "Code Quality report format"
// documents it: a JSON array of issues with `description`, `check_name`, `fingerprint`, `severity`
// and `location.path` + `location.lines.begin`. GitLab shows one issue per fingerprint and tells
// new issues from fixed ones by comparing fingerprints between branches (see issue-fingerprint.ts).
import type { Finding } from '../lint.js'
import { codeClimateSeverity, oneLine, reportPath, rulesById, type CodeClimateSeverity, type ReportContext } from './interchange.js'
import { issueFingerprints } from './issue-fingerprint.js'

export interface GitLabIssue {
  /** The finding's message, on one line. */
  description: string
  /** The rule id. */
  check_name: string
  /** Unique within the report, stable across runs (file, rule and line content, not line number). */
  fingerprint: string
  severity: CodeClimateSeverity
  location: {
    /** Relative to the repository root, `/`-separated, no leading `./`. */
    path: string
    lines: { begin: number; end: number }
  }
}

/** The issues, in the order of the findings. */
export function toGitLabIssues(findings: readonly Finding[], context: Pick<ReportContext, 'rules' | 'sources'> = {}): GitLabIssue[] {
  const rules = rulesById(context.rules)
  const fingerprints = issueFingerprints(findings, context.sources)
  return findings.map((finding) => ({
    description: oneLine(finding.message),
    check_name: finding.ruleId,
    fingerprint: fingerprints.get(finding)!,
    severity: codeClimateSeverity(finding.severity, rules.get(finding.ruleId)),
    location: { path: reportPath(finding.path), lines: { begin: finding.line, end: finding.endLine } }
  }))
}

/** The report as a file: pass `context.sources` (the linted files' text) for fingerprints that survive edits above a finding. */
export function toGitLab(findings: readonly Finding[], context: Pick<ReportContext, 'rules' | 'sources'> = {}): string {
  return `${JSON.stringify(toGitLabIssues(findings, context), null, 2)}\n`
}
