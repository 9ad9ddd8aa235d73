// The GNU error format (GNU Coding Standards, "Formatting Error Messages"), one line per finding:
// `file:line:column: severity: message [rule]`, lines and columns counted from 1, as compilers
// print and as Emacs' compilation mode, Vim's quickfix (`%f:%l:%c: %m`) and VS Code's `$gcc`
// problem matcher read it. The standard also has a range form (`file:line.col-line.col:`), but
// Vim's and VS Code's default patterns do not match it, so only the start is written. Severities
// are GCC's words, `error`, `warning` and `note`, which those editors also recognise.
import type { Finding } from '../lint.js'
import { oneLine } from './interchange.js'

/** One line per finding, in the order given; an empty string when there are none. Paths are written as given. */
export function toGnu(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${oneLine(f.path)}:${f.line}:${f.column}: ${f.severity}: ${oneLine(f.message)} [${oneLine(f.ruleId)}]\n`)
    .join('')
}
