// PowerShell RUN bodies (`SHELL ["powershell", "-Command"]`, `pwsh -c '…'`): a small tokenizer, not a
// full parser. It knows PowerShell's quoting, separators and nesting well enough to list the commands a
// body runs in the command model of ./types.ts, so the rules that look for downloads, download-and-run
// and TLS bypasses see Windows images too. What it does not understand it skips: it never guesses a
// command, and a body it cannot read ends the listing silently (no parse error is reported for it).
import type { Command, Context, Pipeline, Script, Word } from './types.js'
import { table } from '../lookup.js'

/** The text PowerShell reads, and for each character its absolute offset in the Dockerfile (one more entry for the end). */
export interface Source {
  text: string
  offsets: ArrayLike<number>
}

export interface PowerShellOptions {
  /** Windows PowerShell (`powershell.exe`), where `curl` and `wget` are aliases of Invoke-WebRequest; pwsh runs the native tools. */
  windowsPowerShell: boolean
  context?: Context
  parent?: Command
}

/** The PowerShell hosts, by lower-cased basename without `.exe`. */
export function powerShellHost(name: string): 'powershell' | 'pwsh' | undefined {
  // Asked of every command the POSIX parser reads: one regex, no allocation for the others.
  const match = HOST.exec(name)
  return match ? (match[1].toLowerCase() as 'powershell' | 'pwsh') : undefined
}
const HOST = /(?:^|[\\/])(powershell|pwsh)(?:\.exe)?$/i

const ALIASES = table<string>({
  iwr: 'invoke-webrequest',
  irm: 'invoke-restmethod',
  iex: 'invoke-expression',
  icm: 'invoke-command',
  saps: 'start-process',
  start: 'start-process'
})
/** Aliases Windows PowerShell has and pwsh dropped (there they run the native tools). */
const WINDOWS_ALIASES = table<string>({ curl: 'invoke-webrequest', wget: 'invoke-webrequest' })

/** WebClient methods that download: `(New-Object Net.WebClient).DownloadString('https://…')` becomes the command `webclient.downloadstring`. */
const DOWNLOAD_METHODS = new Set(['downloadstring', 'downloadfile', 'downloaddata', 'downloadstringtaskasync', 'downloadfiletaskasync', 'downloaddatataskasync'])

const KEYWORDS = new Set([
  'if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'try', 'catch', 'finally', 'function', 'filter',
  'trap', 'return', 'throw', 'exit', 'break', 'continue', 'param', 'begin', 'process', 'end', 'data', 'class', 'enum', 'using'
])

const MAX_DEPTH = 100
/** PowerShell number literals (`42`, `0x1F`, `3.5e2`, `10kb`, `5d`): a value, not a command name. */
const NUMBER = /^(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)(kb|mb|gb|tb|pb|[dlun])?$/i

/** The equality and matching operators, case-sensitive or not: `-eq`, `-ine`, `-cmatch`, `-notlike`. */
const COMPARISON = /^-[ci]?(eq|ne|match|notmatch|like|notlike)$/i

class PsError extends Error {}

/** The characters readWord looks at, by char code: those that end a word or start a quote, escape, variable, group or call. */
const WORD_SPECIAL = new Uint8Array(128)
for (const c of ' \t\n\r;|,)}&=`\'"@$({[.:') WORD_SPECIAL[c.charCodeAt(0)] = 1

/** Lists the commands of a PowerShell script into `script`. */
export function parsePowerShell(source: Source, script: Script, options: PowerShellOptions): void {
  const parser = new PsParser(source, script, options.windowsPowerShell)
  parser.context = options.context ?? 'top'
  parser.parent = options.parent
  const commands = script.commands.length
  const pipelines = script.pipelines.length
  try {
    parser.statements(undefined)
  } catch (error) {
    if (!(error instanceof PsError)) throw error
    // PowerShell runs nothing of a script it cannot parse, and a script this tokenizer cannot read is
    // one it may have misread: list none of its commands.
    script.commands.length = commands
    script.pipelines.length = pipelines
  }
}

class PsParser {
  pos = 0
  depth = 0
  context: Context = 'top'
  /** The command nested commands belong to (the one whose word holds the `(…)`). */
  parent: Command | undefined
  /** Set while reading the first word of an expression statement, which an `=` ends (`$x=…`). */
  private stopAtEquals = false
  private readonly src: string
  private readonly offsets: ArrayLike<number>
  /** The commands whose output each variable was assigned (`$h = (Get-FileHash f).Hash`), by lower-cased name. */
  private readonly assigned = new Map<string, Command[]>()

