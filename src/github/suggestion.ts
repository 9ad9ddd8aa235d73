// GitHub's ```suggestion blocks: the new text of *every* line a comment covers, which the author
// applies with one click. A block shorter than the range silently deletes lines, so the replacement
// is always computed from the file's text over exactly the commented lines.
import { lineStarts, stripBom } from '../dockerfile/positions.js'
import { applyFixes, type Fix } from '../fix.js'

/**
 * The lines that replace `first`..`last` once the fixes inside them are applied (fixes reaching
 * outside are left out; of overlapping fixes the one that starts first wins). Undefined when nothing changes, or
 * when the change cannot be written as replacement lines (it joins the last line with the next).
 * An empty array deletes the lines.
 */
export function suggestedLines(source: string, first: number, last: number, fixes: readonly Fix[]): string[] | undefined {
  const text = stripBom(source)
  // Replacing line 1 would drop the byte-order mark that the linter's columns leave out.
  if (first === 1 && text !== source) return undefined
  const starts = lineStarts(text)
  // A final newline ends the last line; it does not start another one a comment could sit on.
  const lines = text.endsWith('\n') ? starts.length - 1 : starts.length
  if (first < 1 || last > lines || first > last) return undefined
  const from = starts[first - 1]
  // The range includes the newline that ends its last line, so a fix may delete whole lines.
  const to = last < starts.length ? starts[last] : text.length
  const offset = (line: number, column: number) => (line <= starts.length ? starts[line - 1] + column - 1 : Infinity)
  const inside = fixes.filter((fix) => {
    const [start, end] = [offset(fix.line, fix.column), offset(fix.endLine, fix.endColumn)]
    return from <= start && start <= end && end <= to
  })
  const fixed = applyFixes(text, inside)
  const original = text.slice(from, to)
  const result = fixed.slice(from, to + fixed.length - text.length)
  if (result === original) return undefined
  if (result === '') return []
  if (original.endsWith('\n') !== result.endsWith('\n')) return undefined
  // Comment bodies end lines with \n; a CRLF file's \r is not part of what the author reads.
  return result.replace(/\n$/, '').split('\n').map((line) => line.replace(/\r$/, ''))
}

/** A suggestion block, fenced longer than any backtick run inside so that no line can close it. */
export function suggestionBlock(lines: readonly string[]): string {
  const longestRun = Math.max(0, ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return lines.length === 0 ? `${fence}suggestion\n${fence}` : `${fence}suggestion\n${lines.join('\n')}\n${fence}`
}
