// The CLI's human output: findings grouped by file, one aligned line each, and a summary line.
import type { Finding } from '../lint.js'
import type { Severity } from '../rules/types.js'
import { byFile, countBySeverity, plural } from './counts.js'
import { oneLine } from './interchange.js'

export interface TextOptions {
  /** ANSI colours, only when the caller knows the output is a terminal that wants them. */
  color: boolean
  /** How many files were linted; defaults to the number of files with findings. */
  files?: number
}

const STYLE = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const
const SEVERITY_STYLE: Record<Severity, keyof typeof STYLE> = { error: 'red', warning: 'yellow', note: 'cyan' }

export function toText(findings: readonly Finding[], options: TextOptions): string {
  const paint = (style: keyof typeof STYLE, text: string): string => (options.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text)
  const groups = byFile(findings)
  // One block per file, lines in `path:line:col` form that terminals and editors link.
  // Dockerfile text quoted in a message must not drive the terminal (escape sequences, carriage
  // returns that overwrite the line, bidirectional overrides), so `oneLine` shows them as symbols (␛, ␍).
  const blocks = [...groups].map(([path, inFile]) => {
    const rows = inFile.map((f) => ({ finding: f, at: `${oneLine(path)}:${f.line}:${f.column}` }))
    const atWidth = rows.reduce((width, row) => Math.max(width, row.at.length), 0)
    const lines = rows.map(({ finding, at }) => {
      const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7))
      return `${paint('dim', at.padEnd(atWidth))}  ${severity}  ${oneLine(finding.message)}  ${paint('dim', `[${finding.ruleId}]`)}`
    })
    return lines.join('\n')
  })
  return [...blocks, summary(findings, options.files ?? groups.size, paint)].join('\n\n') + '\n'
}

function summary(findings: readonly Finding[], files: number, paint: (style: keyof typeof STYLE, text: string) => string): string {
  if (findings.length === 0) return `No problems in ${plural(files, 'file')}.`
  const counts = countBySeverity(findings)
  const worst = counts.error ? 'red' : counts.warning ? 'yellow' : 'cyan'
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`
  return paint('bold', paint(worst, `${plural(findings.length, 'problem')} (${detail}) in ${plural(files, 'file')}`))
}
