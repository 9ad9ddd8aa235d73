// Runs the real ShellCheck over many scripts at once: every script written as a file of one temporary
// directory, one `shellcheck --format=json1` process over all of them (one per core for a large run),
// never a process per RUN. Whatever goes wrong (no binary, a crash, a time-out, output that is not
// json1) is a `ShellcheckError` whose message says what, for one warning; the caller's other findings stand.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { EXCLUDED_CODES } from './codes.js'
import type { Json1Comment } from './findings.js'

export interface RunOptions {
  /** The ShellCheck program: a path, or a name looked up on PATH. */
  binary: string
  /** The most the whole run may take; by default 60 s plus 50 ms a script. */
  timeoutMs?: number
  /** How many processes to run side by side at most; by default one per core. */
  processes?: number
}

export class ShellcheckError extends Error {}

/** Scripts per process below which a second process costs more (its start) than it saves. */
const SCRIPTS_PER_PROCESS = 200
/** Where ShellCheck's error output is quoted in a message, this much of it. */
const QUOTED = 200

const BASE_ARGS = ['--format=json1', `--exclude=${EXCLUDED_CODES.join(',')}`]

/** ShellCheck's comments on each script, in the order of `scripts`. Throws a `ShellcheckError`. */
export async function runShellcheck(scripts: readonly string[], options: RunOptions): Promise<Json1Comment[][]> {
  const comments: Json1Comment[][] = scripts.map(() => [])
  if (scripts.length === 0) return comments
  const dir = await mkdtemp(join(tmpdir(), 'dockerfile-guard-shellcheck-'))
  try {
    const names = scripts.map((_, i) => `${i}.sh`)
    await Promise.all(scripts.map((script, i) => writeFile(join(dir, names[i]), script)))
    const timeout = options.timeoutMs ?? 60_000 + 50 * scripts.length
    const count = Math.max(1, Math.min(options.processes ?? availableParallelism(), Math.ceil(scripts.length / SCRIPTS_PER_PROCESS)))
    const size = Math.ceil(names.length / count)
    const batches = Array.from({ length: count }, (_, i) => names.slice(i * size, (i + 1) * size)).filter((batch) => batch.length)
    const outputs = await Promise.all(batches.map((batch) => check(options.binary, batch, dir, timeout)))
    for (const comment of outputs.flat()) {
      const index = Number(/^(\d+)\.sh$/.exec(comment.file)?.[1])
      if (Number.isInteger(index) && index < comments.length) comments[index].push(comment)
    }
    return comments
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** One process over `files` (names in `dir`); `--norc` first, and without it for a ShellCheck older than the option. */
async function check(binary: string, files: readonly string[], dir: string, timeout: number): Promise<Json1Comment[]> {
  const run = await execute(binary, ['--norc', ...BASE_ARGS, ...files], dir, timeout)
  const result = run.code === 3 && /norc/.test(run.stderr) ? await execute(binary, [...BASE_ARGS, ...files], dir, timeout) : run
  return parseJson1(result)
}

interface Execution {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function execute(binary: string, args: readonly string[], cwd: string, timeout: number): Promise<Execution> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeout)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      reject(new ShellcheckError(error.code === 'ENOENT' ? `${binary} was not found` : `${binary} could not be run (${error.message})`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (timedOut) reject(new ShellcheckError(`${binary} did not finish within ${Number((timeout / 1000).toFixed(1))} s`))
      else resolve({ code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') })
    })
  })
}

/** The comments of ShellCheck's json1 output: 0 no comments, 1 comments, 2 some file not read (its comments still printed). */
function parseJson1(run: Execution): Json1Comment[] {
  const said = run.stderr.trim().split('\n')[0]?.slice(0, QUOTED)
  const how = run.signal ? `was killed by ${run.signal}` : `exited with code ${run.code}`
  let output: unknown
  try {
    output = JSON.parse(run.stdout)
  } catch {
    throw new ShellcheckError(`ShellCheck ${how} without json1 output${said ? ` (${said})` : ''}`)
  }
  const comments = (output as { comments?: unknown } | null)?.comments
  if (!Array.isArray(comments) || !comments.every(isComment) || (run.code !== 0 && run.code !== 1 && run.code !== 2)) {
    throw new ShellcheckError(`ShellCheck ${how} and its output is not json1${said ? ` (${said})` : ''}`)
  }
  return comments
}

function isComment(value: unknown): value is Json1Comment {
  const c = value as Record<string, unknown>
  const numbers = ['line', 'column', 'endLine', 'endColumn', 'code'] as const
  return (
    typeof c === 'object' && c !== null && typeof c.file === 'string' && typeof c.message === 'string' && typeof c.level === 'string' &&
    numbers.every((key) => Number.isInteger(c[key])) &&
    (c.fix == null || (typeof c.fix === 'object' && Array.isArray((c.fix as { replacements?: unknown }).replacements) && (c.fix as { replacements: unknown[] }).replacements.every(isReplacement)))
  )
}

function isReplacement(value: unknown): boolean {
  const r = value as Record<string, unknown>
  return typeof r === 'object' && r !== null && typeof r.replacement === 'string' && (['line', 'column', 'endLine', 'endColumn'] as const).every((key) => Number.isInteger(r[key]))
}
