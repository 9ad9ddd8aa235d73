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
  const files = new Map<string, Finding[]>()
  for (const finding of findings) {
    const inFile = files.get(finding.path)
    if (inFile) inFile.push(finding)
    else files.set(finding.path, [finding])
  }
  return files
}
