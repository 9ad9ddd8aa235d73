// cmd.exe RUN bodies (a Windows stage's default shell, `cmd /S /C <body>`): a small tokenizer, not a
// full parser, in the spirit of ./powershell.ts. It knows cmd's separators (`&`, `&&`, `||`, `|`,
// newlines), `^` escapes, double quotes, redirects and `( … )` blocks well enough to list the commands a
// body runs in the command model of ./types.ts, so curl.exe, tar.exe and msiexec get the same checks as
// elsewhere. Precision first: what it does not understand (a `goto`, an `if` or `for` it cannot read, a
// body starting with a quote, which `/S` rewrites) makes it list none of the body's commands.
import { parseHostCommand, powerShellHost, type Source } from './powershell.js'
import type { Command, Context, Pipeline, Redirect, Script, Word } from './types.js'

export interface CmdOptions {
  context?: Context
  parent?: Command
}

class CmdError extends Error {}

const MAX_DEPTH = 100
/** `%VAR%`, `%VAR:~0,4%` and delayed `!VAR!`: expanded by cmd, so the word's value is not known. */
const EXPANSION = /%|![^!\s]+!/
/** PowerShell cmdlet names (`Verb-Noun`) with the common verbs: `apt-get` is none. */
const CMDLET = /^(get|set|new|remove|invoke|install|uninstall|start|stop|expand|compress|add|import|export|write|copy|move|out|enable|disable|test|register|restart|rename|update|clear|select|where|foreach|resolve|wait)-[a-z]+$/i
/** `if` comparison operators (with command extensions). */
const COMPARE = new Set(['equ', 'neq', 'lss', 'leq', 'gtr', 'geq'])

