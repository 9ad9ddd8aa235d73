#!/usr/bin/env node
// The command line: `dockerfile-guard [paths…]`. Same engine and reports as the action, no GitHub.
// `main` does all the work against an injected `Io`, so tests run it in-process; the bootstrap at
// the bottom runs it when this file (or its ncc bundle) is the program.
import { realpathSync } from 'node:fs'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { currentDate } from './clock.js'
import { loadConfig } from './config/load.js'
import { ConfigError, lintOptions, type Config } from './config/parse.js'
import { DEFAULT_PATTERNS, FileError, describeError, directoryLister, dockerignoreFinder, findDockerfiles, readDockerfileStream, readDockerfileSync, toSlashes, type FileProblem } from './files.js'
import { applyFixes } from './fix.js'
import { globMatcher } from './glob.js'
import { levelOf, type Finding } from './lint.js'
import { atOrAbove, plural } from './report/counts.js'
import { FORMATS, FORMAT_NAMES, isFormat, unknownFormat, type FormatName, type Run } from './report/formats.js'
import { registryOptions, withDigests } from './registry/digests.js'
import { ruleList, ruleListText } from './report/rule-doc.js'
import { rules } from './rules/index.js'
import { findOnPath, mergeFindings, ShellcheckBatch } from './shellcheck/check.js'
import { PROGRESS_MIN_FILES, progressLine, wantsColor, type Output } from './terminal.js'
import { VERSION } from './version.js'

export type { Output }

export interface Io {
  stdout: Output
  stderr: Output
  stdin: AsyncIterable<string | Uint8Array>
  cwd: string
  env: Readonly<Record<string, string | undefined>>
}

const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
const STDIN_PATH = '<stdin>'