  constructor(
    source: Source,
    private readonly script: Script,
    private readonly windows: boolean
  ) {
    this.src = source.text
    this.offsets = source.offsets
  }

  /** Statements up to `close` (not consumed) or the end. */
  statements(close: string | undefined): void {
    let joinedBy: string | undefined
    for (;;) {
      this.skipSpace(true)
      const c = this.src[this.pos]
      if (c === undefined || c === close) return
      if (c === ')' || c === '}') throw new PsError(`unexpected '${c}'`)
      const before = this.pos
      this.pipeline(joinedBy)
      this.skipSpace(false)
      const d = this.src[this.pos]
      if (this.src.startsWith('&&', this.pos) || this.src.startsWith('||', this.pos)) {
        joinedBy = this.src.slice(this.pos, this.pos + 2)
        this.pos += 2
      } else if (d === ';' || d === '\n' || d === '\r') {
        joinedBy = d === ';' ? ';' : '\n'
      } else if (d !== undefined && d !== close) {
        if (this.pos === before) this.pos++ // a character nothing reads (a stray `&`): step over it
        joinedBy = undefined
      }
    }
  }

  private pipeline(joinedBy: string | undefined): void {
    const start = this.pos
    const pipeline: Pipeline = { commands: [], negated: false, joinedBy, start: this.offsets[start], end: this.offsets[start] }
    const index = this.script.pipelines.length
    this.script.pipelines.push(pipeline)
    for (;;) {
      const command = this.element(pipeline)
      if (command) pipeline.commands.push(command)
      this.skipSpace(false)
      if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|') break
      this.pos++
      this.skipSpace(true)
    }
    if (pipeline.commands.length === 0) this.script.pipelines.splice(this.script.pipelines.indexOf(pipeline, index), 1)
    else pipeline.end = pipeline.commands[pipeline.commands.length - 1].end
  }

