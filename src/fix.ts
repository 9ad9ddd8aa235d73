// Mechanical fixes applied to a file's text: the CLI's `--fix`, the review's suggestion blocks and
// the rule tests all apply them here, so a suggestion shows exactly what `--fix` would write.
import { lineStarts, stripBom } from './dockerfile/positions.js'
import type { Finding } from './lint.js'

export type Fix = NonNullable<Finding['fix']>

/**
 * The text with the fixes applied, in order of position. A fix that overlaps one already applied
 * waits for the next lint (two rules may rewrite the same words), and the same fix carried by two
 * findings is applied once. Positions are the linter's: 1-based, after any byte-order mark, which
 * is kept.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  const body = stripBom(text)
  const bom = text.slice(0, text.length - body.length)
  const starts = lineStarts(body)
  const offset = (line: number, column: number) => (line <= starts.length ? starts[line - 1] + column - 1 : body.length)
  const edits = fixes
    .map((fix) => ({ start: offset(fix.line, fix.column), end: offset(fix.endLine, fix.endColumn), text: fix.text }))
    .filter((edit) => edit.start <= edit.end)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  let result = ''
  let cursor = 0
  for (const [i, edit] of edits.entries()) {
    const previous = edits[i - 1]
    if (edit.start < cursor || (previous && previous.start === edit.start && previous.end === edit.end && previous.text === edit.text)) continue
    result += body.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return bom + result + body.slice(cursor)
}
