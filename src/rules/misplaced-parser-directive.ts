import { lineOf } from '../dockerfile/helpers.js'
import type { Dockerfile, Span } from '../dockerfile/model.js'
import { readDirectives, type Directives } from './data/directives.js'
import type { Problem, Rule } from './types.js'

/** A comment that reads as a directive someone meant: a name BuildKit knows and a one-word value. */
const LOOKALIKE = /^\s*#\s*(syntax|escape|check)\s*=\s*\S+\s*$/i
/** What the directive does not do when it is read as a comment. */
const UNUSED: Readonly<Record<string, string>> = {
  syntax: 'so BuildKit does not use the frontend it names',
  escape: 'so the escape character stays `\\`',
  check: 'so its check settings do not apply'
}

export default {
  id: 'misplaced-parser-directive',
  title: 'Parser directives should stand at the top of the file',
  severity: 'warning',
  defaults:
    'A warning: the build goes on, without the directive, so the file does not do what it says (another frontend, another escape character, checks not set).',
  tags: ['correctness'],
  precision: 'very-high',
  // No linter of the five checks this: BuildKit reads such a line as a comment without a word.
  rationale:
    'BuildKit reads `# syntax=`, `# escape=` and `# check=` only in the unbroken run of directive lines that opens the file: the first instruction, comment or blank line ends them, and any directive after it is a plain comment. A `# syntax=` under a license header, for instance, is silently ignored.',
  fix: 'Move the directive to the first lines of the file, above any comment or blank line, and write its `#` at the start of the line.',
  examples: {
    bad: '# Build the API server.\n# syntax=docker/dockerfile:1\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: '# syntax=docker/dockerfile:1\n# Build the API server.\nFROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const { text, comments, directives } = dockerfile
    if (!directives.length && !comments.length) return [] // most files
    const problems: Problem[] = []
    let parser: Directives | undefined
    let frontend: Directives | undefined
    // The model's directives are dockerfile-ast's, any `# name=value` lines at the top: BuildKit may not read them all.
    const lines: Span[] = [...directives]
    for (const comment of comments) if (comment.text.includes('=')) lines.push(comment)
    for (const line of lines) {
      const written = text.slice(line.start, line.end)
      const name = LOOKALIKE.exec(written)?.[1].toLowerCase()
      if (!name) continue
      // The parser reads `escape` (and refuses a second directive: valid-parser-directives' finding), the frontend the others.
      const view = name === 'escape' ? (parser ??= readDirectives(dockerfile, 'parser')) : (frontend ??= readDirectives(dockerfile, 'frontend'))
      const number = lineOf(dockerfile, line.start) - 1
      if (number < view.end || insideInstruction(dockerfile, line)) continue // read as a directive, or text of an instruction
      const directive = `\`${written.trim()}\``
      problems.push({
        at: line,
        message:
          number === view.end
            ? `${directive} is indented, and BuildKit reads it as a comment, ${UNUSED[name]}: write its \`#\` at the start of the line.`
            : `${directive} is read as a comment, ${UNUSED[name]}: parser directives count only at the top of the file, and ${ending(dockerfile, view.end)} ends them. Move it to the first lines.`
      })
    }
    return problems
  }
} satisfies Rule

function insideInstruction({ instructions }: Dockerfile, { start }: Span): boolean {
  return instructions.some((i) => i.start < start && start < i.end)
}

/** What the 0-based line that ends the directives is, for a message. */
function ending({ text, lineStarts }: Dockerfile, line: number): string {
  const content = text.slice(lineStarts[line], lineStarts[line + 1] ?? text.length).trim()
  if (content === '') return `the blank line ${line + 1}`
  if (content.startsWith('#!')) return 'the `#!` first line'
  return content.startsWith('#') ? `the comment on line ${line + 1}` : `the instruction on line ${line + 1}`
}
