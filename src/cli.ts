#!/usr/bin/env node
// The command line: `dockerfile-guard [paths…]`. Same engine and reports as the action, no GitHub.
// `main` does all the work against an injected `Io`, so tests run it in-process; the bootstrap at
// the bottom runs it when this file (or its ncc bundle) is the program.
import { realpathSync } from 'node:fs'
import { stat, writeFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadConfig } from './config/load.js'
import { ConfigError, lintOptions, type Config } from './config/parse.js'
import { DEFAULT_PATTERNS, FileError, describeError, findDockerfiles, readDockerfileStream, readDockerfileSync, toSlashes, type FileProblem } from './files.js'
import { applyFixes } from './fix.js'
import { globMatcher } from './glob.js'
import { lint, type Finding } from './lint.js'
import { atOrAbove, plural } from './report/counts.js'
import { toJson } from './report/json.js'
import { toMarkdown } from './report/markdown.js'
import { ruleList, ruleListText } from './report/rule-doc.js'
import { toSarif } from './report/sarif.js'
import { toText } from './report/text.js'
import { rules } from './rules/index.js'
import { VERSION } from './version.js'

export interface Output {
  write(text: string): unknown
  isTTY?: boolean
}

export interface Io {
  stdout: Output
  stderr: Output
  stdin: AsyncIterable<string | Uint8Array>
  cwd: string
  env: Readonly<Record<string, string | undefined>>
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
const STDIN_PATH = '<stdin>'

const USAGE = `Usage: dockerfile-guard [options] [paths...]

Lints Dockerfiles for security and correctness problems, and explains how to fix them.
Paths may be files, directories (searched for ${DEFAULT_PATTERNS.map((p) => p.replace('**/', '')).join(', ')})
or - for standard input. Without paths, the current directory is searched.

Options:
  -f, --format <format>  text (default), json, sarif or markdown
      --fail-on <level>  exit 1 on findings at or above: error (default), warning, note or never
  -c, --config <file>    the configuration file (default: .dockerfile-guard.yml or .yaml, else
                         .hadolint.yaml or .yml, in the current directory)
      --all-rules        also run the rules that are off by default
      --fix              apply the mechanical fixes to the files, then report what is left
      --list-rules       list the rules (with --format json: their metadata) and exit
  -h, --help             show this help and exit
  -v, --version          print the version and exit

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or file errors.
`

/** Runs the CLI and returns its exit code; never throws for bad input or unreadable files. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const say = (message: string) => io.stderr.write(`dockerfile-guard: ${message}\n`)
  let args
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'all-rules': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (e) {
    // parseArgs' own message goes on about `--`; the option's name is what the user needs.
    const unknown = (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec((e as Error).message)
    return usageError(io, unknown ? `unknown option '${unknown[1]}'` : (e as Error).message)
  }
  const { values, positionals } = args
  const format = values.format as (typeof FORMATS)[number]
  if (!FORMATS.includes(format)) return usageError(io, `unknown format '${format}' (expected ${FORMATS.join(', ')})`)
  if (values['fail-on'] !== undefined && !FAIL_ON.includes(values['fail-on'] as never)) {
    return usageError(io, `unknown --fail-on level '${values['fail-on']}' (expected ${FAIL_ON.join(', ')})`)
  }
  if (values.fix && positionals.includes('-')) return usageError(io, '--fix cannot write back to standard input')

  if (values.help) {
    io.stdout.write(USAGE)
    return 0
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`)
    return 0
  }
  if (values['list-rules']) {
    if (format !== 'text' && format !== 'json') return usageError(io, '--list-rules prints text or json')
    io.stdout.write(format === 'json' ? `${JSON.stringify(ruleList(rules), null, 2)}\n` : ruleListText(rules))
    return 0
  }

  // A policy that cannot be read is not replaced by the defaults: the user would trust a result that is not theirs.
  let config: Config
  try {
    config = await loadConfig(io.cwd, rules, { explicit: values.config, confined: false })
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    say(e.message)
    return 2
  }
  for (const note of config.notes) say(`${config.path}: ${note}`)
  const failOn = (values['fail-on'] ?? config.failOn ?? 'error') as (typeof FAIL_ON)[number]
  const options = lintOptions(config, values['all-rules'])

  // Problems with one path are reported and the other files are still linted; they only change the exit code.
  const { targets, errors, notes } = await collect(positionals.length ? positionals : ['.'], io.cwd, config.ignorePaths)
  for (const message of [...errors, ...notes]) say(message)
  let failed = errors.length > 0
  const findings: Finding[] = []
  const sources = new Map<string, string>()
  let fixed = 0
  for (const target of targets) {
    try {
      let text = target.absolute === undefined ? await readDockerfileStream(io.stdin, STDIN_PATH) : readDockerfileSync(target.absolute)
      let found = lint({ path: target.display, text }, options)
      if (values.fix && target.absolute !== undefined) {
        const result = fix(text, found, (next) => lint({ path: target.display, text: next }, options))
        if (result.text !== text) await writeFile(target.absolute, result.text).catch((e: unknown) => Promise.reject(new FileError(target.display, `fixes not written: ${describeError(e)}`)))
        fixed += found.length - result.findings.length
        ;({ text, findings: found } = result)
      }
      sources.set(target.display, text)
      findings.push(...found)
    } catch (e) {
      if (!(e instanceof FileError)) throw e
      say(`${target.display}: ${e.reason}`)
      failed = true
    }
  }

  const files = sources.size
  if (values.fix && fixed > 0) say(`fixed ${plural(fixed, 'problem')}`)
  if (format === 'text') io.stdout.write(toText(findings, { color: wantsColor(io), files }))
  else if (format === 'json') io.stdout.write(toJson(findings, { version: VERSION, files }))
  else if (format === 'markdown') io.stdout.write(toMarkdown(findings, rules, { version: VERSION, files }))
  else io.stdout.write(`${JSON.stringify(toSarif(findings, rules, { version: VERSION, sources }), null, 2)}\n`)

  if (failed) return 2
  const failing = atOrAbove(failOn)
  return findings.some((f) => failing.includes(f.severity)) ? 1 : 0
}

/**
 * Applies the fixes and lints again, until nothing more is fixable (a fix that overlapped another
 * is applied on the next pass), at most a few passes.
 */
function fix(text: string, findings: Finding[], relint: (text: string) => Finding[]): { text: string; findings: Finding[] } {
  for (let pass = 0; pass < 5; pass++) {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []))
    const next = fixes.length ? applyFixes(text, fixes) : text
    if (next === text) break
    ;[text, findings] = [next, relint(next)]
  }
  return { text, findings }
}

