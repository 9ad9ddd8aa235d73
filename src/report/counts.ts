// Finding counts shared by the reports, the CLI's exit code and the action's `fail-on`.
import type { Finding } from '../lint.js'
import type { Severity } from '../rules/types.js'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']

export type Counts = Record<Severity, number>

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, note: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

/** The severities at or above a `fail-on` level (`never`: none), most severe first. */
export function atOrAbove(level: Severity | 'never'): readonly Severity[] {
  return level === 'never' ? [] : SEVERITIES.slice(0, SEVERITIES.indexOf(level) + 1)
}

/** `1 problem`, `3 problems`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The findings of each file, files in the order they first appear. */
export function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
  return groupFindings(findings, 'path')
}

/** The findings of each value of `key` (a file, a rule), values in the order they first appear. */
export function groupFindings(findings: readonly Finding[], key: 'path' | 'ruleId'): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const group = groups.get(finding[key])
    if (group) group.push(finding)
    else groups.set(finding[key], [finding])
  }
  return groups
}
