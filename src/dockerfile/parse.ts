// Builds the model of ./model.ts from dockerfile-ast's tree: the only place that knows
// dockerfile-ast's API and its 0-based positions.
import { DockerfileParser } from 'dockerfile-ast'
import type { Instruction as AstInstruction } from 'dockerfile-ast'
import { SHELLS, parseExec, parseShell } from '../shell/parse.js'
import { parseCmd } from '../shell/cmd.js'
import { hostScript, joinedSource, parsePowerShell, powerShellHost, type Source } from '../shell/powershell.js'
import { flagOptions, readFlags, splitArguments } from './arguments.js'
import { parseImageRef } from './image.js'
import { lineStarts as startsOfLines, positionOf, stripBom } from './positions.js'
import type { Script, Word } from '../shell/types.js'
import type { Arg, Comment, Dockerfile, Flag, Heredoc, ImageUse, Instruction, Keyword, Property, Span, Stage } from './model.js'
import { Scope } from './scope.js'

interface Position {
  line: number
  character: number
}

const DIRECTIVE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*\S.*$/
const POSIX_DEFAULT = ['/bin/sh', '-c'] as const
const WINDOWS_DEFAULT = ['cmd', '/S', '/C'] as const

/**
 * An instruction of the model. `resolve` reads the ARG and ENV scope current where it stands. It is a
 * method, not a closure per instruction: V8 kept such closures, and the whole file they captured, alive
 * through young-generation collections, so every file's model was promoted to the old generation.
 */
class ModelInstruction implements Instruction {
  stage?: Stage
  onbuild?: Instruction
  shell?: Script
  shellCommand: readonly string[] = POSIX_DEFAULT
  readonly #scope: Scope

  constructor(
    public keyword: Keyword,
    public keywordSpan: Span,
    public flags: Flag[],
    public args: Arg[],
    public text: string,
    public json: string[] | undefined,
    public jsonArgs: Arg[] | undefined,
    public heredocs: Heredoc[],
    public properties: Property[],
    public start: number,
    public end: number,
    scope: Scope
  ) {
    this.#scope = scope
  }

  resolve(value: string): string | undefined {
    return this.#scope.resolve(value)
  }
}

