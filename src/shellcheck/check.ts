// ShellCheck as a step after the engine, for the CLI and the action alike. `ShellcheckBatch.lint` is
// `lint` that also keeps the shell scripts of each file's RUNs (from the model lint parsed, so no file
// is parsed twice); `run` then hands all of them to one ShellCheck run and returns the findings, or
// one warning saying why ShellCheck was skipped. The engine itself stays pure and synchronous.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { byPosition, lint, lintParsed, type Finding, type LintOptions, type SourceFile } from '../lint.js'
import { toFindings, type ScriptOrigin } from './findings.js'
import { runShellcheck, ShellcheckError } from './run.js'
import { shellScripts, type ShellScript } from './scripts.js'

export interface ShellcheckOutcome {
  findings: Finding[]
  /** Why ShellCheck did not run, as one line for the user; the other findings stand. */
  warning?: string
  /** How many scripts were handed to ShellCheck. */
  scripts: number
}

/** What the CLI says when no ShellCheck is found. */
export const INSTALL_HINT = 'install it (apt-get install shellcheck, brew install shellcheck) to check the shell code of RUN instructions'

export class ShellcheckBatch {
  readonly #files = new Map<string, { origin: ScriptOrigin; scripts: ShellScript[] }>()

  /** `enabled: false` (the config's `shellcheck: false`, `--no-shellcheck`): `lint` only lints, and `run` finds nothing. */
  constructor(
    private readonly options: LintOptions,
    readonly enabled = true
  ) {}

  /** How many scripts `run` would check. */
  get scripts(): number {
    let count = 0
    for (const file of this.#files.values()) count += file.scripts.length
    return count
  }

  /** `lint`; the scripts of the file's RUNs are kept for `run` (the last lint of a path wins, as after `--fix`). */
  lint(file: SourceFile): Finding[] {
    if (!this.enabled) return lint(file, this.options)
    const linted = lintParsed(file, this.options)
    const scripts = linted.dockerfile ? shellScripts(linted.dockerfile) : []
    if (scripts.length === 0) {
      this.#files.delete(file.path)
    } else {
      const { text, lineStarts } = linted.dockerfile!
      this.#files.set(file.path, { origin: { path: file.path, text, lineStarts, suppressions: linted.suppressions }, scripts })
    }
    return linted.findings
  }

  /**
   * ShellCheck's findings on every script kept, from one run of `binary` (undefined: none was found).
   * Never throws for ShellCheck's failures: they become the warning.
   */
  async run(binary: string | undefined, options: { timeoutMs?: number } = {}): Promise<ShellcheckOutcome> {
    const jobs = [...this.#files.values()].flatMap(({ origin, scripts }) => scripts.map((script) => ({ origin, script })))
    if (jobs.length === 0) return { findings: [], scripts: 0 }
    if (binary === undefined) return { findings: [], scripts: 0, warning: `ShellCheck checks were skipped: shellcheck was not found on PATH; ${INSTALL_HINT}` }
    try {
      const comments = await runShellcheck(
        jobs.map(({ script }) => script.text),
        { binary, timeoutMs: options.timeoutMs }
      )
      const findings = jobs.flatMap(({ origin, script }, i) => toFindings(origin, script, comments[i], this.options))
      return { findings: findings.sort(byPosition), scripts: jobs.length }
    } catch (error) {
      if (!(error instanceof ShellcheckError)) throw error
      return { findings: [], scripts: 0, warning: `ShellCheck checks were skipped: ${error.message}` }
    }
  }
}

/** The findings of both, each file's together and sorted, files in the order of `paths` (then any other). */
export function mergeFindings(findings: readonly Finding[], more: readonly Finding[], paths: Iterable<string>): Finding[] {
  return more.length === 0 ? [...findings] : [...findings, ...more].sort(inFileOrder(paths))
}

/** Orders findings file by file, in the order of `paths` (any other file last), and by position within a file. */
export function inFileOrder(paths: Iterable<string>): (a: Finding, b: Finding) => number {
  const order = new Map([...paths].map((path, i) => [path, i]))
  const rank = (finding: Finding) => order.get(finding.path) ?? order.size
  return (a, b) => rank(a) - rank(b) || byPosition(a, b)
}

/** The path of an executable `name` on PATH (with PATHEXT's extensions on Windows), or undefined. */
export function findOnPath(name: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  const windows = platform === 'win32'
  // Without PATH, the search path a POSIX shell would use.
  const dirs = (env.PATH ?? env.Path ?? (windows ? '' : '/usr/local/bin:/usr/bin:/bin')).split(windows ? ';' : delimiter).filter(Boolean)
  const extensions = windows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : ['']
  for (const dir of dirs) {
    for (const extension of extensions) {
      const candidate = join(dir, name + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // not there, or not executable: the next one
      }
    }
  }
  return undefined
}