/** Lists the commands of a cmd.exe command line into `script`. */
export function parseCmd(source: Source, script: Script, options: CmdOptions = {}): void {
  const commands = script.commands.length
  const pipelines = script.pipelines.length
  try {
    // With `/S`, a line starting with a quote loses it and the line's last quote: not the text as written.
    if (/^\s*"/.test(source.text)) throw new CmdError('quoted line')
    new CmdParser(source, script, options).run()
    // A cmdlet run by cmd (`Invoke-WebRequest …`): the body is PowerShell, for a SHELL the base image set
    // or one forgotten, and cmd's reading of it is no reading of what runs.
    if (script.commands.slice(commands).some((c) => c.cmd && CMDLET.test(c.name))) throw new CmdError('a PowerShell body')
  } catch (error) {
    if (!(error instanceof CmdError)) throw error
    script.commands.length = commands
    script.pipelines.length = pipelines
  }
}

/** The program a cmd command name runs, as rules compare it: `C:\Tools\Curl.EXE` → `curl`. */
export function cmdProgram(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/')) + 1).toLowerCase().replace(/\.exe$/, '')
}

class CmdParser {
  pos = 0
  depth = 0
  private readonly src: string
  private readonly offsets: ArrayLike<number>
  private readonly context: Context
  private readonly parent: Command | undefined
  /** Each word's value with the offset of each of its characters: what a nested PowerShell script is read from. */
  private readonly sources = new Map<Word, Source>()

  constructor(
    source: Source,
    private readonly script: Script,
    options: CmdOptions
  ) {
    this.src = source.text
    this.offsets = source.offsets
    this.context = options.context ?? 'top'
    this.parent = options.parent
  }

  run(): void {
    this.statements(false, false)
    if (this.pos < this.src.length) throw new CmdError(`unexpected '${this.src[this.pos]}'`)
  }

  /** Statements up to the end, a `)` closing the block (when `inBlock`, not consumed) or, when `lineOnly`, the end of the line. */
  private statements(inBlock: boolean, lineOnly: boolean): void {
    let joinedBy: string | undefined
    for (;;) {
      this.skip(' \t;,=@') // cmd's leading delimiters, and `@` (no echo)
      const c = this.src[this.pos]
      if (c === undefined || (c === ')' && inBlock)) return
      if (c === '\n' || c === '\r') {
        if (lineOnly) return
        this.pos++
        joinedBy = '\n'
        continue
      }
      this.pipeline(joinedBy, inBlock)
      this.skip(' \t')
      const d = this.src[this.pos]
      if (this.src.startsWith('&&', this.pos) || this.src.startsWith('||', this.pos)) {
        joinedBy = this.src.slice(this.pos, this.pos + 2)
        this.pos += 2
      } else if (d === '&') {
        joinedBy = '&'
        this.pos++
      } else if (d !== undefined && d !== '\n' && d !== '\r' && !(d === ')' && inBlock)) {
        throw new CmdError(`unexpected '${d}'`)
      }
    }
  }

  private pipeline(joinedBy: string | undefined, inBlock: boolean): void {
    const start = this.pos
    const pipeline: Pipeline = { commands: [], negated: false, joinedBy, start: this.offsets[start], end: this.offsets[start] }
    const index = this.script.pipelines.length
    this.script.pipelines.push(pipeline)
    for (;;) {
      const command = this.element(pipeline, inBlock)
      if (command) pipeline.commands.push(command)
      this.skip(' \t')
      if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|') break
      this.pos++
      this.skip(' \t')
    }
    if (pipeline.commands.length === 0) this.script.pipelines.splice(this.script.pipelines.indexOf(pipeline, index), 1)
    else pipeline.end = pipeline.commands[pipeline.commands.length - 1].end
  }

  /** One pipeline stage: a command or a `( … )` block. `if` and `for` list their commands on their own and return nothing. */
  private element(pipeline: Pipeline, inBlock: boolean): Command | undefined {
    this.skip(' \t@')
    const start = this.pos
    const c = this.src[start]
    if (c === undefined || '\r\n&|'.includes(c) || (c === ')' && inBlock)) return undefined
    if (c === '(') return this.block(pipeline, start)
    const command = this.newCommand(pipeline, start)
    const words: Word[] = []
    for (;;) {
      this.skip(' \t')
      const d = this.src[this.pos]
      if (d === undefined || '\r\n&|'.includes(d) || (d === ')' && inBlock)) break
      if (this.atRedirect()) {
        command.redirects.push(this.redirect(inBlock))
        continue
      }
      const word = this.word(inBlock)
      words.push(word)
      if (words.length > 1 || command.redirects.length) continue
      const keyword = word.raw.toLowerCase()
      if (keyword === 'if' || keyword === 'for') {
        if (keyword === 'if') this.ifStatement(inBlock)
        else this.forStatement(inBlock)
        return undefined
      }
      if (keyword === 'rem' || keyword.startsWith(':')) {
        // A comment or a label: the rest of the line.
        while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++
        return undefined
      }
      if (keyword === 'goto') throw new CmdError('goto') // which commands run is not read here
    }
    return this.finish(command, words)
  }

  /** Sets a command's name and arguments, lists it, and reads what it runs in turn: `call x`, `start /wait x`, `powershell -Command …`. */
  private finish(command: Command, words: Word[]): Command {
    const [name, ...args] = words
    const last = [...words, ...command.redirects].reduce((end, s) => Math.max(end, s.end), command.start)
    command.end = last
    this.script.commands.push(command)
    if (!name) return command
    command.nameWord = name
    command.name = name.value
    command.program = cmdProgram(name.value)
    command.args = args
    if (!name.literal) return command
    const host = powerShellHost(command.program)
    if (host) this.powerShell(host, command)
    const inner = this.wrapped(command)
    if (inner) {
      const wrapped: Command = { ...this.newCommand(command.pipeline, 0), context: 'wrapped', parent: command, start: inner[0].start }
      command.inner = this.finish(wrapped, inner)
    }
    return command
  }

  /** The words of the command a wrapper runs: `call x.cmd args`, `start "title" /wait /b x.exe args`. */
  private wrapped(command: Command): Word[] | undefined {
    const args = command.args
    if (command.program === 'call') return args.length && !args[0].value.startsWith(':') ? args : undefined
    if (command.program !== 'start') return undefined
    let i = 0
    let title = false
    for (; i < args.length && (args[i].value.startsWith('/') || (!title && args[i].raw.startsWith('"'))); i++) {
      if (!args[i].value.startsWith('/')) title = true // the window title, the first quoted word
      else if (/^\/(d|node|affinity)$/i.test(args[i].value)) i++ // a valued option (`/D dir`; `/Ddir` is one word)
    }
    return i < args.length ? args.slice(i) : undefined
  }

  /** `powershell -Command "…"` in a cmd line: the script is read by ./powershell.ts, as in POSIX bodies. */
  private powerShell(host: 'powershell' | 'pwsh', command: Command): void {
    // `%VAR%` is expanded before PowerShell reads it: such a word's text is not known.
    parseHostCommand(host, command, this.script, (word) => (word.literal ? this.sources.get(word) : undefined))
  }

  /** `( … )`: the block's commands are listed on their own; it stands in its pipeline as a compound command. */
  private block(pipeline: Pipeline, start: number): Command {
    if (++this.depth > MAX_DEPTH) throw new CmdError('nesting too deep')
    this.pos++
    this.statements(true, false)
    if (this.src[this.pos] !== ')') throw new CmdError("missing ')'")
    this.pos++
    this.depth--
    const command = this.newCommand(pipeline, start)
    command.name = command.program = '('
    command.compound = true
    for (;;) {
      this.skip(' \t')
      if (!this.atRedirect()) break
      command.redirects.push(this.redirect(false))
    }
    command.end = Math.max(this.offsets[this.pos - 1] + 1, ...command.redirects.map((r) => r.end))
    return command
  }

  /**
   * `if [/i] [not] exist|defined|errorlevel X …`, `if [/i] [not] A==B …`, `if A equ B …`: the command
   * after the condition (and after `else`) runs to the end of the line, `&` chains included.
   */
  private ifStatement(inBlock: boolean): void {
    let word = this.conditionWord(inBlock)
    if (word.toLowerCase() === '/i') word = this.conditionWord(inBlock)
    if (word.toLowerCase() === 'not') word = this.conditionWord(inBlock)
    const lower = word.toLowerCase()
    if (['exist', 'defined', 'errorlevel', 'cmdextversion'].includes(lower)) this.conditionWord(inBlock)
    else if (/^.+==./s.test(word)) {
      // `A==B` in one word
    } else if (word.endsWith('==') && word.length > 2) this.conditionWord(inBlock)
    else {
      const op = this.conditionWord(inBlock)
      if (op === '==' || COMPARE.has(op.toLowerCase())) this.conditionWord(inBlock)
      else if (!/^==./.test(op)) throw new CmdError('if: condition not understood')
    }
    this.branch(inBlock, true)
  }

  /** `for [/d | /r [dir] | /l | /f ["options"]] %x in (set) do …`. */
  private forStatement(inBlock: boolean): void {
    let word = this.conditionWord(inBlock)
    let lines = false
    while (word.startsWith('/')) {
      const option = word.toLowerCase()
      if (option === '/f') lines = true
      else if (!['/d', '/r', '/l'].includes(option)) throw new CmdError('for: option not understood')
      word = this.conditionWord(inBlock)
      if ((option === '/r' && !word.startsWith('%')) || (option === '/f' && word.startsWith('"'))) word = this.conditionWord(inBlock)
    }
    if (!/^%%?[A-Za-z]$/.test(word) || this.conditionWord(inBlock).toLowerCase() !== 'in') throw new CmdError('for: not understood')
    this.skip(' \t')
    if (this.src[this.pos] !== '(') throw new CmdError("for: missing '('")
    const open = this.pos
    const close = this.closing(open)
    // `for /f … in ('command')` runs a command this tokenizer does not list: it could be a check, so read nothing.
    if (lines && /['`]/.test(this.src.slice(open, close))) throw new CmdError('for /f: a command')
    this.pos = close + 1
    if (this.conditionWord(inBlock).toLowerCase() !== 'do') throw new CmdError("for: missing 'do'")
    this.branch(inBlock, false)
  }

  /** The command of an `if` (then `else`) or a `for`: a `( … )` block, or the rest of the line. */
  private branch(inBlock: boolean, elseAllowed: boolean): void {
    this.skip(' \t')
    if (this.src[this.pos] === '(') {
      const pipeline: Pipeline = { commands: [], negated: false, start: this.offsets[this.pos], end: this.offsets[this.pos] }
      this.block(pipeline, this.pos)
      this.skip(' \t')
      if (elseAllowed && /^else(?=[\s(]|$)/i.test(this.src.slice(this.pos, this.pos + 5))) {
        this.pos += 4
        this.branch(inBlock, false)
      }
      return
    }
    const first = this.script.commands.length
    this.statements(inBlock, true)
    // `if x echo a else echo b`: an `else` after a command that is not a block is not cmd's `else`, or is misread here.
    if (this.script.commands.slice(first).some((c) => c.args.some((a) => a.value.toLowerCase() === 'else'))) throw new CmdError('if: else')
  }

  /** A word of an `if` or `for` header, as written. */
  private conditionWord(inBlock: boolean): string {
    this.skip(' \t')
    const c = this.src[this.pos]
    if (c === undefined || '\r\n&|<>('.includes(c) || (c === ')' && inBlock)) throw new CmdError('missing condition')
    return this.word(inBlock).raw
  }

  /** The offset of the `)` closing the `(` at `open`, quotes and `^` respected. */
  private closing(open: number): number {
    let depth = 0
    let quoted = false
    for (let i = open; i < this.src.length; i++) {
      const c = this.src[i]
      if (c === '\n' || c === '\r') break
      if (c === '"') quoted = !quoted
      else if (quoted) continue
      else if (c === '^') i++
      else if (c === '(') depth++
      else if (c === ')' && --depth === 0) return i
    }
    throw new CmdError("missing ')'")
  }

  private atRedirect(): boolean {
    const c = this.src[this.pos]
    return c === '>' || c === '<' || (/[0-9]/.test(c ?? '') && /[<>]/.test(this.src[this.pos + 1] ?? ''))
  }

  /** `> F`, `>> F`, `< F`, `2> F`, `2>&1`, `>nul`. */
  private redirect(inBlock: boolean): Redirect {
    const start = this.pos
    let fd: string | undefined
    if (/[0-9]/.test(this.src[this.pos])) fd = this.src[this.pos++]
    let op = this.src[this.pos++]
    if (op === '>' && this.src[this.pos] === '>') op += this.src[this.pos++]
    if (this.src[this.pos] === '&') {
      op = op === '<' ? '<&' : '>&'
      this.pos++
    }
    this.skip(' \t')
    const c = this.src[this.pos]
    if (c === undefined || '\r\n&|<>'.includes(c) || (c === ')' && inBlock)) throw new CmdError('missing redirect target')
    const target = this.word(inBlock)
    return { op, fd, target, start: this.offsets[start], end: target.end }
  }

  /**
   * A word: up to a blank or an operator outside double quotes. `^` takes the next character as it is
   * (at a line's end it joins the next line); cmd keeps the quotes, and the program that receives the
   * word removes them as Windows programs do (`"a b"` is `a b`, `\"` a quote).
   */
  private word(inBlock: boolean): Word {
    const src = this.src
    const start = this.pos
    let text = ''
    const at: number[] = []
    let quoted = false
    while (this.pos < src.length) {
      const c = src[this.pos]
      if (c === '\n' || c === '\r') break
      if (!quoted) {
        if (c === ' ' || c === '\t' || c === '&' || c === '|' || c === '<' || c === '>' || (c === ')' && inBlock)) break
        if (c === '^') {
          let next = this.pos + 1
          if (src[next] === '\r' && src[next + 1] === '\n') next++
          if (src[next] === '\n') next++ // a continuation: the next line's first character is taken as it is
          // `^ `: the program that receives the line splits its words at the blank all the same.
          if (next >= src.length || src[next] === ' ' || src[next] === '\t') {
            this.pos = next
            break
          }
          text += src[next]
          at.push(next)
          this.pos = next + 1
          continue
        }
      }
      if (c === '"') quoted = !quoted
      text += c
      at.push(this.pos)
      this.pos++
    }
    const end = this.pos
    const { value, offsets } = unquote(text, at)
    const word: Word = {
      value,
      raw: src.slice(start, end),
      literal: !EXPANSION.test(text),
      start: this.offsets[start],
      end: end > start ? this.offsets[end - 1] + 1 : this.offsets[start]
    }
    this.sources.set(word, { text: value, offsets: [...offsets.map((i) => this.offsets[i]), word.end] })
    return word
  }

  private newCommand(pipeline: Pipeline, start: number): Command {
    return {
      name: '', program: '', args: [], assignments: [], redirects: [], pipeline, context: this.context, parent: this.parent,
      start: this.offsets[start], end: this.offsets[start], cmd: true
    }
  }

  /** Skips the characters in `chars` and, with blanks, a `^` escaping a blank. */
  private skip(chars: string): void {
    for (;;) {
      const c = this.src[this.pos]
      const escaped = c === '^' && chars.includes(' ') ? /^\^(\r?\n)?[ \t]/.exec(this.src.slice(this.pos, this.pos + 4)) : null
      if (c !== undefined && chars.includes(c)) this.pos++
      else if (escaped) this.pos += escaped[0].length
      else return
    }
  }
}

/**
 * A word as a Windows program reads it (the C runtime's rules): quotes removed, `""` inside quotes
 * and `\"` are quotes, backslashes before a quote halved. `at` gives each character's index in the source.
 */
function unquote(text: string, at: number[]): { value: string; offsets: number[] } {
  let value = ''
  const offsets: number[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      let n = 0
      while (text[i + n] === '\\') n++
      const quote = text[i + n] === '"'
      const kept = quote ? n >> 1 : n
      for (let k = 0; k < kept; k++) {
        value += '\\'
        offsets.push(at[i + k])
      }
      if (quote && n % 2 === 1) {
        value += '"'
        offsets.push(at[i + n])
        i += n
      } else i += n - 1
      continue
    }
    if (c === '"') {
      if (quoted && text[i + 1] === '"') {
        value += '"'
        offsets.push(at[++i])
      } else quoted = !quoted
      continue
    }
    value += c
    offsets.push(at[i])
  }
  return { value, offsets }
}
