// A file's unified diff, as `GET /pulls/{n}/files` returns it in `patch`, reduced to what a review
// needs: per hunk, the lines of the new file (GitHub's RIGHT side) that a comment may sit on, and
// which of them the pull request added. GitHub rejects a whole review when one comment is on a line
// outside every hunk, or when a multi-line comment starts in another hunk than it ends.

export interface Hunk {
  /** Added and context lines of the new file, ascending: the lines a review comment may sit on. */
  lines: number[]
  /** The lines the change added (a modified line is a deleted one plus an added one). */
  added: number[]
}

export interface FileDiff {
  /**
   * False when GitHub sent no patch for a changed file (a diff too large to show, a binary file):
   * the file changed, nobody knows where, and no line of it can be commented.
   */
  known: boolean
  hunks: Hunk[]
}

/** The part of a `pulls/list-files` (or `compare`) entry the diff comes from. */
export interface DiffEntry {
  patch?: string | null
  /** Lines added plus deleted; 0 for a pure rename or a mode change, which have no patch either. */
  changes?: number
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** The diff of one entry of the files list: no patch means "changed, lines unknown" unless nothing changed. */
export function diffOf(entry: DiffEntry): FileDiff {
  if (typeof entry.patch === 'string') return parsePatch(entry.patch)
  return entry.changes === 0 ? { known: true, hunks: [] } : { known: false, hunks: [] }
}

export function parsePatch(patch: string): FileDiff {
  const hunks: Hunk[] = []
  // Lines still expected in the current hunk, on each side; the header's counts say when it ends,
  // so stray text between hunks and a final newline are never read as content.
  let oldLeft = 0
  let newLeft = 0
  let newLine = 0
  let hunk: Hunk | undefined
  // Only \n ends a line, as in git: a CRLF file's lines keep their \r as content.
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text)
    if (header) {
      oldLeft = count(header[2])
      newLeft = count(header[4])
      newLine = Number(header[3])
      hunk = { lines: [], added: [] }
      hunks.push(hunk)
      continue
    }
    if (!hunk || (oldLeft <= 0 && newLeft <= 0)) continue
    // An empty line is a context line whose leading space was lost on the way (git apply reads it so).
    const kind = text[0] ?? ' '
    if (kind === ' ' && newLeft > 0) {
      hunk.lines.push(newLine++)
      newLeft--
      oldLeft--
    } else if (kind === '+' && newLeft > 0) {
      hunk.lines.push(newLine)
      hunk.added.push(newLine++)
      newLeft--
    } else if (kind === '-') {
      oldLeft--
    }
    // `\ No newline at end of file` belongs to the line before it and advances nothing.
  }
  return { known: true, hunks: hunks.filter((h) => h.lines.length > 0) }
}

/** An omitted count (`@@ -1 +1 @@`) means one line. */
function count(text: string | undefined): number {
  return text === undefined ? 1 : Number(text)
}

/** The hunk whose new-file lines include `line`. */
export function hunkAt(diff: FileDiff, line: number): Hunk | undefined {
  // A hunk's new-file lines are consecutive, so its first and last line bound it.
  return diff.hunks.find((hunk) => hunk.lines[0] <= line && line <= hunk.lines[hunk.lines.length - 1])
}

/** Every line a review comment may sit on, ascending. */
export function commentableLines(diff: FileDiff): number[] {
  return diff.hunks.flatMap((hunk) => hunk.lines)
}

/** Every line the change added, ascending. */
export function addedLines(diff: FileDiff): number[] {
  return diff.hunks.flatMap((hunk) => hunk.added)
}