export function parseDockerfile(source: string): Dockerfile {
  const text = stripBom(source)
  const ast = DockerfileParser.parse(text)
  const lineStarts = startsOfLines(text)
  const escape = ast.getEscapeCharacter()
  // dockerfile-ast also ends lines at a lone `\r`: there its arguments are taken from it (and their
  // positions converted with its own lines) rather than split here.
  const exact = !text.includes('\r') || !/\r(?!\n)/.test(text)
  const astLines = exact ? lineStarts : astLineStarts(text)

  const model: Dockerfile = {
    text,
    escape,
    lineStarts,
    directives: [],
    // Lines as findings count them (dockerfile-ast's own also end at a lone `\r`), for the suppressions.
    comments: ast.getComments().map((c): Comment => {
      const range = span(astLines, c.getRange())
      return { text: c.getContent()?.trim() ?? '', line: positionOf(lineStarts, range.start).line, ...range }
    }),
    instructions: [],
    globalArgs: [],
    stages: [],
    images: [],
    memo: new Map()
  }

  // dockerfile-ast reads any leading `# a b=c` comment as a directive; Docker only takes `# name=value`
  // lines up to the first other line, and the rest are comments (a leading `# hadolint ignore=…`).
  for (const d of ast.getDirectives()) {
    const range = span(astLines, d.getRange())
    const line = d.getRange().start.line
    if (DIRECTIVE.test(text.slice(range.start, range.end)) && line === model.directives.length) {
      model.directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), ...range })
    } else {
      const content = text.slice(range.start, range.end).replace(/^\s*#/, '').trim()
      model.comments.push({ text: content, line: positionOf(lineStarts, range.start).line, ...range })
    }
  }
  model.comments.sort((a, b) => a.start - b.start)

  const stagesByName = new Map<string, Stage>()
  let scope = new Scope(undefined, true)
  let globals = scope
  let stage: Stage | undefined
  let shellCommand: readonly string[] = POSIX_DEFAULT

  const file: FileInfo = { text, escape, astLines, exact }
  const build = (keyword: string, range: Span, keywordSpan: Span, node: NodeSource, onbuild?: Instruction): Instruction => {
    const instruction = convert(file, keyword, range, keywordSpan, node, scope)
    instruction.stage = stage
    instruction.onbuild = onbuild
    instruction.shellCommand = shellCommand
    if (keyword === 'RUN' && instruction.jsonArgs) {
      instruction.shell = parseExec(instruction.jsonArgs.map((a) => jsonWord(a, text)))
    } else if (keyword === 'RUN' && isPosix(shellCommand)) {
      const body = bodyStart(instruction)
      instruction.shell = parseShell(text.slice(body, instruction.end), { base: body, dockerEscape: escape })
    } else if (keyword === 'RUN') {
      instruction.shell = parseWindowsRun(shellCommand, joinedSource(text, bodyStart(instruction), instruction.end, escape))
    }
    return instruction
  }

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword()
    const range = span(astLines, node.getRange())
    const keywordSpan = span(astLines, node.getInstructionRange())
    if (keyword === 'FROM') {
      const from = build(keyword, range, keywordSpan, node)
      const image = parseImageRef(from.args[0], globals, stagesByName)
      const name = from.args.length >= 3 && from.args[1].value.toUpperCase() === 'AS' ? from.args[2].value.toLowerCase() : undefined
      const windows = image.stage ? image.stage.windows : isWindows(image.resolved ?? image.raw, escape)
      stage = { index: model.stages.length, name, from, image, instructions: [], isFinal: false, windows }
      from.stage = stage
      model.stages.push(stage)
      if (name && !stagesByName.has(name)) stagesByName.set(name, stage)
      model.images.push({ image, instruction: from, kind: 'from' })
      scope = new Scope(undefined, false)
      shellCommand = image.stage ? finalShell(image.stage) : windows ? WINDOWS_DEFAULT : POSIX_DEFAULT
      from.shellCommand = shellCommand
      model.instructions.push(from)
      continue
    }
    const instruction = build(keyword, range, keywordSpan, node)
    model.instructions.push(instruction)
    if (stage) stage.instructions.push(instruction)
    else if (keyword === 'ARG') model.globalArgs.push(instruction)
    if (keyword === 'ARG' || keyword === 'ENV') {
      for (const p of instruction.properties) {
        const inherited = keyword === 'ARG' && p.value === undefined && stage ? globals.lookup(p.name) : undefined
        const value = p.value === undefined ? inherited : resolveValue(p, scope, text, escape, exact)
        scope = scope.with(p.name, value)
      }
      if (!stage) globals = scope
    } else if (keyword === 'SHELL' && instruction.json?.length) {
      shellCommand = instruction.json
    } else if (keyword === 'ONBUILD' && instruction.args.length) {
      const trigger = triggerOf(instruction, node as unknown as AstOnbuild, file)
      const t = build(trigger.keyword, trigger.range, trigger.keywordSpan, trigger.node, instruction)
      model.instructions.push(t)
      stage?.instructions.push(t)
    }
    if (stage) collectImageUses(instruction, model, stagesByName)
  }
  if (model.stages.length) {
    model.finalStage = model.stages[model.stages.length - 1]
    model.finalStage.isFinal = true
  }
  return model
}

/**
 * An ARG default or ENV value, expanded the way BuildKit does: against the values in scope before it
 * (so `ARG A="${A:-x}"` is `x`), from the text as written, since dockerfile-ast's value has lost the
 * quotes and escapes that keep `'$X'` and `\$X` literal.
 */
function resolveValue(p: Property, scope: Scope, text: string, escape: string, exact: boolean): string | undefined {
  if (!exact || !p.valueSpan) return scope.resolve(p.value!)
  return scope.resolveWritten(joinContinuations(text.slice(p.valueSpan.start, p.valueSpan.end), escape), escape)
}

