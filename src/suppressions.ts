// Inline suppressions: `# dockerfile-guard ignore=rule-id[,…]` on the line(s) before an instruction,
// `# dockerfile-guard global ignore=…` anywhere, and hadolint's `# hadolint ignore=DL3008` pragmas,
// whose codes map to our rules through their hadolint equivalents and related rules. Also BuildKit's
// `# check=skip=…;error=true` parser directive, for the rules that claim a BuildKit equivalent.
import type { Dockerfile } from './dockerfile/model.js'
import { positionOf } from './dockerfile/positions.js'
import { isHadolintCode, rulesForHadolintCode } from './hadolint-codes.js'
import { isShellcheckCode } from './shellcheck/codes.js'
import type { Rule } from './rules/types.js'

/** A comment's text that suppresses findings: 1 the tool, 2 `global ` or nothing, 3 the ids. */
export const PRAGMA = /^(dockerfile-guard|hadolint)\s+(global\s+)?ignore\s*=\s*(.+)$/i

export interface Suppressions {
  /** True when a finding of `ruleId` on 1-based `line` is suppressed. */
  covers(ruleId: string, line: number): boolean
  /** True when the file's `# check=error=true` makes findings of `ruleId` errors, as `docker build --check` fails on them. */
  raises(ruleId: string): boolean
}

export function suppressions(dockerfile: Dockerfile, rules: readonly Rule[]): Suppressions {
  const global = new Set<string>()
  const raised = new Set<string>()
  const check = checkDirective(dockerfile)
  if (check) {
    for (const rule of rules) {
      const names = rule.equivalents?.buildkit ?? []
      if (names.length === 0) continue
      if (check.skipAll || names.some((name) => check.skip.has(name))) global.add(rule.id)
      else if (check.error) raised.add(rule.id)
    }
  }
  const local: { ids: Set<string>; from: number; to: number }[] = []
  const commentLines = new Set(dockerfile.comments.map((c) => c.line))
  for (const comment of dockerfile.comments) {
    const match = PRAGMA.exec(comment.text)
    if (!match) continue
    const ids = new Set(match[3].split(/[\s,]+/).filter(Boolean).flatMap((id) => ruleIdsFor(id, rules)))
    if (match[2]) {
      ids.forEach((id) => global.add(id))
      continue
    }
    let next = comment.line + 1
    while (commentLines.has(next)) next++
    const target = dockerfile.instructions.find((i) => !i.onbuild && positionOf(dockerfile.lineStarts, i.start).line === next)
    if (target) local.push({ ids, from: next, to: positionOf(dockerfile.lineStarts, target.end).line })
  }
  return {
    covers: (ruleId, line) => global.has(ruleId) || local.some((s) => s.ids.has(ruleId) && line >= s.from && line <= s.to),
    raises: (ruleId) => raised.has(ruleId)
  }
}

/** BuildKit's check directive: the BuildKit check names to skip (or all of them), and whether findings fail the build. */
export interface CheckOptions {
  skip: ReadonlySet<string>
  skipAll: boolean
  error: boolean
}

/** The parser directives BuildKit knows: any other `# name=value` line ends the directives for it. */
const BUILDKIT_DIRECTIVES = new Set(['syntax', 'escape', 'check'])
/** BuildKit's directive line, after the `#` it requires in column 1: 1 the value, trailing blanks dropped. */
const DIRECTIVE_LINE = /^#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*(.+?)\s*$/
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False'])

/**
 * The file's `# check=` directive read as BuildKit reads it (parser.ParseDirective, linter.ParseLintOptions):
 * undefined without one, or for a value BuildKit rejects (it fails the build; here the directive is ignored).
 */
export function checkDirective(dockerfile: Dockerfile): CheckOptions | undefined {
  for (const directive of dockerfile.directives) {
    // BuildKit stops at a line not starting with `#` (an indented one) and at a directive it does not know.
    if (!BUILDKIT_DIRECTIVES.has(directive.name) || dockerfile.text[directive.start] !== '#') return undefined
    if (directive.start > 0 && dockerfile.text[directive.start - 1] !== '\n') return undefined
    if (directive.name !== 'check') continue
    // The first `check` wins; BuildKit takes the value up to its first space.
    const value = DIRECTIVE_LINE.exec(dockerfile.text.slice(directive.start, directive.end))?.[1] ?? ''
    return parseCheckOptions(value.split(' ', 1)[0])
  }
  return undefined
}

/** BuildKit's linter.ParseLintOptions: up to three `;`-separated `key=value` options (the last keeps any further `;`). */
export function parseCheckOptions(value: string): CheckOptions | undefined {
  const options = { skip: new Set<string>() as ReadonlySet<string>, skipAll: false, error: false }
  const text = value.trim()
  if (text === '') return options
  const parts = text.split(';')
  for (const part of [...parts.slice(0, 2), ...(parts.length > 2 ? [parts.slice(2).join(';')] : [])]) {
    const at = part.indexOf('=')
    if (at < 0) return undefined
    const key = part.slice(0, at).trim()
    const setting = part.slice(at + 1).trim()
    if (key === 'skip' && setting === 'all') options.skipAll = true
    else if (key === 'skip') options.skip = new Set(setting.split(',').map((name) => name.trim()))
    else if (key === 'error' && (TRUE.has(setting) || FALSE.has(setting))) options.error = TRUE.has(setting)
    else if (key !== 'experimental') return undefined // an unknown key, or `error=` not a Go boolean
  }
  return options
}

/**
 * Our rule ids for an id in a pragma: itself, or the rules that name a hadolint code. A ShellCheck
 * code (`SC2086`) also stands for itself, the rule id of ShellCheck's findings (src/shellcheck/).
 */
function ruleIdsFor(id: string, rules: readonly Rule[]): string[] {
  if (!isHadolintCode(id)) return [id]
  const ours = rulesForHadolintCode(id, rules).map((r) => r.id)
  return isShellcheckCode(id) ? [id.toUpperCase(), ...ours] : ours
}
