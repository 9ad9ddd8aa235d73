// Variable references in instruction arguments (`$X`, `${X}`, `${X:-default}`), as BuildKit's shell
// lexer reads them, and the names BuildKit knows without a declaration. Shared by the BuildKit
// variable rules (undefined-arg-in-from, valid-default-arg-in-from, undefined-variable).

/** Build args BuildKit defines for every build, usable in FROM without a global ARG. */
export const AUTOMATIC_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'
] as const

export interface Reference {
  name: string
  /** Offsets in the text given, of the whole `$X` / `${…}`. */
  start: number
  end: number
  /** Written with a default or alternative (`${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`), so unset is handled. */
  guarded: boolean
}

const REFERENCE = /\\[\s\S]|\$(?:([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)(:?[-+?]|[}%#/:^,]?))/g

/**
 * The variables a text refers to, in order, skipping escaped `\$`. References inside a default word
 * (`${A:-$B}`) are listed too, as guarded ones when their outer reference is.
 */
export function references(text: string): Reference[] {
  if (!text.includes('$')) return []
  const found: Reference[] = []
  // End offsets of the `${X op …}` still open, to tell whether a nested reference is guarded.
  const open: number[] = []
  for (const m of text.matchAll(REFERENCE)) {
    if (m[0][0] === '\\') continue
    const at = m.index
    while (open.length && open[open.length - 1] <= at) open.pop()
    const name = m[1] ?? m[2]
    const op = m[3] ?? ''
    const end = op && op !== '}' ? closingBrace(text, at + m[0].length) : at + m[0].length
    const guarded = /^:?[-+]$/.test(op) || open.length > 0
    found.push({ name, start: at, end, guarded })
    if (/^:?[-+]$/.test(op)) open.push(end)
  }
  return found
}

/** The offset just past the `}` closing a `${…}` whose word starts at `from` (nested `${}` counted). */
function closingBrace(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '{' && text[i - 1] === '$') depth++
    else if (text[i] === '}' && --depth === 0) return i + 1
  }
  return text.length
}

/**
 * The known name closest to a misspelt one, as BuildKit's "did you mean" does: the one at the
 * smallest edit distance, if that distance is small for the name's length; undefined otherwise.
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(1, Math.min(3, Math.floor(name.length / 3))) + 1
  for (const candidate of known) {
    const d = candidate === name ? Infinity : distance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

/** True when `a` is `b` mistyped: the same but for case, or for one letter added, dropped, changed or two swapped. */
export function isTypo(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 1 && distance(a.toLowerCase(), b.toLowerCase()) <= 1
}

/** Edit distance where swapping two neighbouring letters (`PAHT`, `PATH`) counts as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}
