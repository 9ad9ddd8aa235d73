// Finding counts shared by the text and Markdown reports.
import type { Finding } from '../lint.js'
import type { Severity } from '../rules/types.js'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']

export type Counts = Record<Severity, number>

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, note: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
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
