// From the parsed Dockerfile to the shell scripts its RUNs hand to a shell, written as ShellCheck
// should read them, each with a map from its characters back to the Dockerfile's. A script is what
// BuildKit runs: the shell form with its continuation lines joined (and the comment and blank lines
// between them dropped), CRLF read as LF; a bare `RUN <<EOF` heredoc's body; the text and heredocs
// of any other heredoc RUN; the string of an exec-form `["sh", "-c", "…"]`. The stage's SHELL picks
// the dialect (bash, sh, dash, ash, ksh); PowerShell, cmd and shells ShellCheck does not know are
// skipped. Ahead of the code go a shebang naming the dialect and, as hadolint does, `export` of the
// ARG and ENV names in scope that it uses, so that ShellCheck does not call them unassigned (SC2154).
// Pure: no I/O.
import type { Dockerfile, Instruction, Stage } from '../dockerfile/model.js'
import { closest } from '../closest.js'
import { table } from '../lookup.js'

/** The dialects ShellCheck checks. */
export type Dialect = 'sh' | 'bash' | 'dash' | 'ksh'

/**
 * Script characters [at, at + length) come from the Dockerfile's [from, from + sourceLength): the
 * same text when the lengths agree; otherwise one character decoded from an escape (`\"` in an
 * exec-form string).
 */
export interface Piece {
  at: number
  from: number
  length: number
  sourceLength: number
}

export interface ShellScript {
  /** What ShellCheck reads. */
  text: string
  /** Where the script's characters come from, in order of `at`; the lines we add have none. */
  pieces: Piece[]
  /** The lines we add (shebang, `export`): no finding is reported on them. */
  added: { at: number; length: number }[]
  /** The code is an exec-form JSON string, so a fix's text must be written JSON-escaped. */
  json?: boolean
}

// Shells by program name; ash is checked as dash, as ShellCheck itself does with `#!/bin/ash`.
const DIALECTS = table<Dialect>({ sh: 'sh', bash: 'bash', dash: 'dash', ash: 'dash', ksh: 'ksh', ksh93: 'ksh', mksh: 'ksh' })