/**
 * Offsets where each line starts as dockerfile-ast counts lines: after a `\n`, a `\r\n` or a lone `\r`
 * (the model's lineStarts, like Docker, end lines at `\n` only).
 */
function astLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) starts.push(i + 1)
  }
  return starts
}

/** An offset into the text from dockerfile-ast's 0-based line and character (`astLines`: see astLineStarts). */
function offset(astLines: readonly number[], p: Position): number {
  return astLines[p.line] + p.character
}

function span(astLines: readonly number[], r: { start: Position; end: Position }): Span {
  return { start: offset(astLines, r.start), end: offset(astLines, r.end) }
}

/** What every instruction of a file is read against. */
interface FileInfo {
  text: string
  escape: string
  /** dockerfile-ast's lines, to convert its positions: see astLineStarts. */
  astLines: readonly number[]
  /** False when the text has a lone `\r`: see parseDockerfile. */
  exact: boolean
}

/** dockerfile-ast's node of an instruction, or for an ONBUILD trigger a function that makes it (see triggerOf). */
type NodeSource = AstInstruction | (() => AstInstruction)

function nodeOf(source: NodeSource): AstInstruction {
  return typeof source === 'function' ? source() : source
}

/** An ONBUILD's trigger: its keyword, where it and its keyword are, and its node. */
function triggerOf(onbuild: Instruction, node: AstOnbuild, file: FileInfo): { keyword: string; range: Span; keywordSpan: Span; node: NodeSource } {
  if (!file.exact) {
    const trigger = node.getTriggerInstruction()!
    return { keyword: trigger.getKeyword(), range: span(file.astLines, trigger.getRange()), keywordSpan: span(file.astLines, trigger.getInstructionRange()), node: trigger }
  }
  // The ONBUILD's first argument is the trigger's keyword. dockerfile-ast's getTriggerInstruction splits
  // the ONBUILD's arguments three more times and parses the trigger as a new instruction: its node is
  // made only for what our own reading does not give (properties, heredocs).
  const word = onbuild.args[0]
  let made: AstInstruction | undefined
  return {
    keyword: file.text.slice(word.start, word.end).toUpperCase(),
    range: { start: word.start, end: onbuild.end },
    keywordSpan: { start: word.start, end: word.end },
    node: () => (made ??= node.getTriggerInstruction()!)
  }
}

function convert({ text, escape, astLines, exact }: FileInfo, keyword: string, range: Span, keywordSpan: Span, node: NodeSource, scope: Scope): ModelInstruction {
  let flags: Flag[]
  let args: Arg[]
  if (exact) {
    const words = splitArguments(text, range.start, range.end, keywordSpan.start, keywordSpan.end - keywordSpan.start, escape)
    flags = readFlags(keyword, words, text)
    args = flags.length ? words.slice(flags.length) : words
  } else {
    const ast = nodeOf(node)
    flags = 'getFlags' in ast ? (ast as unknown as { getFlags(): AstFlag[] }).getFlags().map((f) => flag(f, astLines)) : []
    args = ast.getArguments().map((a) => {
      const r = a.getRange()
      return { value: a.getValue(), start: offset(astLines, r.start), end: offset(astLines, r.end) }
    })
  }
  const raw = args.length ? text.slice(args[0].start, range.end) : ''
  const joined = joinContinuations(raw, escape)
  const json = execForm(joined)
  const read: Property[] =
    keyword === 'ARG' || keyword === 'ENV' || keyword === 'LABEL'
      ? (nodeOf(node) as unknown as { getProperties(): AstProperty[] }).getProperties().map((p) => {
          const valueRange = p.getValueRange()
          const r = p.getRange()
          return {
            name: p.getName(),
            value: p.getValue() ?? undefined,
            nameSpan: span(astLines, p.getNameRange()),
            valueSpan: valueRange ? span(astLines, valueRange) : undefined,
            start: offset(astLines, r.start),
            end: offset(astLines, r.end)
          }
        })
      : []
  const properties = keyword === 'ARG' ? argNames(read, text) : read
  // Only an argument starting with `<<` opens a heredoc: skip dockerfile-ast's scan of the others.
  const heredocs =
    args.some((a) => a.value.startsWith('<<'))
      ? (nodeOf(node) as unknown as { getHeredocs(): AstHeredoc[] }).getHeredocs().map((h): Heredoc => {
          const content = h.getContentRange()
          const body = content ? span(astLines, content) : { start: range.end, end: range.end }
          return { name: h.getName(), body: text.slice(body.start, body.end), bodyStart: body.start, ...span(astLines, h.getStartRange()) }
        })
      : []
  return new ModelInstruction(
    keyword,
    keywordSpan,
    flags,
    args,
    joined,
    json,
    json && jsonSpans(json, text, args[0]?.start ?? range.start, range),
    heredocs,
    properties,
    range.start,
    range.end,
    scope
  )
}

