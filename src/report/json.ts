// `--format json`: a stable, flat shape for scripts. Its keys are a contract: add, never rename.
import type { Finding } from '../lint.js'
import type { Severity } from '../rules/types.js'

export interface JsonReport {
  version: string
  /** How many files were linted. */
  files: number
  findings: {
    file: string
    line: number
    column: number
    endLine: number
    endColumn: number
    ruleId: string
    severity: Severity
    message: string
  }[]
}

export function toJsonReport(findings: readonly Finding[], options: { version: string; files: number }): JsonReport {
  return {
    version: options.version,
    files: options.files,
    findings: findings.map((f) => ({
      file: f.path,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message
    }))
  }
}

/** The report as the CLI prints it. */
export function toJson(findings: readonly Finding[], options: { version: string; files: number }): string {
  return `${JSON.stringify(toJsonReport(findings, options), null, 2)}\n`
}
