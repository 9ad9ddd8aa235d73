// A small recursive-descent parser for the POSIX/bash shell language as RUN bodies use it. It builds
// the command model of ./types.ts in one pass over the text (see docs/decisions/shell-parser.md for
// why it is hand-written). It never throws: a syntax error ends the parse, keeps what was parsed and
// is reported in `Script.error`.
import type { Command, Context, Heredoc, Pipeline, Redirect, Script, Word } from './types.js'
import { parseHostCommand, powerShellHost, wordSource } from './powershell.js'
import { unwrap } from './wrappers.js'

export interface ParseOptions {
  /** Absolute offset of `src` in the Dockerfile; every offset in the model is shifted by it. */
  base?: number
  /**
   * Dockerfile mode: the text is an instruction body, so a line continuation may use the Dockerfile's
   * escape character and the comment or blank lines Docker drops inside a continuation are skipped.
   */
  dockerEscape?: string
}

export const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh'])

class SyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

/** The characters that end a word, by char code: a table, since it is asked for every character. */
const META = new Uint8Array(128)
for (const c of ' \t\n\r;&|()<>') META[c.charCodeAt(0)] = 1
/** The characters a word's reading stops at: the metacharacters, quotes, escapes, expansions and `=`. */
const WORD_SPECIAL = META.slice()
for (const c of '\\\'"$`=') WORD_SPECIAL[c.charCodeAt(0)] = 1
const RESERVED = /(if|in|then|else|elif|fi|for|select|while|until|do|done|case|esac|function|\{|\}|!|\[\[)(?=[\s;&|()<>]|$)/y
/** The first characters of the reserved words. */
const RESERVED_START = new Uint8Array(128)
for (const c of 'itefswudc{}![') RESERVED_START[c.charCodeAt(0)] = 1
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/
const NAME = /[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]/y
const REDIRECT = /([0-9]*)(<<<|<<-|<<|<>|<&|>>|>&|>\||&>>|&>|<|>)/y
/** The first characters of a redirect: a file descriptor's digits or its operator. */
const REDIRECT_START = new Uint8Array(128)
for (const c of '0123456789<>&') REDIRECT_START[c.charCodeAt(0)] = 1
const CASE_TERMINATOR = /;;&|;;|;&/y
/** The reserved words that end a list, by what the list is part of. */
const UNTIL_BRACE = new Set(['}'])
const UNTIL_THEN = new Set(['then'])
const UNTIL_DO = new Set(['do'])
const UNTIL_DONE = new Set(['done'])
const UNTIL_BRANCH = new Set(['elif', 'else', 'fi'])
const UNTIL_FI = new Set(['fi'])
const UNTIL_ESAC = new Set(['esac'])
/** Commands nested deeper than this end the parse with an error: real RUN bodies nest a handful of
 * levels, and the recursion must not overflow the stack on hostile input (5,000 nested `$(…)`). */
const MAX_DEPTH = 100

interface PendingHeredoc {
  redirect: Redirect
  strip: boolean
  owner?: Command
}

/**
 * An exec-form command (`RUN ["sh", "-c", "…"]`): no shell reads it, so its words are taken as they
 * are; wrappers are unwrapped and shell strings parsed as for the shell form.
 */
export function parseExec(words: readonly Word[]): Script {
  const script: Script = { commands: [], pipelines: [] }
  if (words.length) new Parser('', 0, undefined, script).exec(words)
  return script
}

export function parseShell(src: string, options: ParseOptions = {}): Script {
  const script: Script = { commands: [], pipelines: [] }
  new Parser(src, options.base ?? 0, options.dockerEscape, script).parseScript('top', undefined)
  return script
}

class Parser {
  private pos = 0
  private pending: PendingHeredoc[] = []
  private context: Context = 'top'
  private parent: Command | undefined
  /** True while parsing the condition list of an `if`, `elif`, `while` or `until`. */
  private inCondition = false

  constructor(
    private readonly src: string,
    private readonly base: number,
    private readonly dockerEscape: string | undefined,
    private readonly script: Script,
    /** Nesting depth: a nested parser (`sh -c`, backticks, heredoc scripts) starts one level below its parent. */
    private depth = 0
  ) {}

  parseScript(context: Context, parent: Command | undefined): void {
    this.context = context
    this.parent = parent
    try {
      this.parseList(undefined, false)
      this.skipBlanks()
      if (this.pos < this.src.length) this.fail(`unexpected '${this.src[this.pos]}'`)
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      this.script.error ??= { message: error.message, offset: this.base + error.offset }
    }
  }

  exec([name, ...args]: readonly Word[]): void {
    const end = args.length ? args[args.length - 1].end : name.end
    const pipeline: Pipeline = { commands: [], negated: false, start: name.start, end }
    const command = this.newCommand(pipeline, 0)
    Object.assign(command, { name: name.value, program: basename(name.value), nameWord: name, args, start: name.start, end })
    pipeline.commands.push(command)
    this.script.pipelines.push(pipeline)
    this.script.commands.push(command)
    try {
      this.expand(command)
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error
      this.script.error ??= { message: error.message, offset: error.offset }
    }
  }

  // ---- lists, pipelines, commands ----------------------------------------------------------

  /** Parses and-or lists until EOF, a `)` (when `inParens`), `;;`, or one of the `stop` words. */
  private parseList(stop: Set<string> | undefined, inParens: boolean): void {
    let joinedBy: string | undefined
    for (;;) {
      this.skipSeparators()
      const c = this.src[this.pos]
      if (c === undefined || (inParens && c === ')') || this.src.startsWith(';;', this.pos)) return
      if (stop && stop.has(this.peekReserved() ?? '')) return
      this.parseAndOr(joinedBy)
      this.skipBlanks()
      const d = this.src[this.pos]
      if (d === ';' && this.src[this.pos + 1] !== ';') {
        joinedBy = ';'
        this.pos++
      } else if (d === '&' && this.src[this.pos + 1] !== '&' && this.src[this.pos + 1] !== '>') {
        joinedBy = '&'
        this.pos++
      } else if (d === '\n' || d === '\r') {
        joinedBy = '\n'
      } else {
        return
      }
    }
  }

  private parseAndOr(joinedBy: string | undefined): void {
    this.parsePipeline(joinedBy)
    for (;;) {
      this.skipBlanks()
      const op = this.src.startsWith('&&', this.pos) ? '&&' : this.src.startsWith('||', this.pos) ? '||' : undefined
      if (!op) return
      this.pos += 2
      this.skipSeparators(false)
      this.parsePipeline(op)
    }
  }

  private parsePipeline(joinedBy: string | undefined): void {
    this.skipBlanks()
    const start = this.pos
    const pipeline: Pipeline = { commands: [], negated: false, joinedBy, start: this.base + start, end: 0 }
    if (this.inCondition) pipeline.condition = true
    if (this.peekReserved() === '!') {
      pipeline.negated = true
      this.pos++
    }
    this.script.pipelines.push(pipeline)
    for (;;) {
      pipeline.commands.push(this.parseCommand(pipeline))
      this.skipBlanks()
      if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|') break
      this.pos += this.src[this.pos + 1] === '&' ? 2 : 1
      this.skipSeparators(false)
    }
    pipeline.end = pipeline.commands[pipeline.commands.length - 1].end
  }

  /** Every kind of nesting passes through here, so this is where the depth is counted. */
  private parseCommand(pipeline: Pipeline): Command {
    if (++this.depth > MAX_DEPTH) this.fail('nesting too deep')
    const command = this.parseCommandAt(pipeline)
    this.depth--
    return command
  }

  private parseCommandAt(pipeline: Pipeline): Command {
    this.skipBlanks()
    const start = this.pos
    const c = this.src[start]
    const reserved = this.peekReserved()
    if (c === '(' && this.src[start + 1] === '(') {
      this.pos = this.skipBalanced(start + 1, '(', ')') // (( arithmetic ))
      if (this.src[this.pos] !== ')') this.fail("missing ')' of '(( … ))'")
      this.pos++
      return this.compound('((', pipeline, start)
    }
    if (c === '(') {
      this.pos++
      this.parseList(undefined, true)
      this.expect(')')
      return this.compound('(', pipeline, start)
    }
    switch (reserved) {
      case '{':
        this.pos++
        this.parseList(UNTIL_BRACE, false)
        this.expectWord('}')
        return this.compound('{', pipeline, start)
      case 'if':
        this.pos += 2
        this.parseCondition(UNTIL_THEN)
        this.expectWord('then')
        this.parseList(UNTIL_BRANCH, false)
        while (this.peekReserved() === 'elif') {
          this.pos += 4
          this.parseCondition(UNTIL_THEN)
          this.expectWord('then')
          this.parseList(UNTIL_BRANCH, false)
        }
        if (this.peekReserved() === 'else') {
          this.pos += 4
          this.parseList(UNTIL_FI, false)
        }
        this.expectWord('fi')
        return this.compound('if', pipeline, start)
      case 'while':
      case 'until':
        this.pos += reserved.length
        this.parseCondition(UNTIL_DO)
        this.parseDoGroup()
        return this.compound(reserved, pipeline, start)
      case 'for':
      case 'select':
        this.pos += reserved.length
        this.parseFor()
        return this.compound(reserved, pipeline, start)
      case 'case':
        this.pos += 4
        this.parseCase()
        return this.compound('case', pipeline, start)
      case 'function':
        this.pos += 8
        this.skipBlanks()
        this.readWord()
        this.skipBlanks()
        if (this.src.startsWith('()', this.pos)) this.pos += 2
        return this.parseCommand(pipeline)
      case '[[':
        this.pos = this.endOfTest(start)
        return this.compound('[[', pipeline, start)
    }
    return this.parseSimple(pipeline, start)
  }

  private compound(name: string, pipeline: Pipeline, start: number): Command {
    const command = this.newCommand(pipeline, start)
    command.name = command.program = name
    command.compound = true
    this.parseRedirects(command)
    command.end = this.base + this.pos
    return command
  }

  /** The condition list of `if`/`elif`/`while`/`until`: its pipelines are marked `condition`. */
  private parseCondition(stop: Set<string>): void {
    const outer = this.inCondition
    this.inCondition = true
    this.parseList(stop, false)
    this.inCondition = outer
  }

  private parseDoGroup(): void {
    this.skipSeparators()
    this.expectWord('do')
    this.parseList(UNTIL_DONE, false)
    this.expectWord('done')
  }

  private parseFor(): void {
    this.skipBlanks()
    if (this.src.startsWith('((', this.pos)) {
      this.pos = this.skipBalanced(this.pos + 1, '(', ')') + 1
    } else {
      this.readWord()
      this.skipSeparators()
      if (this.src.startsWith('in', this.pos) && /[\s;]/.test(this.src[this.pos + 2] ?? ' ')) {
        this.pos += 2
        for (;;) {
          this.skipBlanks()
          const c = this.src[this.pos]
          if (c === undefined || c === ';' || c === '\n' || c === '\r') break
          if (!this.readWord()) this.fail(`unexpected '${c}' in 'for' list`)
        }
      }
    }
    this.skipSeparators()
    if (this.src[this.pos] === '{') {
      this.pos++
      this.parseList(UNTIL_BRACE, false)
      this.expectWord('}')
    } else {
      this.parseDoGroup()
    }
  }

  private parseCase(): void {
    this.skipBlanks()
    if (!this.readWord()) this.fail("missing word after 'case'")
    this.skipSeparators()
    this.expectWord('in')
    for (;;) {
      this.skipSeparators()
      if (this.peekReserved() === 'esac') break
      if (this.src[this.pos] === '(') this.pos++
      for (;;) {
        this.skipBlanks()
        if (!this.readWord()) this.fail("missing pattern in 'case'")
        this.skipBlanks()
        if (this.src[this.pos] !== '|') break
        this.pos++
      }
      this.expect(')')
      this.parseList(UNTIL_ESAC, false)
      CASE_TERMINATOR.lastIndex = this.pos
      const match = CASE_TERMINATOR.exec(this.src)
      if (match) this.pos += match[0].length
      else if (this.peekReserved() !== 'esac') this.fail("missing ';;' in 'case'")
    }
    this.pos += 4
  }

  private parseSimple(pipeline: Pipeline, start: number): Command {
    const command = this.newCommand(pipeline, start)
    this.script.commands.push(command)
    const outer = this.parent
    this.parent = command
    let end = start // after the last word or redirect: trailing blanks are not part of the command
    for (;; end = this.pos) {
      this.skipBlanks()
      const c = this.src[this.pos]
      if (c === undefined || c === '\n' || c === '\r' || c === ';' || c === '|' || c === ')') break
      if (c === '&' && this.src[this.pos + 1] !== '>') break
      if ((c === '<' || c === '>') && this.src[this.pos + 1] === '(') {
        this.pushWord(command, this.readWord()!)
        continue
      }
      if (this.parseRedirect(command)) continue
      if (c === '(') {
        if (command.nameWord && command.args.length === 0) {
          this.parseFunctionBody(command) // name() { …; }
          break
        }
        this.fail("unexpected '('")
      }
      const word = this.readWord()
      if (!word) break
      this.pushWord(command, word)
    }
    this.parent = outer
    command.end = this.base + Math.max(end, Math.min(this.pos, start))
    if (command.nameWord) this.expand(command)
    return command
  }

  private pushWord(command: Command, word: Word): void {
    if (!command.nameWord && ASSIGNMENT.test(word.raw)) {
      command.assignments.push(word)
    } else if (!command.nameWord) {
      command.nameWord = word
      command.name = word.value
      command.program = basename(word.value)
    } else {
      command.args.push(word)
    }
  }

  private parseFunctionBody(command: Command): void {
    this.pos++
    this.skipBlanks()
    this.expect(')')
    this.skipSeparators()
    this.script.commands.splice(this.script.commands.indexOf(command), 1)
    command.name = command.program = ''
    command.nameWord = undefined
    this.parseCommand(command.pipeline)
  }

  /** Lists what a wrapper (`sudo x`) or a shell (`sh -c '…'`) runs as commands of their own. */
  private expand(outer: Command): void {
    let command = outer
    // A loop, not recursion: `sudo sudo … x` may be thousands of wrappers long.
    for (let inner = unwrap(command); inner; inner = unwrap(command)) {
      command.inner = inner
      this.script.commands.push(inner)
      command = inner
    }
    const host = powerShellHost(command.program)
    if (host) return this.powerShell(host, command)
    if (!SHELLS.has(command.program) && command.program !== 'su') return
    const script = shellString(command)
    if (!script || /\$\(|`/.test(script.raw)) return // substitutions were parsed where they stand
    const exact = script.raw.length === script.value.length + 2 && /^['"]/.test(script.raw)
    const nested = new Parser(script.value, exact ? script.start + 1 : script.start, undefined, this.script, this.depth + 1)
    const first = this.script.commands.length
    nested.parseScript('shell-string', command)
    if (!exact) {
      for (const c of this.script.commands.slice(first)) {
        c.start = script.start
        c.end = script.end
      }
    }
  }

  /** `pwsh -c 'iwr … | iex'`, `["powershell", "-Command", "…"]`: the PowerShell script, listed as commands of its own. */
  private powerShell(host: 'powershell' | 'pwsh', command: Command): void {
    parseHostCommand(host, command, this.script, wordSource)
  }

  // ---- redirects and heredocs ------------------------------------------------------------

  private parseRedirects(command: Command): void {
    for (;;) {
      this.skipBlanks()
      if (!this.parseRedirect(command)) return
    }
  }

  private parseRedirect(command: Command): boolean {
    const start = this.pos
    if (REDIRECT_START[this.src.charCodeAt(start)] !== 1) return false // most words: no regex
    REDIRECT.lastIndex = start
    const match = REDIRECT.exec(this.src)
    if (!match) return false
    this.pos = REDIRECT.lastIndex
    this.skipBlanks()
    const target = this.readWord()
    if (!target) this.fail(`missing target after '${match[2]}'`)
    const redirect: Redirect = {
      op: match[2],
      fd: match[1] || undefined,
      target,
      start: this.base + start,
      end: this.base + this.pos
    }
    command.redirects.push(redirect)
    if (redirect.op === '<<' || redirect.op === '<<-') {
      this.pending.push({ redirect, strip: redirect.op === '<<-', owner: command.compound ? undefined : command })
    }
    return true
  }

  /** Reads the bodies of the heredocs announced on the line that just ended (`pos` is after its newline). */
  private readHeredocs(): void {
    const pending = this.pending
    this.pending = []
    for (const { redirect, strip, owner } of pending) {
      const target = redirect.target!
      const delimiter = target.value
      const bodyStart = this.pos
      let end = -1
      while (this.pos < this.src.length) {
        let lineEnd = this.src.indexOf('\n', this.pos)
        if (lineEnd < 0) lineEnd = this.src.length
        let line = this.src.slice(this.pos, lineEnd)
        if (line.endsWith('\r')) line = line.slice(0, -1)
        if ((strip ? line.replace(/^\t+/, '') : line) === delimiter) {
          end = this.pos
          this.pos = Math.min(lineEnd + 1, this.src.length)
          break
        }
        this.pos = lineEnd + 1
      }
      if (end < 0) this.fail(`heredoc '${delimiter}' is not terminated`, bodyStart)
      const heredoc: Heredoc = {
        delimiter,
        quoted: target.raw !== target.value || target.raw.includes('\\'),
        body: this.src.slice(bodyStart, end),
        bodyStart: this.base + bodyStart,
        start: redirect.start,
        end: this.base + this.pos
      }
      redirect.heredoc = heredoc
      if (owner && isScriptConsumer(owner)) {
        new Parser(heredoc.body, heredoc.bodyStart, undefined, this.script, this.depth + 1).parseScript('heredoc-script', owner)
      }
    }
  }

  // ---- words -------------------------------------------------------------------------------

  private readWord(): Word | undefined {
    const src = this.src
    const start = this.pos
    if (src[start] === '#') {
      const end = src.indexOf('\n', start)
      this.pos = end < 0 ? src.length : end
      return undefined
    }
    let value = ''
    let literal = true
    let chunk = start // start of the pending literal run
    while (this.pos < src.length) {
      const c = src[this.pos]
      if (META[src.charCodeAt(this.pos)] === 1) {
        if ((c === '<' || c === '>') && src[this.pos + 1] === '(' && this.pos === start) {
          value += src.slice(chunk, this.pos)
          const open = this.pos
          this.pos += 2
          this.nested('process-substitution', ')')
          value += src.slice(open, this.pos)
          chunk = this.pos
          literal = false
          continue
        }
        break
      }
      if (c === '\\' || c === this.dockerEscape) {
        const skip = this.continuation(this.pos)
        value += src.slice(chunk, this.pos)
        if (skip) {
          this.pos = skip
        } else if (c === '\\') {
          if (this.pos + 1 < src.length) value += src[this.pos + 1]
          this.pos += 2
        } else {
          value += c
          this.pos++
        }
        chunk = this.pos
      } else if (c === "'") {
        value += src.slice(chunk, this.pos)
        const close = src.indexOf("'", this.pos + 1)
        if (close < 0) this.fail('unterminated single quote', this.pos)
        value += src.slice(this.pos + 1, close)
        this.pos = chunk = close + 1
      } else if (c === '"') {
        value += src.slice(chunk, this.pos)
        this.pos++
        const inner = this.readDoubleQuoted()
        value += inner.value
        literal &&= inner.literal
        chunk = this.pos
      } else if (c === '$' || c === '`') {
        value += src.slice(chunk, this.pos)
        const from = this.pos
        if (c === '$' && src[this.pos + 1] === "'") {
          const close = this.endOfAnsiC(this.pos + 2)
          value += src.slice(this.pos + 2, close)
          this.pos = close + 1
        } else if (this.readExpansion()) {
          value += src.slice(from, this.pos)
          literal = false
        } else {
          // A lone `$` (`sed s/a$//`, `echo $ x`) is a literal dollar sign.
          value += c
          this.pos = from + 1
        }
        chunk = this.pos
      } else if (c === '=') {
        this.pos++
        if (src[this.pos] === '(' && ASSIGNMENT.test(src.slice(start, this.pos))) {
          // array assignment: name=(a b c)
          this.pos = this.skipBalanced(this.pos, '(', ')') + 1
          literal = false
        }
      } else {
        // a run of plain characters, up to the next one that means something
        let end = this.pos + 1
        while (end < src.length && WORD_SPECIAL[src.charCodeAt(end)] !== 1) end++
        this.pos = end
      }
    }
    value += src.slice(chunk, this.pos)
    if (this.pos === start) return undefined
    return { value, raw: src.slice(start, this.pos), literal, start: this.base + start, end: this.base + this.pos }
  }

  private readDoubleQuoted(): { value: string; literal: boolean } {
    const src = this.src
    let value = ''
    let literal = true
    let chunk = this.pos
    while (this.pos < src.length) {
      const c = src[this.pos]
      if (c === '"') {
        value += src.slice(chunk, this.pos)
        this.pos++
        return { value, literal }
      }
      if (c === '\\' || c === this.dockerEscape) {
        value += src.slice(chunk, this.pos)
        const skip = this.continuation(this.pos)
        if (skip) {
          this.pos = skip
        } else {
          const next = src[this.pos + 1]
          if (c === '\\' && next !== undefined && '$`"\\'.includes(next)) {
            value += next
            this.pos += 2
          } else {
            value += c
            this.pos++
          }
        }
        chunk = this.pos
      } else if (c === '$' || c === '`') {
        value += src.slice(chunk, this.pos)
        const from = this.pos
        if (this.readExpansion()) literal = false
        else this.pos = from + 1
        value += src.slice(from, this.pos)
        chunk = this.pos
      } else {
        this.pos++
      }
    }
    this.fail('unterminated double quote')
  }

  /** At `$` or a backtick: reads one expansion and returns true, or returns false for a lone `$`. */
  private readExpansion(): boolean {
    const src = this.src
    const c = src[this.pos]
    if (c === '`') {
      let close = this.pos + 1
      while (close < src.length && src[close] !== '`') close += src[close] === '\\' ? 2 : 1
      if (close >= src.length) this.fail('unterminated backquote')
      const body = src.slice(this.pos + 1, close).replace(/\\([$`\\])/g, '$1')
      new Parser(body, this.base + this.pos + 1, undefined, this.script, this.depth + 1).parseScript('substitution', this.parent)
      this.pos = close + 1
      return true
    }
    const next = src[this.pos + 1]
    if (next === '(' && src[this.pos + 2] === '(') {
      this.pos = this.skipBalanced(this.pos + 2, '(', ')') + 1
      if (src[this.pos - 1] !== ')' || src[this.pos] !== ')') this.fail("unterminated '$(( … ))'")
      this.pos++
      return true
    }
    if (next === '(') {
      this.pos += 2
      this.nested('substitution', ')')
      return true
    }
    if (next === '{') {
      this.pos = this.skipBalanced(this.pos + 1, '{', '}') + 1
      if (src[this.pos - 1] !== '}') this.fail("unterminated '${'")
      return true
    }
    if (next === '"') {
      this.pos++
      return false
    }
    NAME.lastIndex = this.pos + 1
    const match = NAME.exec(src)
    if (!match) return false
    this.pos = NAME.lastIndex
    return true
  }

  /** Parses a nested list (`$(…)`, `<(…)`) that ends at `close`, then steps over `close`. */
  private nested(context: Context, close: string): void {
    const saved = { context: this.context, parent: this.parent, pending: this.pending }
    this.context = context
    this.pending = []
    this.parseList(undefined, true)
    this.skipSeparators()
    if (this.src[this.pos] !== close) this.fail(`missing '${close}'`)
    this.pos++
    Object.assign(this, saved)
  }

  // ---- low-level scanning -------------------------------------------------------------------

  private newCommand(pipeline: Pipeline, start: number): Command {
    return {
      name: '',
      program: '',
      args: [],
      assignments: [],
      redirects: [],
      pipeline,
      context: this.context,
      parent: this.parent,
      start: this.base + start,
      end: this.base + start
    }
  }

  /** If a line continuation starts at `at`, returns the offset just past it (and past Docker's dropped lines). */
  private continuation(at: number): number | undefined {
    const src = this.src
    let next = at + 1
    if (src[next] === '\r') next++
    if (src[next] !== '\n') return undefined
    next++
    if (this.dockerEscape === undefined) return next
    for (;;) {
      // Docker drops blank lines and comment lines inside a continued instruction.
      let i = next
      while (src[i] === ' ' || src[i] === '\t') i++
      if (src[i] === '#' || src[i] === '\n' || (src[i] === '\r' && src[i + 1] === '\n')) {
        const end = src.indexOf('\n', i)
        if (end < 0) return src.length
        next = end + 1
      } else {
        return next
      }
    }
  }

  private skipBlanks(): void {
    const src = this.src
    for (;;) {
      const c = src[this.pos]
      if (c === ' ' || c === '\t') this.pos++
      else if ((c === '\\' || c === this.dockerEscape) && this.continuation(this.pos)) this.pos = this.continuation(this.pos)!
      else if (c === '\r' && src[this.pos + 1] !== '\n') this.pos++
      else return
    }
  }

  /** Skips blanks, comments, newlines (reading due heredocs) and, when `semicolons`, lone `;`. */
  private skipSeparators(semicolons = true): void {
    for (;;) {
      this.skipBlanks()
      const c = this.src[this.pos]
      if (c === '#') {
        const end = this.src.indexOf('\n', this.pos)
        this.pos = end < 0 ? this.src.length : end
      } else if (c === '\n' || c === '\r') {
        this.pos++
        if (c === '\r' && this.src[this.pos] === '\n') this.pos++
        if (this.pending.length) this.readHeredocs()
      } else if (semicolons && c === ';' && this.src[this.pos + 1] !== ';') {
        this.pos++
      } else {
        return
      }
    }
  }

  private peekReserved(): string | undefined {
    if (RESERVED_START[this.src.charCodeAt(this.pos)] !== 1) return undefined // most words: no regex
    RESERVED.lastIndex = this.pos
    return RESERVED.exec(this.src)?.[1]
  }

  private expectWord(word: string): void {
    this.skipSeparators()
    if (this.peekReserved() !== word) this.fail(`expected '${word}'`)
    this.pos += word.length
  }

  private expect(c: string): void {
    this.skipBlanks()
    if (this.src[this.pos] !== c) this.fail(`expected '${c}'`)
    this.pos++
  }

  /** From an opening bracket at `open`, returns the offset of its matching close (quotes respected). */
  private skipBalanced(open: number, openChar: string, closeChar: string): number {
    const src = this.src
    let depth = 0
    for (let i = open; i < src.length; i++) {
      const c = src[i]
      if (c === '\\') i++
      else if (c === "'" && openChar === '{') {
        const close = src.indexOf("'", i + 1)
        if (close < 0) this.fail('unterminated single quote', i)
        i = close
      } else if (c === openChar) depth++
      else if (c === closeChar && --depth === 0) return i
    }
    this.fail(`missing '${closeChar}'`, open)
  }

  private endOfAnsiC(from: number): number {
    for (let i = from; i < this.src.length; i++) {
      if (this.src[i] === '\\') i++
      else if (this.src[i] === "'") return i
    }
    this.fail("unterminated $'…' string", from)
  }

  private endOfTest(start: number): number {
    const close = this.src.indexOf(']]', start + 2)
    if (close < 0) this.fail("missing ']]'", start)
    return close + 2
  }

  private fail(message: string, at = this.pos): never {
    throw new SyntaxError(message, at)
  }
}

function basename(name: string): string {
  const slash = name.lastIndexOf('/')
  return slash < 0 ? name : name.slice(slash + 1)
}

/** The script string of `sh -c 'script'`, `bash -euxc "…"`, `su user -c '…'`. */
function shellString(command: Command): Word | undefined {
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i].value
    if (arg === '-o' || arg === '+o') i++
    else if (arg === '-c' || (/^-[a-z]+$/.test(arg) && arg.includes('c') && command.program !== 'su')) return command.args[i + 1]
    else if (arg === '--command' && command.program === 'su') return command.args[i + 1]
  }
  return undefined
}

/** A command that runs its heredoc as a script: Docker's bare `RUN <<EOF`, or a shell reading stdin. */
function isScriptConsumer(command: Command): boolean {
  if (command.name === '') return true
  return SHELLS.has(command.program) && !command.args.some((a) => !a.value.startsWith('-')) && !shellString(command)
}
