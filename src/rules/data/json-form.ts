// Arguments meant as a JSON array that BuildKit does not read as one (`CMD ['node', 'server.js']`),
// and what is wrong with them: for valid-json-form, and for shell-exec-form, which leaves them to it.

export interface BrokenJson {
  /** What is wrong, as the rest of a sentence: "it uses single quotes: …". */
  problem: string
  /**
   * Valid JSON with values other than strings (`[1, 2]`): BuildKit rejects it. Any other broken
   * array is not JSON to BuildKit, which then reads the text as shell form.
   */
  rejected: boolean
  /** The array written right, when only quotes, a trailing comma or the closing `]` were wrong. */
  corrected?: string
}

interface Element {
  /** `"`, `'`, or '' for a bare word (`[node, server.js]`). */
  quote: string
  raw: string
  closed: boolean
}

interface Scan {
  elements: Element[]
  commas: number
  trailingComma: boolean
  closed: boolean
  /** It ends after a comma, or right after `[`: the rest may be on the next line, without a continuation. */
  unfinished: boolean
  /** What follows the closing `]`. */
  rest: string
}

/** A bare word of a would-be array: anything up to a space, a comma, a bracket or a quote. */
const BARE = /[^\s,[\]"']+/y
/** A JSON escape (`\n`, `\\`, `\u00e9`), or a lone backslash, which starts none. */
const BACKSLASHES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|\\/g
/** A backslash as a Windows path has it, or one already doubled or escaping a quote. */
const PATH_BACKSLASHES = /\\[\\"]|\\/g

/**
 * What is wrong with `text` (an instruction's arguments) when it is meant as a JSON array but BuildKit
 * does not read it as a JSON array of strings. Undefined when it is one, and when it is not meant as
 * one: a shell test such as `[ -f /etc/app.conf ] && …` also starts with `[`.
 */
export function brokenJsonForm(text: string): BrokenJson | undefined {
  const trimmed = text.trim()
  if (!trimmed.startsWith('[')) return undefined
  const value = parseJson(trimmed)
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return undefined
    const other = value.find((v) => typeof v !== 'string') as unknown
    const quoted = typeof other === 'number' || typeof other === 'boolean' ? `: write \`"${String(other)}"\`` : ''
    return { problem: `\`${shorten(JSON.stringify(other))}\` is not a string, and every value must be one${quoted}`, rejected: true }
  }
  const scan = scanArray(trimmed)
  if (!scan || !meantAsJson(trimmed, scan)) return undefined
  return { problem: problemsOf(scan).join('; '), rejected: false, corrected: corrected(scan) }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Reads `[a, 'b', "c"]` loosely; undefined when it is no list of values separated by commas. */
function scanArray(text: string): Scan | undefined {
  const elements: Element[] = []
  let commas = 0
  let expectValue = true
  let i = 1
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++
    const c = text[i]
    if (c === undefined) return { elements, commas, trailingComma: false, closed: false, unfinished: expectValue, rest: '' }
    if (c === ']') return { elements, commas, trailingComma: commas > 0 && expectValue, closed: true, unfinished: false, rest: text.slice(i + 1).trim() }
    if (!expectValue) {
      // Words not separated by commas: a shell test (`[ -f x ]`), not an array.
      if (c !== ',') return undefined
      commas++
      expectValue = true
      i++
      continue
    }
    if (c === ',' || c === '[') return undefined
    if (c === '"' || c === "'") {
      let j = i + 1
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1
      const closed = j < text.length
      elements.push({ quote: c, raw: text.slice(i, j + 1), closed })
      if (!closed) return { elements, commas, trailingComma: false, closed: false, unfinished: false, rest: '' }
      i = j + 1
    } else {
      BARE.lastIndex = i
      BARE.test(text)
      elements.push({ quote: '', raw: text.slice(i, BARE.lastIndex), closed: true })
      i = BARE.lastIndex
    }
    expectValue = false
  }
}

/**
 * True when the text was meant as an array: its values are separated by commas, it stops after `[`
 * or a comma, it starts with a quote (`["node"`: a shell test needs a space after `[`), it has a
 * single-quoted value, or a comment follows it. `[ "$DEBUG" ] && …` and `[ $X ]` are shell tests.
 */
function meantAsJson(text: string, scan: Scan): boolean {
  return scan.commas > 0 || scan.unfinished || /^\[["']/.test(text) || scan.elements.some((e) => e.quote === "'") || (scan.closed && scan.rest.startsWith('#'))
}

function problemsOf(scan: Scan): string[] {
  const problems: string[] = []
  const open = scan.elements.find((e) => !e.closed)
  if (open) problems.push(`\`${shorten(open.raw)}\` has no closing \`${open.quote}\``)
  else if (scan.unfinished) problems.push(`it stops after ${scan.elements.length ? 'a comma' : 'the `[`'}, with no closing \`]\` (to go on over the next line, end this one with \`\\\`)`)
  else if (!scan.closed) problems.push('the closing `]` is missing')
  const single = scan.elements.find((e) => e.quote === "'" && e.closed)
  if (single) problems.push(`it uses single quotes, and JSON strings need double quotes: \`${JSON.stringify(single.raw.slice(1, -1))}\`, not \`${single.raw}\``)
  const bare = scan.elements.find((e) => e.quote === '')
  if (bare) problems.push(`\`${bare.raw}\` is not in double quotes, and every value must be a string: \`"${bare.raw}"\``)
  if (scan.trailingComma) problems.push('it has a comma after the last value')
  const escape = scan.elements.find((e) => e.quote === '"' && e.closed && e.raw.match(BACKSLASHES)?.some((m) => m.length === 1))
  if (escape) {
    const doubled = escape.raw.replace(PATH_BACKSLASHES, (m) => (m.length === 1 ? '\\\\' : m))
    problems.push(`\`${shorten(escape.raw)}\` has a backslash that starts no JSON escape: write each backslash twice, \`${shorten(doubled)}\``)
  }
  if (scan.rest.startsWith('#')) problems.push('a comment follows the `]`, and a Dockerfile has no comments at the end of a line')
  else if (scan.rest) problems.push(`\`${shorten(scan.rest)}\` follows the \`]\``)
  if (!problems.length) problems.push('it is not valid JSON')
  return problems
}

/** The array in valid JSON, when each value is unambiguous: quoted, and no backslash inside single quotes. */
function corrected(scan: Scan): string | undefined {
  if (scan.rest || scan.unfinished) return undefined
  const values: string[] = []
  for (const e of scan.elements) {
    if (!e.closed || e.quote === '' || (e.quote === "'" && e.raw.includes('\\'))) return undefined
    const value = e.quote === "'" ? e.raw.slice(1, -1) : parseJson(e.raw)
    if (typeof value !== 'string') return undefined
    values.push(value)
  }
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