/** A flag as dockerfile-ast read it (in a file with a lone `\r`, where readFlags does not apply). */
function flag(f: AstFlag, astLines: readonly number[]): Flag {
  const value = f.getValue() ?? undefined
  return { name: f.getName(), value, options: flagOptions(value), ...span(astLines, f.getRange()) }
}

/**
 * BuildKit reads every word of an ARG as `name` or `name=default`: dockerfile-ast reads `ARG NAME value`
 * as NAME with the default `value`, where BuildKit declares two arguments, neither with a default.
 */
function argNames(properties: Property[], text: string): Property[] {
  const names: Property[] = []
  for (const p of properties) {
    if (!p.valueSpan || text[p.nameSpan.end] === '=') {
      names.push(p)
    } else {
      names.push({ name: p.name, nameSpan: p.nameSpan, start: p.start, end: p.nameSpan.end })
      names.push({ name: text.slice(p.valueSpan.start, p.valueSpan.end), nameSpan: p.valueSpan, start: p.valueSpan.start, end: p.end })
    }
  }
  return names
}

interface AstFlag {
  getName(): string
  getValue(): string | null
  getRange(): { start: Position; end: Position }
}
interface AstProperty {
  getName(): string
  getValue(): string | null
  getRange(): { start: Position; end: Position }
  getNameRange(): { start: Position; end: Position }
  getValueRange(): { start: Position; end: Position } | null
}
interface AstOnbuild extends AstInstruction {
  getTriggerInstruction(): AstInstruction | null
}
interface AstHeredoc {
  getName(): string
  getStartRange(): { start: Position; end: Position }
  getContentRange(): { start: Position; end: Position } | null
}

/** Where a RUN's shell text starts: after the keyword and any flags. */
function bodyStart(instruction: Instruction): number {
  if (instruction.args.length) return instruction.args[0].start
  return instruction.flags.length ? instruction.flags[instruction.flags.length - 1].end : instruction.keywordSpan.end
}

