// Findings as workflow annotations. GitHub displays at most 10 annotations of each type per step
// and silently drops the rest, so the most severe findings go first, and when some are cut a last
// notice says so and points to the job summary, which has them all.
import * as core from '@actions/core'
import type { Finding } from '../lint.js'
import { SEVERITIES } from '../report/counts.js'
import type { Rule, Severity } from '../rules/types.js'
import { ruleDocUrl } from '../version.js'

/** Annotations GitHub displays per type and step. */
export const PER_TYPE = 10

export interface Annotation {
  kind: 'error' | 'warning' | 'notice'
  message: string
  properties: core.AnnotationProperties
}

export interface Options {
  /** Slots taken by the step's other annotations: warnings about unreadable files, the failure message. */
  reserved?: Partial<Record<Severity, number>>
}

const KIND: Record<Severity, Annotation['kind']> = { error: 'error', warning: 'warning', note: 'notice' }
const RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** The annotations to emit, in order: what GitHub will display, then the overflow notice if needed. */
export function annotations(findings: readonly Finding[], rules: readonly Rule[], options: Options = {}): Annotation[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const weight = (finding: Finding): number => byId.get(finding.ruleId)?.securitySeverity ?? 0
  // Severity first; within one, the most dangerous security findings; ties keep file order.
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || weight(b) - weight(a))
  const free = (severity: Severity): number => Math.max(0, PER_TYPE - (options.reserved?.[severity] ?? 0))
  const limits: Record<Severity, number> = { error: free('error'), warning: free('warning'), note: free('note') }
  const total = (severity: Severity): number => findings.filter((f) => f.severity === severity).length
  const overflows = SEVERITIES.some((severity) => total(severity) > limits[severity])
  if (overflows && limits.note > 0) limits.note -= 1 // the overflow notice takes one notice slot itself

  const shown: Annotation[] = []
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  for (const finding of ordered) {
    if (used[finding.severity] >= limits[finding.severity]) continue
    used[finding.severity] += 1
    shown.push(toAnnotation(finding, byId.get(finding.ruleId)))
  }
  const hidden = findings.length - shown.length
  if (hidden > 0) {
    shown.push({
      kind: 'notice',
      message: `${hidden} more ${hidden === 1 ? 'finding is' : 'findings are'} not shown as annotations (GitHub displays ${PER_TYPE} of each type per step): see the job summary, and the log for the full list.`,
      properties: { title: 'More dockerfile-guard findings' }
    })
  }
  return shown
}

export function emit(list: readonly Annotation[]): void {
  for (const { kind, message, properties } of list) core[kind](message, properties)
}

function toAnnotation(finding: Finding, rule: Rule | undefined): Annotation {
  const properties: core.AnnotationProperties = {
    title: rule?.title ?? finding.ruleId,
    file: finding.path,
    startLine: finding.line,
    endLine: finding.endLine
  }
  // The toolkit refuses columns on annotations that span several lines.
  if (finding.line === finding.endLine) properties.startColumn = finding.column
  return {
    kind: KIND[finding.severity],
    message: `${finding.message}\nRule ${finding.ruleId}: ${ruleDocUrl(finding.ruleId)}`,
    properties
  }
}