/** The proxy variables Docker sets in every RUN without an ARG (as hadolint declares them, and the ALL_PROXY pair). */
const PREDEFINED = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy']

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
/** A line Docker drops inside a continued instruction: blank, or a comment. */
const DROPPED = /^[ \t]*(#|$)/
/** A bare heredoc RUN (`RUN <<EOF`, `<<-"EOF"`): BuildKit runs the heredoc's body itself as the script. */
const BARE_HEREDOC = /^<<-?[ \t]*(["']?)[A-Za-z_][\w.-]*\1$/

/** The shell scripts of the file's RUNs (ONBUILD triggers included), in order. */
export function shellScripts(dockerfile: Dockerfile): ShellScript[] {
  const scripts: ShellScript[] = []
  // The ENV names each stage leaves in its image, for the stages built FROM it.
  const stageEnv = new Map<Stage, string[]>()
  let declared = new Set(PREDEFINED)
  let env: string[] = []
  // ONBUILD triggers run in a later build, after the triggers before them: its ARGs and ENVs, its SHELL.
  let triggers = { declared: [] as string[], shell: undefined as readonly string[] | undefined }
  const add = (script: ShellScript | undefined) => script && scripts.push(script)

  for (const instruction of dockerfile.instructions) {
    const { keyword, stage } = instruction
    const names = (keyword === 'ARG' || keyword === 'ENV' ? instruction.properties : []).map((p) => p.name).filter((name) => NAME.test(name))
    if (keyword === 'FROM' && !instruction.onbuild) {
      const base = stage?.image.stage
      env = [...((base && stageEnv.get(base)) ?? [])]
      if (stage) stageEnv.set(stage, env)
      declared = new Set([...PREDEFINED, ...env])
      triggers = { declared: [], shell: undefined }
    } else if (instruction.onbuild) {
      if (keyword === 'SHELL' && instruction.json?.length) triggers.shell = instruction.json
      triggers.declared.push(...names)
      if (keyword === 'RUN') add(scriptOf(dockerfile, instruction, triggers.shell ?? instruction.shellCommand, [...PREDEFINED, ...env, ...triggers.declared]))
    } else {
      names.forEach((name) => declared.add(name))
      if (keyword === 'ENV') env.push(...names)
      if (keyword === 'RUN') add(scriptOf(dockerfile, instruction, instruction.shellCommand, declared))
    }
  }
  return scripts
}

/** The dialect of a shell program (`/bin/bash`, `ash`, `sh.exe`), or undefined for another program. */
export function dialectOf(program: string): Dialect | undefined {
  const name = (program.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '')
  return DIALECTS[name]
}

function scriptOf(dockerfile: Dockerfile, run: Instruction, shell: readonly string[], names: Iterable<string>): ShellScript | undefined {
  if (run.args.length === 0) return undefined
  if (run.json) {
    const code = execString(dockerfile.text, run)
    return code && { ...finish(code.body, code.dialect, names), json: true }
  }
  const dialect = dialectOf(shell[0] ?? '')
  if (!dialect) return undefined
  const body = new Builder(dockerfile.text)
  const next = firstLine(body, dockerfile.text, dockerfile.escape, run.args[0].start, run.end)
  if (run.heredocs.length === 0) return finish(body, dialect, names)
  return heredocScript(body, dockerfile.text, run, next, dialect, names)
}

/** Copies the instruction's first line from `start`, its continuation lines joined as Docker joins them; returns where the next line starts. */
function firstLine(body: Builder, text: string, escape: string, start: number, end: number): number {
  const continued = new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \\t]*$`)
  let pos = start
  let inside = false
  while (pos < end) {
    const line = lineAt(text, pos, end)
    const content = text.slice(pos, line.contentEnd)
    if (inside && DROPPED.test(content)) {
      pos = line.next
      continue
    }
    const join = continued.exec(content)
    body.copy(pos, join ? pos + join.index : line.contentEnd)
    pos = line.next
    if (!join) break
    inside = true
  }
  return pos
}

/**
 * A RUN with heredocs. A bare `RUN <<EOF` runs the body as the script (with a leading `#!`, by that
 * interpreter: checked when it is a shell, skipped otherwise); any other heredoc RUN is one script
 * of its first line and the heredocs after it, as BuildKit hands it to the shell.
 */
function heredocScript(command: Builder, text: string, run: Instruction, from: number, dialect: Dialect, names: Iterable<string>): ShellScript | undefined {
  const docs: { body: Line[]; terminator: Line }[] = []
  let pos = from
  for (const heredoc of run.heredocs) {
    const strip = text.startsWith('<<-', heredoc.start)
    const body: Line[] = []
    let terminator: Line | undefined
    while (!terminator && pos < run.end) {
      const line = { start: pos, ...lineAt(text, pos, run.end) }
      const content = text.slice(pos, line.contentEnd)
      if ((strip ? content.replace(/^\t+/, '') : content) === heredoc.name) terminator = line
      else body.push(line)
      pos = line.next
    }
    if (!terminator) return undefined // unterminated: not a script BuildKit would run
    docs.push({ body, terminator })
  }

  if (docs.length === 1 && BARE_HEREDOC.test(command.text.trim())) {
    const body = new Builder(text)
    const strip = text.startsWith('<<-', run.heredocs[0].start)
    for (const line of docs[0].body) {
      const tabs = strip ? /^\t*/.exec(text.slice(line.start, line.contentEnd))![0].length : 0
      body.copy(line.start + tabs, line.contentEnd)
      body.copyNewline(line)
    }
    if (!text.startsWith('#!', docs[0].body[0]?.start ?? run.end)) return finish(body, dialect, names)
    const own = shebangDialect(body.text.slice(0, body.text.indexOf('\n')))
    return own && finish(body, undefined, names)
  }

  // The command line, then each heredoc: "\n", its lines, its terminator.
  for (const doc of docs) {
    command.insert('\n')
    for (const line of doc.body) {
      command.copy(line.start, line.contentEnd)
      command.copyNewline(line)
    }
    command.copy(doc.terminator.start, doc.terminator.contentEnd)
  }
  return finish(command, dialect, names)
}

/** The `-c` string of an exec-form `["bash", "-c", "…"]`, decoded from its JSON escapes. */
function execString(text: string, run: Instruction): { body: Builder; dialect: Dialect } | undefined {
  const words = run.json!
  const dialect = dialectOf(words[0] ?? '')
  const index = dialect && commandString(words)
  if (!index) return undefined
  const span = run.jsonArgs![index]
  // Where the parser could not find the string as written, it spans the instruction: skip it.
  if (text[span.start - 1] !== '"' || text[span.end] !== '"') return undefined
  try {
    if (JSON.parse(text.slice(span.start - 1, span.end + 1)) !== words[index]) return undefined
  } catch {
    return undefined
  }
  const body = new Builder(text)
  for (let i = span.start; i < span.end; ) {
    const escape = text.indexOf('\\', i)
    if (escape < 0 || escape >= span.end) {
      body.copy(i, span.end)
      break
    }
    body.copy(i, escape)
    const length = text[escape + 1] === 'u' ? 6 : 2
    body.decoded(JSON.parse(`"${text.slice(escape, escape + length)}"`) as string, escape, length)
    i = escape + length
  }
  return { body, dialect }
}

/** The index of the command string in `sh -c '…'`, `bash -euxc '…'`, `bash -o pipefail -c '…'`. */
function commandString(words: readonly string[]): number | undefined {
  let command = false
  for (let i = 1; i < words.length; i++) {
    const word = words[i]
    if (word === '-o' || word === '+o') i++
    else if (/^[-+][A-Za-z]+$/.test(word)) command ||= word.startsWith('-') && word.includes('c')
    else return command ? i : undefined
  }
  return undefined
}

/** The dialect a script's own `#!` line names (`#!/bin/bash -e`, `#!/usr/bin/env sh`). */
function shebangDialect(line: string): Dialect | undefined {
  const words = line.slice(2).trim().split(/\s+/)
  const program = dialectOf(words[0]) === undefined && /(^|\/)env$/.test(words[0]) ? (words.slice(1).find((w) => !w.startsWith('-')) ?? '') : words[0]
  return dialectOf(program)
}

/**
 * The script: our shebang (unless the code has its own), then the code with the `export` of the
 * declared names it uses after its leading comment lines, where a `# shellcheck disable=…` there
 * still covers the whole script.
 */
function finish(body: Builder, dialect: Dialect | undefined, names: Iterable<string>): ShellScript {
  let at = 0
  while (at < body.text.length) {
    const end = body.text.indexOf('\n', at)
    const line = body.text.slice(at, end < 0 ? body.text.length : end)
    if (!DROPPED.test(line)) break
    at = end < 0 ? body.text.length : end + 1
  }
  const used = usedNames(body.text, new Set(names))
  if (used.length) body.insertAt(at, `${at === body.text.length && at > 0 && !body.text.endsWith('\n') ? '\n' : ''}export ${used.map((name) => `${name}=1`).join(' ')}\n`)
  if (dialect) body.insertAt(0, `#!/bin/${dialect}\n`)
  return { text: body.text, pieces: body.pieces, added: body.added }
}

/**
 * The declared names the code refers to, sorted; and for a name it uses that is not declared, the
 * declared one nearest to it, so that ShellCheck can still ask "did you mean HTTP_PROXY?" (SC2153).
 * Declaring every name would cost ShellCheck's data-flow analysis time for each, in every script.
 */
function usedNames(code: string, declared: ReadonlySet<string>): string[] {
  const used = new Set<string>()
  for (const [, name] of code.matchAll(/\$\{?[#!]?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const near = declared.has(name) ? name : /[a-z]/.test(name) ? undefined : closest(name, declared, 2)
    if (near) used.add(near)
  }
  return [...used].sort()
}

interface Line {
  start: number
  /** Where the line's text ends: before its `\r\n` or `\n`. */
  contentEnd: number
  /** Where the next line starts. */
  next: number
}

function lineAt(text: string, pos: number, end: number): Omit<Line, 'start'> {
  const newline = text.indexOf('\n', pos)
  if (newline < 0 || newline >= end) return { contentEnd: end, next: end }
  return { contentEnd: text[newline - 1] === '\r' && newline - 1 >= pos ? newline - 1 : newline, next: newline + 1 }
}

/** Builds a script out of pieces of the Dockerfile's text and text of our own. */
class Builder {
  text = ''
  pieces: Piece[] = []
  /** What `insertAt` added. */
  added: { at: number; length: number }[] = []

  constructor(private readonly source: string) {}

  copy(from: number, to: number): void {
    if (to <= from) return
    const last = this.pieces[this.pieces.length - 1]
    // Adjacent in both texts: one piece, so that a fix may span it.
    if (last && last.length === last.sourceLength && last.at + last.length === this.text.length && last.from + last.sourceLength === from) {
      last.length += to - from
      last.sourceLength += to - from
    } else {
      this.pieces.push({ at: this.text.length, from, length: to - from, sourceLength: to - from })
    }
    this.text += this.source.slice(from, to)
  }

  /** The `\n` that ends the line (a CRLF's `\r` left out), or one of our own at the end of the text. */
  copyNewline(line: Line): void {
    if (line.next > line.contentEnd && this.source[line.next - 1] === '\n') this.copy(line.next - 1, line.next)
    else this.insert('\n')
  }

  decoded(char: string, from: number, sourceLength: number): void {
    this.pieces.push({ at: this.text.length, from, length: char.length, sourceLength })
    this.text += char
  }

  insert(text: string): void {
    this.text += text
  }

  insertAt(at: number, text: string): void {
    this.text = this.text.slice(0, at) + text + this.text.slice(at)
    for (const range of [...this.pieces, ...this.added]) if (range.at >= at) range.at += text.length
    this.added.push({ at, length: text.length })
  }
}
