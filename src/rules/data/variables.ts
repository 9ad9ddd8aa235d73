// Variable references in instruction arguments (`$X`, `${X}`, `${X:-default}`), as BuildKit's shell
// lexer reads them, and the name a mistyped one meant. Shared by the BuildKit variable rules
// (undefined-arg-in-from, valid-default-arg-in-from, undefined-variable).
import { closest, editDistance } from '../../closest.js'

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

/** The declared name a mistyped one most likely meant (BuildKit's "did you mean"). */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  return closest(name, known, Math.max(1, Math.min(3, Math.floor(name.length / 3))))
}

/** True when `a` is `b` mistyped: the same but for case, or for one letter added, dropped, changed or two swapped. */
export function isTypo(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 1 && editDistance(a.toLowerCase(), b.toLowerCase()) <= 1
}