interface Target {
  /** As printed: relative to the cwd, '/'-separated. */
  display: string
  /** Undefined for standard input. */
  absolute?: string
}

/**
 * The files the paths name: files as given (whatever their name), directories searched, `-` once.
 * Files a directory search finds that match `ignorePaths` (relative to the cwd) are left out.
 * `errors` make the exit code 2; `notes` (symlinks not followed) are only said.
 */
async function collect(paths: readonly string[], cwd: string, ignorePaths: readonly string[]): Promise<{ targets: Target[]; errors: string[]; notes: string[] }> {
  const ignored = globMatcher(ignorePaths)
  const targets: Target[] = []
  const errors: string[] = []
  const notes: string[] = []
  const seen = new Set<string>()
  const add = (target: Target) => {
    const key = target.absolute ?? STDIN_PATH
    if (!seen.has(key)) targets.push(target)
    seen.add(key)
  }
  for (const path of paths) {
    if (path === '-') {
      add({ display: STDIN_PATH })
      continue
    }
    const absolute = resolve(cwd, path)
    const info = await stat(absolute).catch((e: unknown) => describeError(e))
    if (typeof info === 'string') {
      errors.push(`${toSlashes(path)}: ${info}`)
    } else if (!info.isDirectory()) {
      add({ absolute, display: displayPath(cwd, absolute) })
    } else {
      const found = await findDockerfiles(absolute)
      const where = (problem: FileProblem) => `${displayPath(cwd, resolve(absolute, problem.path))}: ${problem.message}`
      errors.push(...found.errors.map(where))
      notes.push(...found.skipped.map(where))
      if (found.files.length === 0) errors.push(`${toSlashes(path)}: no Dockerfile found`)
      for (const file of found.files) {
        const inside = resolve(absolute, file)
        const display = displayPath(cwd, inside)
        if (!ignored(display)) add({ absolute: inside, display })
      }
    }
  }
  return { targets, errors, notes }
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute)
  return toSlashes(rel === '' ? '.' : isAbsolute(rel) ? absolute : rel)
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(io: Io): boolean {
  return io.stdout.isTTY === true && !io.env.NO_COLOR
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`dockerfile-guard: ${message}\nTry 'dockerfile-guard --help'.\n`)
  return 2
}

function isProgram(): boolean {
  const script = process.argv[1]
  if (!script) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (isProgram()) {
  // A closed pipe (`dockerfile-guard | head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`dockerfile-guard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
      process.exitCode = 2
    }
  )
}
