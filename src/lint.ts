// The engine: parse once, run the enabled rules, drop suppressed findings, sort. Pure: no I/O.
import type { Preset } from './config/parse.js'
import { hadolintPreset } from './hadolint-codes.js'
import { parseDockerfile } from './dockerfile/parse.js'
import { positionOf } from './dockerfile/positions.js'
import type { Dockerfile } from './dockerfile/model.js'
import parseError from './rules/parse-error.js'
import { rules as registry } from './rules/index.js'
import type { Level, Rule, Settings, Severity } from './rules/types.js'
import { suppressions, type Suppressions } from './suppressions.js'

export interface Finding {
  /** Path as given (relative to the repository root for the action). */
  path: string
  ruleId: string
  severity: Severity
  message: string
  /** 1-based; `endColumn` is the column just after the last character, as in SARIF. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** A mechanical fix: replace the text between the two positions with `text`. */
  fix?: { line: number; column: number; endLine: number; endColumn: number; text: string }
}

export interface LintOptions {
  rules?: readonly Rule[]
  /** Which rules run when `levels` does not say (the config's `extends`); default `recommended`. */
  preset?: Preset
  /** Per-rule level from the configuration; rules not listed keep their default. */
  levels?: Readonly<Record<string, Level>>
  /** Also run the rules that are off by default. */
  allRules?: boolean
  settings?: Settings
}

export interface SourceFile {
  path: string
  text: string
  /** The `.dockerignore` that applies to the file, when the adapter found one (see `BuildContext`). */
  dockerignore?: { path: string; text: string }
}

/** The level a rule runs at under these options, or 'off'. */
export function levelOf(rule: Rule, options: LintOptions): Level {
  if (rule.deprecated) return 'off'
  const configured = options.levels?.[rule.id]
  if (configured) return configured
  if (options.allRules || options.preset === 'strict') return rule.severity
  if (options.preset === 'hadolint') return hadolintLevels(options.rules ?? registry).get(rule.id) ?? 'off'
  if (options.preset === 'security' && !rule.tags.includes('security') && rule.id !== 'parse-error') return 'off'
  return rule.enabledByDefault === false ? 'off' : rule.severity
}

const presets = new WeakMap<readonly Rule[], ReadonlyMap<string, Level>>()
function hadolintLevels(rules: readonly Rule[]): ReadonlyMap<string, Level> {
  let levels = presets.get(rules)
  if (!levels) presets.set(rules, (levels = hadolintPreset(rules)))
  return levels
}

const DEFAULTS: LintOptions = {}

/** The rules that run under these options, with their levels: worked out once per options object, not per file. */
const plans = new WeakMap<LintOptions, readonly (readonly [Rule, Severity])[]>()
function planOf(options: LintOptions): readonly (readonly [Rule, Severity])[] {
  let plan = plans.get(options)
  if (!plan) {
    plan = (options.rules ?? registry).flatMap((rule) => {
      const level = levelOf(rule, options)
      return level === 'off' ? [] : [[rule, level] as const]
    })
    plans.set(options, plan)
  }
  return plan
}

export function lint(file: SourceFile, options: LintOptions = DEFAULTS): Finding[] {
  return lintParsed(file, options).findings
}

/** What `lintParsed` returns: the findings, and the model and suppressions, when the file parsed, for adapters' own checks (ShellCheck). */
export interface Linted {
  findings: Finding[]
  dockerfile?: Dockerfile
  suppressions?: Suppressions
}

/** `lint`, also handing back what it parsed, so an adapter step after it does not parse the file again. */
export function lintParsed(file: SourceFile, options: LintOptions = DEFAULTS): Linted {
  const rules = options.rules ?? registry
  let dockerfile: Dockerfile
  try {
    refuseUnsafe(file.text)
    dockerfile = parseDockerfile(file.text)
  } catch (error) {
    return { findings: [parseFailure(file.path, error)] }
  }
  if (file.dockerignore) dockerfile.context = { dockerignore: file.dockerignore }
  const ignored = suppressions(dockerfile, rules)
  const findings: Finding[] = []
  const settings = options.settings ?? {}
  for (const [rule, level] of planOf(options)) {
    try {
      for (const problem of rule.check(dockerfile, settings)) {
        const start = positionOf(dockerfile.lineStarts, problem.at.start)
        if (ignored.covers(rule.id, start.line)) continue
        const end = positionOf(dockerfile.lineStarts, Math.max(problem.at.end, problem.at.start))
        const finding: Finding = {
          path: file.path,
          ruleId: rule.id,
          severity: ignored.raises(rule.id) ? 'error' : level,
          message: problem.message,
          line: start.line,
          column: start.column,
          endLine: end.line,
          endColumn: end.column
        }
        if (problem.fix) {
          const from = positionOf(dockerfile.lineStarts, problem.fix.at.start)
          const to = positionOf(dockerfile.lineStarts, problem.fix.at.end)
          finding.fix = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: problem.fix.text }
        }
        findings.push(finding)
      }
    } catch (error) {
      // A bug in one rule costs that rule's findings on this file, not the other rules or files.
      findings.push(ruleFailure(file.path, rule, error))
    }
  }
  return { findings: findings.sort(byPosition), dockerfile, suppressions: ignored }
}

/** Said as a warning: the file may well be fine, and our bug should not fail the user's build. */
function ruleFailure(path: string, rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error)
  const message = `dockerfile-guard could not check ${rule.id} on this file (an internal error: ${reason}). The other rules ran; please report it with the file.`
  return { path, ruleId: rule.id, severity: 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 1 }
}

/** 1 MiB: far above any real Dockerfile, and a bound on the time one file of a pull request can take. */
export const MAX_TEXT_LENGTH = 1024 * 1024

/** dockerfile-ast pairs every comment with every stage, so their product bounds its time too. */
const MAX_STAGES_TIMES_COMMENTS = 1_000_000

/** Throws, with the reason, for text that is not a Dockerfile or would take unbounded time to parse. */
export function refuseUnsafe(text: string): void {
  if (text.includes('\0')) throw new Error('the file is binary (it contains NUL bytes), not a Dockerfile')
  if (text.length > MAX_TEXT_LENGTH) {
    throw new Error(`the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; files over 1 MiB are not linted`)
  }
  if (text.length < 16 * 1024) return // too few lines for the product to matter: skip counting them
  const stages = text.match(/^[ \t]*from[ \t]/gim)?.length ?? 0
  const comments = stages > 100 ? (text.match(/^[ \t]*#/gm)?.length ?? 0) : 0
  if (stages * comments > MAX_STAGES_TIMES_COMMENTS) {
    throw new Error(`the file has ${stages} stages and ${comments} comment lines, too many to parse in bounded time; split it`)
  }
}

function parseFailure(path: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    path,
    ruleId: parseError.id,
    severity: parseError.severity,
    message: `The file could not be parsed: ${reason}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1
  }
}

export function byPosition(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}
