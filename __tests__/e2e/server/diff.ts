// A file's `patch` (as GitHub lists it for a pull request) read the way GitHub places review
// comments: every line of a hunk can be commented on, added and context lines on the RIGHT side
// (numbered in the new file), removed and context lines on the LEFT (numbered in the old file).
// Written independently of src/github so that the server does not share the action's mistakes.

export type Side = 'LEFT' | 'RIGHT'

export interface DiffLine {
  side: Side
  /** Line number in the file on that side. */
  line: number
  /** Which hunk (0-based) the line is in: a multi-line comment must stay in one. */
  hunk: number
  /** The legacy `position`: lines below the file's first `@@` header, counting later headers. */
  position: number
  /** The hunk as GitHub quotes it in `diff_hunk`: its header down to this line. */
  diffHunk: string
}

export function parsePatch(patch: string | undefined): DiffLine[] {
  const result: DiffLine[] = []
  const text = (patch ?? '').split('\n')
  let oldLine = 0
  let newLine = 0
  let hunk = -1
  let hunkStart = 0
  text.forEach((row, index) => {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row)
    if (header) {
      ;[oldLine, newLine, hunk, hunkStart] = [Number(header[1]), Number(header[2]), hunk + 1, index]
      return
    }
    // Before any hunk, "\ No newline at end of file", or the end of a patch that ends in a newline.
    if (hunk < 0 || row.startsWith('\\') || (row === '' && index === text.length - 1)) return
    const at = (side: Side, line: number): DiffLine => ({ side, line, hunk, position: index, diffHunk: text.slice(hunkStart, index + 1).join('\n') })
    if (row.startsWith('+')) result.push(at('RIGHT', newLine++))
    else if (row.startsWith('-')) result.push(at('LEFT', oldLine++))
    else result.push(at('LEFT', oldLine++), at('RIGHT', newLine++))
  })
  return result
}

export function findLine(lines: DiffLine[], side: Side, line: number): DiffLine | undefined {
  return lines.find((l) => l.side === side && l.line === line)
}

/** The number of added and removed lines, as GitHub reports them next to a patch. */
export function countChanges(patch: string | undefined): { additions: number; deletions: number } {
  const rows = (patch ?? '').split('\n').filter((row) => !row.startsWith('@@'))
  return { additions: rows.filter((row) => row.startsWith('+')).length, deletions: rows.filter((row) => row.startsWith('-')).length }
}