const USAGE = `Usage: dockerfile-guard [options] [paths...]

Lints Dockerfiles for security and correctness problems, and explains how to fix them.
Paths may be files, directories (searched for ${DEFAULT_PATTERNS.map((p) => p.replace('**/', '')).join(', ')})
or - for standard input. Without paths, the current directory is searched.

Options:
  -f, --format <format>  the report's format (see Formats); may be given several times, all but
                         one with an --output
  -o, --output <format>=<file>
                         write that format's report to the file (its directory is created);
                         may be given several times; without --format, nothing goes to stdout
      --fail-on <level>  exit 1 on findings at or above: error (default), warning, note or never
  -c, --config <file>    the configuration file (default: .dockerfile-guard.yml or .yaml, else
                         .hadolint.yaml or .yml, in the current directory)
      --all-rules        also run the rules that are off by default
      --no-shellcheck    do not run ShellCheck (the shellcheck on PATH) on RUN instructions
      --fix              apply the mechanical fixes to the files, then report what is left
      --resolve-digests  look up at its registry the digest each image tag has now, so
                         pin-image-digest (turned on by this) suggests and --fix writes the pin
      --list-rules       list the rules (with --format json: their metadata) and exit
  -h, --help             show this help and exit
  -v, --version          print the version and exit

Formats:
${FORMAT_NAMES.map((name) => `  ${name.padEnd(21)}  ${FORMATS[name].summary}`).join('\n')}

Text is coloured on a terminal, unless NO_COLOR is set or TERM is dumb; FORCE_COLOR=1 colours it
anywhere. With ${PROGRESS_MIN_FILES} files or more, a terminal shows progress on stderr.

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
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o', multiple: true },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'all-rules': { type: 'boolean', default: false },
        'no-shellcheck': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'resolve-digests': { type: 'boolean', default: false },
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
  const reports = planReports(values.format ?? [], values.output ?? [], io.cwd)
  if (typeof reports === 'string') return usageError(io, reports)
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
    const format = reports.stdout ?? 'text'
    if (reports.files.length || (format !== 'text' && format !== 'json')) return usageError(io, '--list-rules prints text or json, to standard output')
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
  let options = lintOptions(config, values['all-rules'], currentDate(io.env))

  // Problems with one path are reported and the other files are still linted; they only change the exit code.
  const { targets, errors, notes, ignoreFiles, leftOut } = await collect(positionals.length ? positionals : ['.'], io.cwd, config.ignorePaths)
  for (const message of [...errors, ...notes]) say(message)
  // pre-commit and editors name files: ignore-paths leaves those out too, and says so (once).
  if (leftOut.length) say(`${plural(leftOut.length, 'file')} named on the command line left out by ignore-paths in ${config.path}: ${leftOut.join(', ')}`)
  let failed = errors.length > 0
  const linted: Finding[] = []
  const sources = new Map<string, string>()
  // The directories searched are listed already: only those of files named on the command line are listed again.
  const findDockerignore = dockerignoreFinder(directoryLister('', ignoreFiles), (path) => readDockerfileSync(path, { kind: '.dockerignore' }))
  // A file that cannot be read or written is said, and the others are still linted.
  const fileError = (target: Target, e: unknown) => {
    if (!(e instanceof FileError)) throw e
    say(`${target.display}: ${e.reason}`)
    failed = true
  }
  // Every file is read before the first is linted: --resolve-digests looks up the images of all of them at once.
  const read: { target: Target; text: string }[] = []
  for (const target of targets) {
    try {
      read.push({ target, text: target.absolute === undefined ? await readDockerfileStream(io.stdin, STDIN_PATH) : readDockerfileSync(target.absolute) })
    } catch (e) {
      fileError(target, e)
    }
  }
  if (values['resolve-digests']) {
    const looked = await withDigests(options, read.map(({ text }) => text), registryOptions(io.env))
    looked.warnings.forEach(say)
    options = looked.options
  }
  let fixed = 0
  // ShellCheck runs once, over the RUNs of every file, after the engine: the batch keeps them as it lints.
  const shellcheck = new ShellcheckBatch(options, !values['no-shellcheck'] && config.shellcheck !== false)
  const progress = progressLine(io.stderr, read.length)
  for (const [index, entry] of read.entries()) {
    progress.update(index + 1)
    const { target } = entry
    let { text } = entry
    try {
      // Standard input has no directory, so no build context to guess.
      const ignore = target.absolute === undefined ? undefined : await findDockerignore(toSlashes(target.absolute))
      const file = { path: target.display, ...(ignore && { dockerignore: { path: displayPath(io.cwd, ignore.path), text: ignore.text } }) }
      let found = shellcheck.lint({ ...file, text })
      if (values.fix && target.absolute !== undefined) {
        const result = fix(text, found, (next) => shellcheck.lint({ ...file, text: next }))
        if (result.text !== text) await writeFile(target.absolute, result.text).catch((e: unknown) => Promise.reject(new FileError(target.display, `fixes not written: ${describeError(e)}`)))
        fixed += found.length - result.findings.length
        ;({ text, findings: found } = result)
      }
      sources.set(target.display, text)
      linted.push(...found)
    } catch (e) {
      progress.clear()
      fileError(target, e)
    }
  }
  progress.clear()
  const checked = await shellcheck.run(findOnPath('shellcheck', io.env))
  if (checked.warning) say(checked.warning)
  // Only of the files reported: one whose fixes could not be written is an error of its own.
  const findings = mergeFindings(linted, checked.findings.filter((finding) => sources.has(finding.path)), sources.keys())

  if (values.fix && fixed > 0) say(`fixed ${plural(fixed, 'problem')}`)
  // Every report is of the same run: the linted files (also the clean ones), their text, the rules that ran.
  const ranRules = rules.filter((rule) => levelOf(rule, options) !== 'off').map((rule) => rule.id)
  const run: Run = { findings, rules, ranRules, files: [...sources.keys()], sources, version: VERSION, color: false }
  if (reports.stdout) io.stdout.write(FORMATS[reports.stdout].render({ ...run, color: wantsColor(io.stdout, io.env) }))
  // A report that cannot be written does not stop the others: each is a file some later step reads.
  for (const report of reports.files) {
    await writeReport(resolve(io.cwd, report.path), FORMATS[report.format].render(run)).catch((e: unknown) => {
      say(`${report.path}: report not written: ${describeError(e)}`)
      failed = true
    })
  }

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
 * Files that match `ignorePaths` (relative to the cwd) are left out: those a directory search finds
 * silently, those named on the command line listed in `leftOut`. `errors` make the exit code 2;
 * `notes` (symlinks not followed) are only said.
 */
async function collect(
  paths: readonly string[],
  cwd: string,
  ignorePaths: readonly string[]
): Promise<{ targets: Target[]; errors: string[]; notes: string[]; ignoreFiles: Map<string, ReadonlySet<string>>; leftOut: string[] }> {
  const ignored = globMatcher(ignorePaths)
  const targets: Target[] = []
  const errors: string[] = []
  const notes: string[] = []
  const leftOut: string[] = []
  const ignoreFiles = new Map<string, ReadonlySet<string>>()
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
      const display = displayPath(cwd, absolute)
      if (ignored(display)) leftOut.push(display)
      else add({ absolute, display })
    } else {
      const found = await findDockerfiles(absolute)
      for (const [dir, names] of found.ignoreFiles) ignoreFiles.set(dir, names)
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
  return { targets, errors, notes, ignoreFiles, leftOut }
}

/** Where the reports go: at most one to standard output, the others to files. */
interface ReportPlan {
  stdout?: FormatName
  files: { format: FormatName; path: string }[]
}

/**
 * Reads `--format` and `--output FORMAT=FILE`. A format that has an `--output` goes to its files,
 * one that has none to standard output (one at most), and an `--output` alone picks its format
 * too; with neither, text goes to standard output. Returns the plan, or what is wrong with them.
 */
function planReports(formats: readonly string[], outputs: readonly string[], cwd: string): ReportPlan | string {
  const files: ReportPlan['files'] = []
  for (const output of outputs) {
    const at = output.indexOf('=')
    const [format, path] = at < 0 ? [output, ''] : [output.slice(0, at), output.slice(at + 1)]
    if (!path) return `--output '${output}': expected FORMAT=FILE, e.g. sarif=dockerfile-guard.sarif`
    if (!isFormat(format)) return unknownFormat(format)
    const taken = files.find((file) => resolve(cwd, file.path) === resolve(cwd, path))
    if (taken) return `--output: ${taken.format} and ${format} would both be written to ${path}`
    files.push({ format, path })
  }
  const unknown = formats.find((format) => !isFormat(format))
  if (unknown !== undefined) return unknownFormat(unknown)
  const toStdout = [...new Set(formats.filter(isFormat))].filter((format) => !files.some((file) => file.format === format))
  if (toStdout.length > 1) return `only one format can be printed, and ${toStdout.join(' and ')} have no --output: give all but one an --output FORMAT=FILE`
  if (formats.length === 0 && files.length === 0) return { stdout: 'text', files }
  return { stdout: toStdout[0], files }
}

/** Writes a report, creating its directory when there is none (`--output junit=reports/junit.xml`). */
async function writeReport(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  }
}

function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute)
  return toSlashes(rel === '' ? '.' : isAbsolute(rel) ? absolute : rel)
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
