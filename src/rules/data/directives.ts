// Parser directives as BuildKit reads them (frontend/dockerfile/parser/directives.go), which the model's
// `directives` (dockerfile-ast's: any `# name=value` on the first lines) does not tell apart. BuildKit reads
// them twice, with two views of the top of the file:
// - its parser, for `escape` and to refuse a directive given twice: it skips the blanks before `#`, and
//   a `#!` first line ends the directives;
// - the frontend, for `syntax` and `check` (DetectSyntax, ParseDirective): it skips a `#!` first line,
//   and a line not starting with `#` ends the directives.
// In both, the directives end at the first line that is not `# name=value` with a name BuildKit knows.
import type { Dockerfile, Span } from '../../dockerfile/model.js'

export type DirectiveView = 'parser' | 'frontend'

export interface ParserDirective extends Span {
  /** Lower case, as BuildKit compares it: `syntax`, `escape` or `check`. */
  name: string
  value: string
  valueSpan: Span
  /** 0-based. */
  line: number
}

export interface Directives {
  directives: ParserDirective[]
  /** The 0-based line that ends the directives (the number of lines when none does). */
  end: number
}

/** The parser directives BuildKit knows. */
export const DIRECTIVE_NAMES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check'])
/** BuildKit's directive, after the `#` and the blanks after it: 1 the name, 2 the value. */
export const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/

/** The directives the view reads at the top of the file, and the line that ends them. */
export function readDirectives({ text, lineStarts }: Dockerfile, view: DirectiveView): Directives {
  const directives: ParserDirective[] = []
  let line = view === 'frontend' && text.startsWith('#!') ? 1 : 0
  for (; line < lineStarts.length; line++) {
    const start = lineStarts[line]
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length
    const raw = text.slice(start, text[end - 1] === '\r' ? end - 1 : end)
    const trimmed = view === 'parser' ? raw.trimStart() : raw
    const match = trimmed.startsWith('#') ? DIRECTIVE.exec(trimmed.slice(1).trimStart()) : null
    const name = match?.[1].toLowerCase()
    if (!match || !DIRECTIVE_NAMES.has(name!)) break
    const valueEnd = start + raw.trimEnd().length
    const value = match[2]
    directives.push({ name: name!, value, valueSpan: { start: valueEnd - value.length, end: valueEnd }, line, start: start + raw.length - trimmed.length, end: valueEnd })
  }
  return { directives, end: line }
}
