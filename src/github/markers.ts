// Hidden HTML comments that let a later run find what an earlier run posted: the sticky summary,
// and each finding an inline comment is about. Only text we make goes inside a marker, never a
// path or a message, so nothing from the repository can close the HTML comment early.
import { createHash } from 'node:crypto'
import { stripBom } from '../dockerfile/positions.js'
import type { Finding } from '../lint.js'
import { byPosition } from '../lint.js'

export const SUMMARY_MARKER = '<!-- dockerfile-guard:summary -->'

const FINDING_MARKER = /^<!-- dockerfile-guard:finding ([a-z0-9-]+:[0-9a-f]{16}:\d+) -->\r?$/gm

export function findingMarker(key: string): string {
  return `<!-- dockerfile-guard:finding ${key} -->`
}

/** The body with its finding markers turned into ones no run reads as live (a comment kept for its replies). */
export function retireMarkers(body: string): string {
  return body.replace(/^<!-- dockerfile-guard:finding (?=\S+ -->\r?$)/gm, '<!-- dockerfile-guard:resolved ')
}

/** The finding keys of the markers in a comment body. */
export function markedKeys(body: string): string[] {
  return [...body.matchAll(FINDING_MARKER)].map((match) => match[1])
}

/**
 * A key per finding that survives lines moving: the rule, and a hash of the path and of the
 * flagged line's text with whitespace normalized. Identical lines flagged by one rule are told
 * apart by their order (`:1`, `:2`), as GitHub's code-scanning fingerprints do.
 */
export function findingKeys(findings: readonly Finding[], sources: ReadonlyMap<string, string>): Map<Finding, string> {
  const keys = new Map<Finding, string>()
  const seen = new Map<string, number>()
  const lines = new Map<string, string[]>()
  for (const finding of [...findings].sort(byPosition)) {
    let fileLines = lines.get(finding.path)
    if (!fileLines) {
      fileLines = sourceLines(sources.get(finding.path))
      lines.set(finding.path, fileLines)
    }
    // Without the source, the line number stands in: stable only while nothing above it moves.
    const content = finding.line <= fileLines.length ? normalize(fileLines[finding.line - 1]) : `line ${finding.line}`
    const hash = createHash('sha256').update(`${finding.path}\n${content}`).digest('hex').slice(0, 16)
    const base = `${finding.ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}:${hash}`
    const occurrence = (seen.get(base) ?? 0) + 1
    seen.set(base, occurrence)
    keys.set(finding, `${base}:${occurrence}`)
  }
  return keys
}

/** The lines of a file as the linter numbered them (a byte-order mark is not part of line 1). */
function sourceLines(source: string | undefined): string[] {
  if (source === undefined) return []
  return stripBom(source).split('\n')
}

function normalize(line: string): string {
  return line.trim().replace(/\s+/g, ' ')
}