  /** One pipeline element: a command (`iwr https://…`, `& $x`), or an expression that may stand for one (`(…).DownloadString('…')`). */
  private element(pipeline: Pipeline): Command | undefined {
    this.skipSpace(false)
    const start = this.pos
    const src = this.src
    const c = src[start]
    if (c === undefined || ';\n\r|)}'.includes(c) || src.startsWith('&&', start)) return undefined
    const call = (c === '&' || c === '.') && /[\s('"$[{]/.test(src[start + 1] ?? '')
    const first = this.peekBare() // the bare word here, if any (`iwr`, `Invoke-WebRequest`, `3.5`)
    // A command is named by a word (`iwr`, `C:\x.exe`) or a relative path (`.\setup.exe`, `../x`); anything else starts an expression.
    const path = c === '.' && /^\.{1,2}[\\/]/.test(src.slice(start, start + 3))
    // A bare word names a command unless it is a keyword or a number (`7z x a.zip` runs 7-Zip; `3.5` is a value).
    const bare = /[A-Za-z_]/.test(c) || (/[0-9]/.test(c) && !NUMBER.test(first))
    const commandMode = call || path || (bare && !KEYWORDS.has(first.toLowerCase()))
    const command: Command = {
      name: '', program: '', args: [], assignments: [], redirects: [], pipeline,
      context: this.context, parent: this.parent, start: this.offsets[start], end: this.offsets[start], powershell: true
    }
    const saved = this.parent
    const words: Word[] = []
    if (commandMode) {
      this.script.commands.push(command)
      this.parent = command
      if (call) {
        this.pos++
        words.push(this.word(start, this.pos, c, false))
      } else if (src[start + first.length] === '(' && !path) {
        // `iex(iwr …)`, `Write-Host('x')`: a command's name ends where a parenthesis starts its argument.
        this.pos = start + first.length
        words.push(this.word(start, this.pos, src.slice(start, this.pos), true))
      }
    } else {
      this.stopAtEquals = true
    }
    const firstCommand = this.script.commands.length
    for (;;) {
      this.skipSpace(false)
      const d = src[this.pos]
      if (d === undefined || ';\n\r|)}'.includes(d) || src.startsWith('&&', this.pos)) break
      if (d === ',') {
        this.pos++
        continue
      }
      if (!commandMode && d === '=' && words.length === 1 && src[this.pos + 1] !== '=') {
        this.pos++
        this.stopAtEquals = false
        return this.assignment(words[0], pipeline, saved)
      }
      const word = this.readWord()
      this.stopAtEquals = false
      if (!word) {
        if (src[this.pos] === '#' || src.startsWith('<#', this.pos)) this.skipComment()
        else if (this.pos < src.length && !';\n\r|)}'.includes(src[this.pos])) this.pos++ // `&` and other operators
        continue
      }
      words.push(word)
    }
    this.stopAtEquals = false
    this.parent = saved
    if (!commandMode) {
      this.markCompared(words, firstCommand)
      return this.representative(words, firstCommand, pipeline)
    }
    const [name, ...args] = words
    command.end = words.length ? words[words.length - 1].end : command.start
    if (!name) return command
    command.nameWord = name
    command.name = name.value
    command.program = call ? callProgram(args) : this.programOf(name.value)
    const cmdlet = /^[a-z]+-[a-z]+$/.test(command.program)
    command.args = cmdlet ? args.map(parameterName) : args
    return command
  }

  /** `$x = <pipeline>`: the right side is a statement of its own; `[T]::Member = value` is listed as a command `t::member`. */
  private assignment(target: Word, pipeline: Pipeline, parent: Command | undefined): Command | undefined {
    const member = /^\[(?:system\.)?(?:net\.)?([\w.]+)\]::(\w+)$/i.exec(target.value)
    if (!member) {
      const first = this.script.commands.length
      this.pipeline(undefined)
      const variable = /(\$[\w:]+)$/.exec(target.value) // `$h`, `[string]$h`, `$script:h`
      if (variable) this.assigned.set(variable[1].toLowerCase(), this.script.commands.slice(first))
      return undefined
    }
    this.skipSpace(false)
    const value = this.readWord()
    if (!value) return undefined
    const command: Command = {
      name: target.value, program: `${member[1]}::${member[2]}`.toLowerCase(), nameWord: target, args: [value], assignments: [],
      redirects: [], pipeline, context: this.context, parent, start: target.start, end: value.end, powershell: true
    }
    this.script.commands.push(command)
    return command
  }

  /**
   * The command an expression statement stands for in its pipeline: a download method called on it
   * (`(New-Object Net.WebClient).DownloadString('…') | iex`), or the single command of `(…)` or
   * `(…).Content` (`(iwr https://…).Content | iex`).
   */
  private representative(words: Word[], first: number, pipeline: Pipeline): Command | undefined {
    if (words.length !== 1) return undefined
    const [word] = words
    const nested = this.script.commands.slice(first)
    const method = nested.find((c) => c.end === word.end && c.program.startsWith('webclient.'))
    if (method) {
      method.pipeline = pipeline
      return method
    }
    if (!/^\(.*\)(\.content)?$/is.test(word.value)) return undefined
    const own = nested.filter((c) => c.parent === this.parent && c.context === 'substitution')
    return own.length === 1 && own[0].pipeline.commands.length === 1 ? own[0] : undefined
  }

  /**
   * In an expression (`(Get-FileHash f).Hash -ne $sha`, `$h.Hash -eq '…'`), marks the commands on
   * either side of a comparison as compared: those nested in the operand, or assigned to its variable.
   */
  private markCompared(words: Word[], first: number): void {
    for (let k = 1; k < words.length - 1; k++) {
      if (!COMPARISON.test(words[k].raw)) continue
      for (const operand of [words[k - 1], words[k + 1]]) {
        const nested = this.script.commands.slice(first).filter((c) => operand.start <= c.start && c.end <= operand.end)
        const variable = /^(\$[\w:]+)(\.\w+)?$/.exec(operand.raw)
        const assigned = variable ? (this.assigned.get(variable[1].toLowerCase()) ?? []) : []
        for (const command of [...nested, ...assigned]) command.compared = true
      }
    }
  }

  private programOf(name: string): string {
    const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase()
    if (base.endsWith('.exe')) return base.slice(0, -4)
    if (base !== name.toLowerCase()) return base // a path or a module-qualified cmdlet: no alias
    return ALIASES[base] ?? (this.windows ? WINDOWS_ALIASES[base] : undefined) ?? base
  }

  // ---- words ------------------------------------------------------------------------------

  /** The first bare word at `pos`, for keyword detection. */
  private peekBare(): string {
    return /^[\w-]*/.exec(this.src.slice(this.pos, this.pos + 64))![0]
  }

  private readWord(): Word | undefined {
    const src = this.src
    const start = this.pos
    if (src[start] === '#' || src.startsWith('<#', start)) return undefined
    let value = ''
    let literal = true
    for (;;) {
      const c = src[this.pos]
      const from = this.pos
      if (c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || ';|,)}'.includes(c)) break
      if (c === '&' || (c === '=' && this.stopAtEquals)) break
      if (c === '`') {
        if (src[this.pos + 1] === '\n' || src[this.pos + 1] === '\r' || this.pos + 1 >= src.length) break // a line continuation
        value += escaped(src[this.pos + 1])
        this.pos += 2
      } else if (c === "'") {
        value += this.singleQuoted()
      } else if (c === '"') {
        const inner = this.doubleQuoted()
        value += inner.value
        literal &&= inner.literal
      } else if (c === '@' && (src[this.pos + 1] === '"' || src[this.pos + 1] === "'") && /^[ \t]*\r?\n/.test(src.slice(this.pos + 2, this.pos + 40))) {
        value += this.hereString()
        literal = false
      } else if (c === '@' && src[this.pos + 1] === '{') {
        this.pos = this.balanced(this.pos + 1, '{', '}')
        value += src.slice(from, this.pos)
        literal = false
      } else if ((c === '$' || c === '@') && src[this.pos + 1] === '(') {
        this.pos++
        this.group(')', 'substitution')
        value += src.slice(from, this.pos)
        literal = false
      } else if (c === '$') {
        this.variable()
        value += src.slice(from, this.pos)
        literal = false
      } else if (c === '(' || c === '{') {
        this.group(c === '(' ? ')' : '}', c === '(' ? 'substitution' : this.context)
        value += src.slice(from, this.pos)
        literal = false
      } else if (c === '[') {
        this.pos = this.balanced(this.pos, '[', ']')
        value += src.slice(from, this.pos)
        literal = false
      } else if ((c === '.' || c === ':') && this.pos > start && this.methodCall()) {
        value += src.slice(from, this.pos)
        literal = false
      } else {
        // a run of plain characters, up to the next one that may mean something
        let end = this.pos + 1
        while (end < src.length && WORD_SPECIAL[src.charCodeAt(end)] !== 1) end++
        value += src.slice(this.pos, end)
        this.pos = end
      }
    }
    if (this.pos === start) return undefined
    return this.word(start, this.pos, value, literal)
  }

  /** At `.Name(` or `::Name(`: reads the call; a download method becomes a command of its own. */
  private methodCall(): boolean {
    const src = this.src
    const match = /^(?:\.|::)([A-Za-z_]\w*)\(/.exec(src.slice(this.pos, this.pos + 64))
    if (!match) return false
    const from = this.pos
    const method = match[1].toLowerCase()
    const nameEnd = from + match[0].length - 1
    if (!DOWNLOAD_METHODS.has(method)) {
      this.pos = nameEnd
      this.group(')', 'substitution')
      return true
    }
    const pipeline: Pipeline = { commands: [], negated: false, start: this.offsets[from], end: 0 }
    const command: Command = {
      name: src.slice(from + 1, nameEnd), program: `webclient.${method}`, nameWord: this.word(from, nameEnd, src.slice(from, nameEnd), true),
      args: [], assignments: [], redirects: [], pipeline, context: this.parent ? 'substitution' : this.context, parent: this.parent,
      start: this.offsets[from], end: 0, powershell: true
    }
    pipeline.commands.push(command)
    this.script.pipelines.push(pipeline)
    this.script.commands.push(command)
    // The arguments: words separated by commas, up to the `)`.
    this.pos = nameEnd + 1
    const saved = { parent: this.parent, context: this.context }
    this.parent = command
    this.context = 'substitution'
    this.enter()
    for (;;) {
      this.skipSpace(true)
      const c = src[this.pos]
      if (c === undefined) throw new PsError("missing ')'")
      if (c === ')') break
      if (c === ',') {
        this.pos++
        continue
      }
      const word = this.readWord()
      if (word) command.args.push(word)
      else throw new PsError(`unexpected '${c}'`)
    }
    this.depth--
    Object.assign(this, saved)
    this.pos++
    command.end = pipeline.end = this.offsets[this.pos - 1] + 1
    return true
  }

  private singleQuoted(): string {
    let value = ''
    for (let i = this.pos + 1; i < this.src.length; i++) {
      if (this.src[i] !== "'") value += this.src[i]
      else if (this.src[i + 1] === "'") value += this.src[++i]
      else {
        this.pos = i + 1
        return value
      }
    }
    throw new PsError('unterminated string')
  }

  private doubleQuoted(): { value: string; literal: boolean } {
    const src = this.src
    let value = ''
    let literal = true
    this.pos++
    while (this.pos < src.length) {
      const c = src[this.pos]
      if (c === '"' && src[this.pos + 1] === '"') {
        value += '"'
        this.pos += 2
      } else if (c === '"') {
        this.pos++
        return { value, literal }
      } else if (c === '`') {
        value += escaped(src[this.pos + 1] ?? '')
        this.pos += 2
      } else if (c === '$' && src[this.pos + 1] === '(') {
        const from = this.pos
        this.pos++
        this.group(')', 'substitution')
        value += src.slice(from, this.pos)
        literal = false
      } else if (c === '$' && /[\w{:?^$]/.test(src[this.pos + 1] ?? '')) {
        const from = this.pos
        this.variable()
        value += src.slice(from, this.pos)
        literal = false
      } else {
        value += c
        this.pos++
      }
    }
    throw new PsError('unterminated string')
  }

  /** `@'…'@` and `@"…"@`: the closing quote and `@` start a line. */
  private hereString(): string {
    const quote = this.src[this.pos + 1]
    const bodyStart = this.src.indexOf('\n', this.pos) + 1
    const close = this.src.indexOf(`\n${quote}@`, bodyStart - 1)
    if (close < 0) throw new PsError('unterminated here-string')
    this.pos = close + 3
    return this.src.slice(bodyStart, close).replace(/\r$/, '')
  }

  private variable(): void {
    const src = this.src
    if (src[this.pos + 1] === '{') {
      const close = src.indexOf('}', this.pos)
      if (close < 0) throw new PsError("missing '}'")
      this.pos = close + 1
      return
    }
    const match = /^\$(?:[?^$]|[\w]+(?::\w+)?)/.exec(src.slice(this.pos, this.pos + 256))
    this.pos += match ? match[0].length : 1
  }

  /** A nested script in `(…)`, `$(…)`, `@(…)` or a scriptblock `{…}`; `pos` is at the opening bracket. */
  private group(close: string, context: Context): void {
    const saved = { context: this.context, parent: this.parent, stopAtEquals: this.stopAtEquals }
    this.context = context
    this.stopAtEquals = false
    this.enter()
    this.pos++
    this.statements(close)
    if (this.src[this.pos] !== close) throw new PsError(`missing '${close}'`)
    this.pos++
    this.depth--
    Object.assign(this, saved)
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new PsError('nesting too deep')
  }

  /** From an opening bracket, the offset after its matching close (strings respected, nothing parsed). */
  private balanced(open: number, openChar: string, closeChar: string): number {
    const src = this.src
    let depth = 0
    for (let i = open; i < src.length; i++) {
      const c = src[i]
      if (c === '`') i++
      else if (c === "'" || c === '"') {
        const end = src.indexOf(c, i + 1)
        if (end < 0) break
        i = end
      } else if (c === openChar) depth++
      else if (c === closeChar && --depth === 0) return i + 1
    }
    throw new PsError(`missing '${closeChar}'`)
  }

  /** Blanks, backtick line continuations, comments and, when `newlines`, newlines and `;`. */
  private skipSpace(newlines: boolean): void {
    const src = this.src
    for (;;) {
      const c = src[this.pos]
      if (c === ' ' || c === '\t' || c === '\f' || c === '\u00a0') this.pos++
      else if (c === '`' && (src[this.pos + 1] === '\n' || (src[this.pos + 1] === '\r' && src[this.pos + 2] === '\n'))) this.pos += src[this.pos + 1] === '\r' ? 3 : 2
      else if (c === '#' || src.startsWith('<#', this.pos)) this.skipComment()
      else if (newlines && (c === '\n' || c === '\r' || c === ';')) this.pos++
      else return
    }
  }

  private skipComment(): void {
    if (this.src.startsWith('<#', this.pos)) {
      const end = this.src.indexOf('#>', this.pos + 2)
      this.pos = end < 0 ? this.src.length : end + 2
      return
    }
    const end = this.src.indexOf('\n', this.pos)
    this.pos = end < 0 ? this.src.length : end
  }

  /** A word over `[start, end)` of the text, with its span in the Dockerfile. */
  private word(start: number, end: number, value: string, literal: boolean): Word {
    return { value, raw: this.src.slice(start, end), literal, start: this.offsets[start], end: end > start ? this.offsets[end - 1] + 1 : this.offsets[start] }
  }
}

/** PowerShell's backtick escapes (`` `n ``, `` `t ``, …); any other backtick-escaped character is itself. */
const ESCAPES = table<string>({ n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' })

function escaped(c: string): string {
  return ESCAPES[c] ?? c
}

/** PowerShell parameter names are case-insensitive: the value of `-SkipCertificateCheck` is `-skipcertificatecheck`, so tables can list it once. */
function parameterName(word: Word): Word {
  const match = /^-[A-Za-z_?][\w-]*/.exec(word.raw)
  if (!match || !word.value.startsWith(match[0])) return word
  return { ...word, value: match[0].toLowerCase() + word.value.slice(match[0].length) }
}

/**
 * The call operators `&` and `.` (program `&`). `& ([scriptblock]::Create(…))` and `. ([scriptblock]::Create(…))`
 * run a string as code, as Invoke-Expression does.
 */
function callProgram(args: Word[]): string {
  return /^\(*\s*\[(system\.management\.automation\.)?scriptblock\]::create\(/i.test(args[0]?.value ?? '') ? 'invoke-expression' : '&'
}

// ---- from command lines to sources -------------------------------------------------------------

/** The Docker-joined text of an instruction body with its offsets: continuations (and the comment lines Docker drops in them) removed. */
export function joinedSource(text: string, start: number, end: number, escape: string): Source {
  let out = ''
  const offsets: number[] = []
  let continued = false
  let i = start
  while (i < end) {
    let lineEnd = text.indexOf('\n', i)
    if (lineEnd < 0 || lineEnd > end) lineEnd = end
    let contentEnd = lineEnd
    if (text[contentEnd - 1] === '\r') contentEnd--
    const line = text.slice(i, contentEnd)
    if (continued && /^\s*(#.*)?$/.test(line)) {
      i = lineEnd + 1
      continue
    }
    continued = line.endsWith(escape)
    const keep = continued ? contentEnd - 1 : lineEnd < end ? lineEnd + 1 : lineEnd
    out += text.slice(i, keep)
    for (let j = i; j < keep; j++) offsets.push(j)
    i = lineEnd + 1
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : start)
  return { text: out, offsets }
}

/** A word as a source: each character keeps its offset where the word's text matches its value (unquoted, simply quoted or JSON-escaped); otherwise all point at its start. */
export function wordSource(word: Word): Source {
  const offsets = charOffsets(word)
  offsets.push(word.end)
  return { text: word.value, offsets }
}

/** Sources joined with spaces, as PowerShell joins the arguments after `-Command`. */
function joinSources(sources: readonly Source[]): Source {
  let text = ''
  const offsets: number[] = []
  let end = 0
  for (const [n, source] of sources.entries()) {
    if (n > 0) {
      text += ' ' // the joining space stands where the previous argument ends
      offsets.push(end)
    }
    text += source.text
    for (let i = 0; i < source.text.length; i++) offsets.push(source.offsets[i])
    end = source.offsets[source.text.length]
  }
  offsets.push(end)
  return { text, offsets }
}

/** JSON string escapes, for exec-form words whose text is JSON. */
const JSON_ESCAPES = table<string>({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' })

function charOffsets(word: Word): number[] {
  const { value, raw, start } = word
  if (raw === value) return [...value].map((_, i) => start + i)
  if (raw.length === value.length + 2 && (raw[0] === "'" || raw[0] === '"') && raw.slice(1, -1) === value) return [...value].map((_, i) => start + 1 + i)
  if (raw[0] === '"') {
    // A JSON string (exec form): walk its escapes.
    const out: number[] = []
    let decoded = ''
    for (let i = 1; i < raw.length - 1; i++) {
      out.push(start + i)
      if (raw[i] === '\\') {
        const e = raw[i + 1]
        if (e === 'u') {
          decoded += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16))
          i += 5
        } else {
          decoded += JSON_ESCAPES[e] ?? e
          i++
        }
      } else decoded += raw[i]
    }
    if (decoded === value) return out
  }
  return [...value].map(() => start)
}

/**
 * The PowerShell script a host command runs (`pwsh -c '…'`, `powershell -Command …` in sh or cmd),
 * listed into `script` as commands of `command`. `sourceOf` gives each word's text and offsets, or
 * undefined when the text PowerShell reads is not known (cmd's `%VAR%`): then nothing is listed.
 */
export function parseHostCommand(host: 'powershell' | 'pwsh', command: Command, script: Script, sourceOf: (word: Word) => Source | undefined): void {
  const at = hostScript(host, command.args.map((a) => a.value))
  if (at === undefined || at >= command.args.length) return
  const sources: Source[] = []
  for (const word of command.args.slice(at)) {
    const source = sourceOf(word)
    if (!source) return
    sources.push(source)
  }
  parsePowerShell(joinSources(sources), script, { windowsPowerShell: host === 'powershell', context: 'shell-string', parent: command })
}

/**
 * Where the script starts in a PowerShell host's arguments (the host's own name left out): the index
 * of the first word after `-Command` or, for Windows PowerShell, after its options. Undefined for
 * `-File`, `-EncodedCommand`, stdin, pwsh's script file, or an option not understood.
 */
export function hostScript(host: 'powershell' | 'pwsh', args: readonly string[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const name = args[i].toLowerCase()
    if (!name.startsWith('-') && !name.startsWith('/')) return host === 'powershell' ? i : undefined
    const option = '-' + name.slice(1)
    if (option === '-') return undefined // the script from stdin
    if ('-command'.startsWith(option)) return i + 1
    if (HOST_VALUED.has(option) || [...HOST_VALUED].some((v) => option.length >= 4 && v.startsWith(option))) i++
    else if (!HOST_FLAGS.has(option) && ![...HOST_FLAGS].some((f) => option.length >= 4 && f.startsWith(option))) return undefined
  }
  return host === 'powershell' ? args.length : undefined
}
const HOST_VALUED = new Set(['-ep', '-ex', '-wd', '-w', '-v', '-executionpolicy', '-inputformat', '-outputformat', '-windowstyle', '-configurationname', '-workingdirectory', '-version', '-psconsolefile', '-settingsfile', '-custompipename'])
const HOST_FLAGS = new Set(['-nop', '-noni', '-nol', '-nologo', '-noprofile', '-noninteractive', '-noexit', '-sta', '-mta', '-login', '-noprofileloadtime', '-interactive'])

// ---- what the download cmdlets fetch ----------------------------------------------------------------

/** A cmdlet's parameters, lower-cased: enough to tell a parameter's value from a positional argument. */
interface Parameters {
  switches: readonly string[]
  valued: readonly string[]
}

interface Downloader extends Parameters {
  /** The parameter naming what is fetched; given without its name, it is the first positional argument. */
  url: string
  /** The parameter naming the file written, and its position when it has one. */
  file: string
  filePosition?: number
}

const COMMON_VALUED = ['erroraction', 'errorvariable', 'warningaction', 'warningvariable', 'informationaction', 'informationvariable', 'outvariable', 'outbuffer', 'pipelinevariable', 'progressaction']
const WEB_SWITCHES = [
  'usebasicparsing', 'usedefaultcredentials', 'disablekeepalive', 'skipcertificatecheck', 'skipheadervalidation', 'skiphttperrorcheck',
  'allowunencryptedauthentication', 'allowinsecureredirect', 'noproxy', 'passthru', 'resume', 'preserveauthorizationonredirect',
  'preservehttpmethodonredirect', 'proxyusedefaultcredentials', 'followrellink', 'verbose', 'debug'
]
const WEB_VALUED = [
  'uri', 'method', 'custommethod', 'body', 'form', 'contenttype', 'headers', 'infile', 'outfile', 'useragent', 'websession', 'sessionvariable',
  'certificate', 'certificatethumbprint', 'credential', 'authentication', 'token', 'proxy', 'proxycredential', 'timeoutsec',
  'connectiontimeoutseconds', 'operationtimeoutseconds', 'maximumredirection', 'maximumretrycount', 'retryintervalsec', 'transferencoding',
  'sslprotocol', 'httpversion', 'unixsocket', 'responseheadersvariable', 'statuscodevariable', 'maximumfollowrellink', ...COMMON_VALUED
]
const WEB: Downloader = { url: 'uri', file: 'outfile', switches: WEB_SWITCHES, valued: WEB_VALUED }
const DOWNLOADERS = table<Downloader>({
  'invoke-webrequest': WEB,
  'invoke-restmethod': WEB,
  'start-bitstransfer': {
    url: 'source',
    file: 'destination',
    filePosition: 1,
    switches: ['asynchronous', 'suspended', 'dynamic', 'customheaderswriteonly', 'usestoredcredential', 'verbose', 'debug', 'whatif', 'confirm'],
    valued: [
      'source', 'destination', 'description', 'displayname', 'priority', 'transfertype', 'credential', 'authentication', 'proxyauthentication',
      'proxybypass', 'proxycredential', 'proxylist', 'proxyusage', 'retryinterval', 'retrytimeout', 'maxdownloadtime', 'transferpolicy',
      'customheaders', 'certstorelocation', 'certstorename', 'certhash', 'httpmethod', 'securityflags', 'notifyflags', 'notifycmdline', 'aclflags',
      ...COMMON_VALUED
    ]
  }
})

/** True for the PowerShell commands that download: Invoke-WebRequest, Invoke-RestMethod, Start-BitsTransfer, WebClient's Download* methods. */
export function isPowerShellDownload(command: Command): boolean {
  return command.program in DOWNLOADERS || command.program.startsWith('webclient.download')
}

interface Bound {
  named: Map<string, Word>
  positional: Word[]
}

/** Binds the arguments to the cmdlet's parameters (names may be abbreviated); undefined when a parameter is not known. */
function bind(command: Command, spec: Parameters): Bound | undefined {
  const named = new Map<string, Word>()
  const positional: Word[] = []
  const all = [...spec.switches, ...spec.valued]
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i]
    const match = /^-([a-z_][\w-]*)(:?)/.exec(arg.value)
    if (!match || !arg.raw.startsWith('-')) {
      positional.push(arg)
      continue
    }
    const given = match[1]
    const candidates = all.includes(given) ? [given] : all.filter((p) => p.startsWith(given))
    if (candidates.length !== 1) return undefined
    const [name] = candidates
    if (spec.switches.includes(name)) named.set(name, arg)
    else if (match[2]) named.set(name, { ...arg, value: arg.value.slice(match[0].length), start: arg.start + match[0].length })
    else if (command.args[i + 1]) named.set(name, command.args[++i])
  }
  return { named, positional }
}

/** The URLs a PowerShell download fetches, as written. */
export function powerShellDownloadUrls(command: Command): Word[] {
  if (command.program.startsWith('webclient.')) return command.args.slice(0, 1)
  const spec = DOWNLOADERS[command.program]
  const bound = spec && bind(command, spec)
  if (!bound) return []
  const url = bound.named.get(spec.url) ?? bound.positional[0]
  return url ? [url] : []
}

/** True when the download is the command's output (so it can be piped or run): no `-OutFile`, or `DownloadString`. */
export function powerShellDownloadsToStdout(command: Command): boolean {
  if (command.program.startsWith('webclient.')) return command.program === 'webclient.downloadstring' || command.program === 'webclient.downloadstringtaskasync'
  const spec = DOWNLOADERS[command.program]
  const bound = spec && bind(command, spec)
  if (!bound || command.program === 'start-bitstransfer') return false
  return !bound.named.has('outfile') || bound.named.has('passthru')
}

/**
 * The files a PowerShell download names, as written: `-OutFile F`, `Start-BitsTransfer -Destination F`,
 * `.DownloadFile(URL, F)`.
 */
export function powerShellDownloadedFiles(command: Command): string[] {
  if (command.program.startsWith('webclient.downloadfile')) return command.args.slice(1, 2).map((w) => w.value)
  const spec = DOWNLOADERS[command.program]
  const bound = spec && bind(command, spec)
  if (!bound) return []
  const file = bound.named.get(spec.file) ?? (spec.filePosition === undefined ? undefined : bound.positional[spec.filePosition])
  return file ? [file.value] : []
}

const COMMON_SWITCHES = ['verbose', 'debug', 'whatif', 'confirm']
/** The cmdlets that use a file (./artifacts.ts), with the parameter naming it first. */
const USERS = table<Parameters>({
  'expand-archive': { switches: ['force', 'passthru', ...COMMON_SWITCHES], valued: ['path', 'literalpath', 'destinationpath', ...COMMON_VALUED] },
  'start-process': {
    switches: ['wait', 'nonewwindow', 'passthru', 'useshellexecute', 'loaduserprofile', 'usenewenvironment', ...COMMON_SWITCHES],
    valued: [
      'filepath', 'argumentlist', 'workingdirectory', 'verb', 'windowstyle', 'credential', 'redirectstandardinput', 'redirectstandardoutput',
      'redirectstandarderror', 'environment', ...COMMON_VALUED
    ]
  }
})

/**
 * A cmdlet's argument: the named parameter (`-Path F`, `-Path:F`, abbreviated or not) or else the
 * positional one at `position`. Undefined when the cmdlet or one of its parameters is not known.
 */
export function powerShellArgument(command: Command, names: readonly string[], position: number): Word | undefined {
  const spec = USERS[command.program]
  const bound = spec && bind(command, spec)
  if (!bound) return undefined
  for (const name of names) {
    const word = bound.named.get(name)
    if (word) return word
  }
  return bound.positional[position]
}

/** All the words given to a parameter: `-ArgumentList '/i', 'x.msi'` lists two (PowerShell's commas are not kept as words). */
export function powerShellArguments(command: Command, name: string, position: number): Word[] {
  const first = powerShellArgument(command, [name], position)
  if (!first) return []
  const from = command.args.indexOf(first)
  const after = command.args.slice(from + 1)
  const next = after.findIndex((w) => /^-[a-z]/.test(w.value) && w.raw.startsWith('-'))
  return [first, ...(next < 0 ? after : after.slice(0, next))]
}
