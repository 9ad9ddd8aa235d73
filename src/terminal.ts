// What the CLI does differently in a terminal: whether the text report is coloured, and the
// progress line on standard error while many files are linted. Both follow the conventions other
// command-line tools share, so a user's settings for those work here too: NO_COLOR
// (https://no-color.org), FORCE_COLOR (as Node.js and chalk read it), TERM=dumb, and nothing that
// rewrites lines unless a person is watching (a CI log is not a terminal).

/** Where output goes: a stream, or a test's stand-in. */
export interface Output {
  write(text: string): unknown
  isTTY?: boolean
}

/**
 * Colour for standard output. FORCE_COLOR, when set to anything but `0` or `false`, turns it on
 * even in a pipe (and wins over NO_COLOR, as in Node.js); `0` or `false` turn it off. Otherwise
 * colour needs a terminal, NO_COLOR unset or empty, and a TERM other than `dumb`.
 */
export function wantsColor(stdout: Output, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR
  if (force) return force !== '0' && force !== 'false'
  return stdout.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
}

/** A run this long is worth a progress line; a shorter one is over before it could be read. */
export const PROGRESS_MIN_FILES = 20

// Redrawing the line for every file would cost more than linting it: at most this often.
const REDRAW_MS = 100

export interface Progress {
  /** The `current`-th file of the total is being linted; redraws the line when it is due. */
  update(current: number): void
  /** Erases the line (before another message, and at the end). */
  clear(): void
}

const SILENT: Progress = { update() {}, clear() {} }

/**
 * `linting 120/450 Dockerfiles…` on `stderr`, rewritten in place, when `stderr` is a terminal and
 * there are at least PROGRESS_MIN_FILES files; otherwise a progress that writes nothing. The line
 * is erased with spaces rather than an escape sequence, which every terminal understands.
 */
export function progressLine(stderr: Output, total: number, now: () => number = Date.now): Progress {
  if (stderr.isTTY !== true || total < PROGRESS_MIN_FILES) return SILENT
  let shown = '' // what the line holds now
  let drawnAt = -Infinity
  return {
    update(current) {
      if (now() - drawnAt < REDRAW_MS) return
      drawnAt = now()
      // The count only grows, so the new text covers the old; after clear() the line is empty.
      const text = `linting ${current}/${total} Dockerfiles…`
      stderr.write(`\r${text.padEnd(shown.length)}`)
      shown = text
    },
    clear() {
      if (!shown) return
      stderr.write(`\r${' '.repeat(shown.length)}\r`)
      shown = ''
      drawnAt = -Infinity
    }
  }
}
