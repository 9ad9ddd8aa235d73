// ShellCheck's json1 comments on one script, as our findings: rule id `SC2086`, ShellCheck's message,
// the level the configuration gives the code, and the Dockerfile's own line and column, end included.
// json1 counts columns in characters (a tab is one, as in our columns; an astral character is one,
// where ours count two UTF-16 units); the script's map (./scripts.ts) leads each back to the
// Dockerfile. A fix becomes ours when all its replacements fall in one run of the Dockerfile's text
// (no continuation line, no escape in between). Findings on the lines we add are dropped. Pure.
import { positionOf } from '../dockerfile/positions.js'
import type { Finding, LintOptions } from '../lint.js'
import type { Suppressions } from '../suppressions.js'
import { shellcheckLevelOf, type ShellcheckLevel } from './codes.js'
import type { Piece, ShellScript } from './scripts.js'

/** One replacement of a json1 fix; positions are 1-based, in characters, end exclusive. */
export interface Json1Replacement {
  line: number
  column: number
  endLine: number
  endColumn: number
  replacement: string
}

/** One comment of ShellCheck's `--format=json1` output. */
export interface Json1Comment {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  level: ShellcheckLevel
  code: number
  message: string
  fix?: { replacements: Json1Replacement[] } | null
}

/** The Dockerfile a script came from, as much of it as findings need. */
export interface ScriptOrigin {
  path: string
  /** The model's text (no byte-order mark), which the script's offsets refer to. */
  text: string
  lineStarts: readonly number[]
  suppressions?: Suppressions
}

/** Our findings for ShellCheck's comments on `script`, unsorted. */
export function toFindings(origin: ScriptOrigin, script: ShellScript, comments: readonly Json1Comment[], options: LintOptions): Finding[] {
  const findings: Finding[] = []
  const offsets = new ScriptOffsets(script.text)
  for (const comment of comments) {
    const ruleId = `SC${comment.code}`
    const severity = shellcheckLevelOf(ruleId, comment.level, options)
    if (severity === 'off') continue
    const from = offsets.of(comment.line, comment.column)
    if (script.added.some((text) => from >= text.at && from < text.at + text.length)) continue // on a line of ours
    const start = startIn(script.pieces, from)
    if (start === undefined) continue
    const end = Math.max(start, endIn(script.pieces, offsets.of(comment.endLine, comment.endColumn)) ?? start)
    const at = positionOf(origin.lineStarts, start)
    if (origin.suppressions?.covers(ruleId, at.line)) continue
    const to = positionOf(origin.lineStarts, end)
    const finding: Finding = { path: origin.path, ruleId, severity, message: comment.message, line: at.line, column: at.column, endLine: to.line, endColumn: to.column }
    const fix = comment.fix?.replacements.length ? fixOf(origin, script, offsets, comment.fix.replacements) : undefined
    if (fix) finding.fix = fix
    findings.push(finding)
  }
  return findings
}

/** json1 positions → offsets into the script's text. */
class ScriptOffsets {
  private readonly starts: number[] = [0]
  /** Without surrogate pairs a column is an offset: no walk along the line (a long RUN is one joined line). */
  private readonly astral: boolean

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
    this.astral = /[\uD800-\uDBFF]/.test(text)
  }

  /** The offset of 1-based `line` and character `column`, within that line. */
  of(line: number, column: number): number {
    if (line > this.starts.length) return this.text.length
    const start = this.starts[Math.max(1, line) - 1]
    const end = line < this.starts.length ? this.starts[line] - 1 : this.text.length
    if (!this.astral) return Math.min(start + Math.max(1, column) - 1, end)
    let at = start
    for (let n = 1; n < column && at < end; n++) at += isPair(this.text, at) ? 2 : 1
    return Math.min(at, end)
  }
}

function isPair(text: string, at: number): boolean {
  const high = text.charCodeAt(at)
  const low = text.charCodeAt(at + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** The last piece starting at or before `at` (`strict`: before it), or -1. */
function pieceBefore(pieces: readonly Piece[], at: number, strict: boolean): number {
  let low = 0
  let high = pieces.length - 1
  let found = -1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (strict ? pieces[mid].at < at : pieces[mid].at <= at) {
      found = mid
      low = mid + 1
    } else {
      high = mid - 1
    }
  }
  return found
}

/** The Dockerfile offset where a range starting at script offset `at` starts; undefined before the first piece. */
function startIn(pieces: readonly Piece[], at: number): number | undefined {
  const i = pieceBefore(pieces, at, false)
  if (i < 0) return undefined
  const piece = pieces[i]
  if (at < piece.at + piece.length) return piece.length === piece.sourceLength ? piece.from + at - piece.at : piece.from
  // After the piece (a newline of ours): the Dockerfile's next character.
  const next = pieces[i + 1]
  return next ? next.from : piece.from + piece.sourceLength
}

/** The Dockerfile offset where a range ending (exclusive) at script offset `at` ends. */
function endIn(pieces: readonly Piece[], at: number): number | undefined {
  const i = pieceBefore(pieces, at, true)
  if (i < 0) return undefined
  const piece = pieces[i]
  if (at <= piece.at + piece.length) return piece.length === piece.sourceLength ? piece.from + at - piece.at : piece.from + piece.sourceLength
  return piece.from + piece.sourceLength
}

/** The fix as one replacement of Dockerfile text, when every edit falls in one piece copied as is and none overlap. */
function fixOf(origin: ScriptOrigin, script: ShellScript, offsets: ScriptOffsets, replacements: readonly Json1Replacement[]): Finding['fix'] {
  const edits = replacements
    .map((r) => ({ start: offsets.of(r.line, r.column), end: offsets.of(r.endLine, r.endColumn), text: r.replacement }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const from = edits[0].start
  const to = Math.max(...edits.map((e) => e.end))
  const piece = script.pieces[pieceBefore(script.pieces, from, false)]
  if (!piece || piece.length !== piece.sourceLength || to > piece.at + piece.length) return undefined
  // Overlapping edits, or two at one point (which ShellCheck orders by precedence): no fix rather than a wrong one.
  if (edits.some((e, i) => e.end < e.start || (i > 0 && (e.start < edits[i - 1].end || e.start === edits[i - 1].start)))) return undefined
  let text = ''
  let cursor = from
  for (const edit of edits) {
    text += script.text.slice(cursor, edit.start) + (script.json ? JSON.stringify(edit.text).slice(1, -1) : edit.text)
    cursor = edit.end
  }
  text += script.text.slice(cursor, to)
  const start = positionOf(origin.lineStarts, piece.from + from - piece.at)
  const end = positionOf(origin.lineStarts, piece.from + to - piece.at)
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text }
}