/** The arguments as Docker hands them on: continuations joined, comment and blank lines inside them dropped. */
export function joinContinuations(raw: string, escape: string): string {
  if (!raw.includes('\n')) return raw // one line: most instructions
  if (!raw.includes(escape + '\n') && !raw.includes(escape + '\r\n')) return raw
  const lines = raw.split('\n')
  let out = ''
  let continued = false
  for (let line of lines) {
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (continued && /^\s*(#.*)?$/.test(line)) continue
    continued = line.endsWith(escape)
    out += continued ? line.slice(0, -1) : line + '\n'
  }
  return out.endsWith('\n') && !raw.endsWith('\n') ? out.slice(0, -1) : out
}

function execForm(text: string): string[] | undefined {
  if (!/^\s*\[/.test(text)) return undefined // what trim() would leave does not start with `[`
  const trimmed = text.trim()
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return undefined
  try {
    const value: unknown = JSON.parse(trimmed)
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined
  } catch {
    return undefined
  }
}

/** Finds each exec-form string in the text; one written with escapes spans the whole instruction. */
function jsonSpans(values: string[], text: string, from: number, range: { start: number; end: number }) {
  return values.map((value) => {
    const literal = JSON.stringify(value)
    const at = text.indexOf(literal, from)
    if (at < 0 || at + literal.length > range.end) return { value, start: range.start, end: range.end }
    from = at + literal.length
    return { value, start: at + 1, end: from - 1 }
  })
}

/** An exec-form string as a word spanning its quotes, like a quoted shell word (no quotes when not found). */
function jsonWord(arg: Arg, text: string): Word {
  const found = arg.end - arg.start === JSON.stringify(arg.value).length - 2
  if (!found) return { ...arg, raw: arg.value, literal: true }
  return { value: arg.value, raw: text.slice(arg.start - 1, arg.end + 1), literal: true, start: arg.start - 1, end: arg.end + 1 }
}

/** The shell a stage ends with: a stage built FROM it starts with it (the image config keeps SHELL). */
function finalShell(stage: Stage): readonly string[] {
  const shell = stage.instructions.filter((i) => i.keyword === 'SHELL' && !i.onbuild && i.json?.length).pop()
  return shell?.json ?? stage.from.shellCommand
}

/**
 * A RUN under a PowerShell SHELL (`["powershell", "-Command", …]`, ./shell/powershell.ts) or cmd.exe
 * (Windows' default, ./shell/cmd.ts, which hands `powershell -Command …` on to the former).
 */
function parseWindowsRun(shell: readonly string[], body: Source): Script | undefined {
  const script: Script = { commands: [], pipelines: [] }
  const host = powerShellHost(shell[0] ?? '')
  if (host) {
    // The body is the last argument: it is the script when the SHELL's arguments end in `-Command` or a script of their own.
    const at = hostScript(host, [...shell.slice(1), body.text])
    if (at === undefined || at > shell.length - 1) return undefined
    parsePowerShell(body, script, { windowsPowerShell: host === 'powershell' })
    return script
  }
  // cmd is the shell of a Windows stage with no SHELL (a Linux stage's default is /bin/sh), or one a SHELL names.
  if (!/^cmd(\.exe)?$/i.test(shellProgram(shell))) return undefined
  parseCmd(body, script)
  return script
}

function isPosix(shell: readonly string[]): boolean {
  if (shell === POSIX_DEFAULT) return true // most RUNs
  const program = shellProgram(shell)
  return SHELLS.has(program) || SHELLS.has(program.replace(/\.exe$/i, ''))
}

/** The program a SHELL names, without its directory: `C:\Windows\System32\cmd.exe` → `cmd.exe`. */
function shellProgram(shell: readonly string[]): string {
  return shell[0]?.split(/[\\/]/).pop() ?? ''
}

// Windows named in the path (`mcr.microsoft.com/windows/servercore`), only in the tag
// (`dotnet/sdk:8.0-nanoserver-1809`, `aspnet:4.8-windowsservercore-ltsc2022`), or implied: .NET Framework
// images exist for Windows only.
const WINDOWS_PATH = /(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:@]|$)|mcr\.microsoft\.com\/(windows|dotnet\/framework\/)/i
const WINDOWS_TAG = /:([^@]*[-_.])?(nanoserver|servercore|windowsservercore|ltsc20\d\d)([-_.@]|$)/i

function isWindows(image: string, escape: string): boolean {
  return escape === '`' || WINDOWS_PATH.test(image) || WINDOWS_TAG.test(image.slice(image.lastIndexOf('/') + 1))
}

function collectImageUses(instruction: Instruction, model: Dockerfile, stages: ReadonlyMap<string, Stage>): void {
  if (!instruction.flags.length) return // most instructions
  const add = (value: string, start: number, end: number, kind: ImageUse['kind']) => {
    if (/^\d+$/.test(value)) return // a stage index
    const image = parseImageRef({ value, start, end }, instruction, stages)
    model.images.push({ image, instruction, kind })
  }
  for (const flag of instruction.flags) {
    if (flag.name === 'from' && flag.value && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD')) {
      add(flag.value, flag.end - flag.value.length, flag.end, 'copy-from')
    } else if (flag.name === 'mount' && flag.options.from) {
      add(flag.options.from, flag.start, flag.end, 'mount-from')
    }
  }
}
