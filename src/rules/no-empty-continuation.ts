import type { Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-empty-continuation',
  title: 'No empty lines inside a line-continued instruction',
  severity: 'warning',
  defaults:
    'On, as a warning: Docker plans to make an empty continuation line an error, and today it silently joins whatever follows the empty line, even an instruction meant to stand alone, to the instruction before it. Removing the empty lines is a mechanical fix.',
  tags: ['correctness'],
  precision: 'very-high',
  // BuildKit's NoEmptyContinuation test cases (testNoEmptyContinuation) are all in the test file. As BuildKit, one
  // finding per instruction; it points at the first empty line rather than at the instruction's last line.
  equivalents: { buildkit: ['NoEmptyContinuation'] },
  rationale:
    'After a line ending in `\\`, Docker skips empty lines and keeps reading the same instruction. An empty line therefore looks like the end of the instruction but is not: a forgotten `\\` before it makes the next line, even a new `RUN` or `FROM`, part of the previous command. BuildKit warns, and a future release will refuse such files.',
  fix: 'Delete the empty lines inside the instruction. To separate parts of a long command visually, use a comment line (`# …`), which Docker allows there.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache \\\n\n    curl\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache \\\n    curl\nUSER 10001\nCMD ["sh"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const { text } = dockerfile
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      // A trigger's lines are those of its ONBUILD, which is checked itself.
      if (instruction.onbuild) continue
      const empty = emptyLines(text, instruction)
      if (!empty.length) continue
      const from = empty[0].start
      const to = instruction.heredocs[0]?.bodyStart ?? instruction.end
      let kept = ''
      let at = from
      for (const line of empty) {
        kept += text.slice(at, line.start)
        at = line.next
      }
      kept += text.slice(at, to)
      const escape = dockerfile.escape === '`' ? '`` ` ``' : `\`${dockerfile.escape}\``
      problems.push({
        at: { start: from, end: empty[0].end },
        message: `Empty line inside this \`${instruction.keyword}\` continued with ${escape}: Docker skips it and reads the next line as part of the same instruction; BuildKit warns (NoEmptyContinuation) and a future release will make it an error. Delete the empty line${empty.length > 1 ? 's' : ''}.`,
        fix: { at: { start: from, end: to }, text: kept }
      })
    }
    return problems
  }
} satisfies Rule

/** The whitespace-only lines after an instruction's first line, up to its heredoc bodies (`next`: the offset after the line's newline). */
function emptyLines(text: string, instruction: Instruction) {
  const lines: { start: number; end: number; next: number }[] = []
  const end = instruction.heredocs[0]?.bodyStart ?? instruction.end
  for (let newline = text.indexOf('\n', instruction.start); newline >= 0 && newline + 1 < end; ) {
    const start = newline + 1
    newline = text.indexOf('\n', start)
    const lineEnd = newline < 0 ? text.length : newline
    if (/^[ \t\r\f\v]*$/.test(text.slice(start, lineEnd))) lines.push({ start, end: lineEnd, next: newline < 0 ? lineEnd : newline + 1 })
  }
  return lines
}
