// Builds the model of ./model.ts from dockerfile-ast's tree: the only place that knows
// dockerfile-ast's API and its 0-based positions.
import { DockerfileParser } from 'dockerfile-ast'
import type { Instruction as AstInstruction } from 'dockerfile-ast'
import { SHELLS, parseExec, parseShell } from '../shell/parse.js'
import { parseImageRef } from './image.js'
import type { Word } from '../shell/types.js'
import type { Arg, Comment, Dockerfile, Flag, ImageUse, Instruction, Property, Stage } from './model.js'
import { Scope } from './scope.js'

interface Position {
  line: number
  character: number
}

const DIRECTIVE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*\S.*$/
const POSIX_DEFAULT = ['/bin/sh', '-c'] as const
const WINDOWS_DEFAULT = ['cmd', '/S', '/C'] as const

// dockerfile-ast re-tokenizes an instruction's arguments on every getArguments/getFlags/getProperties/
// getHeredocs call, which was half of the model's time. Each node we read tokenizes once; callers get
// their own copy (they shift flags off the array they are given).
function tokenizeOnce(node: AstInstruction): AstInstruction {
  const target = node as unknown as { getRawArguments(): unknown[] }
  const tokenize = target.getRawArguments
  let args: unknown[] | undefined
  target.getRawArguments = () => (args ??= tokenize.call(node)).slice()
  return node
}

export function parseDockerfile(source: string): Dockerfile {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const ast = DockerfileParser.parse(text)
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const at = (p: Position) => lineStarts[p.line] + p.character
  const span = (r: { start: Position; end: Position }) => ({ start: at(r.start), end: at(r.end) })
  const escape = ast.getEscapeCharacter()

  const model: Dockerfile = {
    text,
    escape,
    lineStarts,
    directives: [],
    comments: ast.getComments().map(
      (c): Comment => ({ text: c.getContent()?.trim() ?? '', line: c.getRange().start.line + 1, ...span(c.getRange()) })
    ),
    instructions: [],
    globalArgs: [],
    stages: [],
    images: []
  }

  // dockerfile-ast reads any leading `# a b=c` comment as a directive; Docker only takes `# name=value`
  // lines up to the first other line, and the rest are comments (a leading `# hadolint ignore=…`).
  for (const d of ast.getDirectives()) {
    const range = span(d.getRange())
    const line = d.getRange().start.line
    if (DIRECTIVE.test(text.slice(range.start, range.end)) && line === model.directives.length) {
      model.directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), ...range })
    } else {
      const content = text.slice(range.start, range.end).replace(/^\s*#/, '').trim()
      model.comments.push({ text: content, line: line + 1, ...range })
    }
  }
  model.comments.sort((a, b) => a.start - b.start)

  const stagesByName = new Map<string, Stage>()
  const stageNamed = (name: string) => stagesByName.get(name)
  let scope = new Scope(undefined, true)
  let globals = scope
  let stage: Stage | undefined
  let shellCommand: readonly string[] = POSIX_DEFAULT

  const build = (node: AstInstruction, onbuild?: Instruction): Instruction => {
    const keyword = node.getKeyword().toUpperCase()
    const instruction = convert(tokenizeOnce(node), keyword, span, text, escape)
    instruction.stage = stage
    instruction.onbuild = onbuild
    instruction.shellCommand = shellCommand
    const frozen = scope
    instruction.resolve = (value) => frozen.resolve(value)
    if (keyword === 'RUN' && instruction.jsonArgs) {
      instruction.shell = parseExec(instruction.jsonArgs.map((a) => jsonWord(a, text)))
    } else if (keyword === 'RUN' && isPosix(shellCommand)) {
      const body = bodyStart(node, instruction, at)
      instruction.shell = parseShell(text.slice(body, instruction.end), { base: body, dockerEscape: escape })
    }
    return instruction
  }

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase()
    if (keyword === 'FROM') {
      const from = build(node)
      const image = parseImageRef(from.args[0], (v) => globals.resolve(v), stageNamed)
      const name = from.args.length >= 3 && from.args[1].value.toUpperCase() === 'AS' ? from.args[2].value.toLowerCase() : undefined
      stage = { index: model.stages.length, name, from, image, instructions: [], isFinal: false }
      from.stage = stage
      model.stages.push(stage)
      if (name && !stagesByName.has(name)) stagesByName.set(name, stage)
      model.images.push({ image, instruction: from, kind: 'from' })
      scope = new Scope(undefined, false)
      shellCommand = image.stage ? finalShell(image.stage) : isWindows(image.resolved ?? image.raw, escape) ? WINDOWS_DEFAULT : POSIX_DEFAULT
      from.shellCommand = shellCommand
      model.instructions.push(from)
      continue
    }
    const instruction = build(node)
    model.instructions.push(instruction)
    if (stage) stage.instructions.push(instruction)
    else if (keyword === 'ARG') model.globalArgs.push(instruction)
    if (keyword === 'ARG' || keyword === 'ENV') {
      for (const p of instruction.properties) {
        const inherited = keyword === 'ARG' && p.value === undefined && stage ? globals.lookup(p.name) : undefined
        const value = p.value === undefined ? inherited : scope.resolve(p.value)
        scope = scope.with(p.name, value)
      }
      if (!stage) globals = scope
    } else if (keyword === 'SHELL' && instruction.json?.length) {
      shellCommand = instruction.json
    } else if (keyword === 'ONBUILD' && 'getTriggerInstruction' in node) {
      const trigger = (node as { getTriggerInstruction(): AstInstruction | null }).getTriggerInstruction()
      if (trigger) {
        const t = build(trigger, instruction)
        model.instructions.push(t)
        stage?.instructions.push(t)
      }
    }
    if (stage) collectImageUses(instruction, model, (v) => instruction.resolve(v), stageNamed)
  }
  if (model.stages.length) {
    model.finalStage = model.stages[model.stages.length - 1]
    model.finalStage.isFinal = true
  }
  return model
}

function convert(
  node: AstInstruction,
  keyword: string,
  span: (r: { start: Position; end: Position }) => { start: number; end: number },
  text: string,
  escape: string
): Instruction {
  const range = span(node.getRange())
  const flags: Flag[] =
    'getFlags' in node
      ? (node as unknown as { getFlags(): AstFlag[] }).getFlags().map((f) => ({
          name: f.getName(),
          value: f.getValue() ?? undefined,
          options: flagOptions(f.getValue()),
          ...span(f.getRange())
        }))
      : []
  const args = node.getArguments().map((a) => ({ value: a.getValue(), ...span(a.getRange()) }))
  const raw = args.length ? text.slice(args[0].start, range.end) : ''
  const joined = joinContinuations(raw, escape)
  const json = execForm(joined)
  const properties: Property[] =
    'getProperties' in node
      ? (node as unknown as { getProperties(): AstProperty[] }).getProperties().map((p) => {
          const valueRange = p.getValueRange()
          return {
            name: p.getName(),
            value: p.getValue() ?? undefined,
            nameSpan: span(p.getNameRange()),
            valueSpan: valueRange ? span(valueRange) : undefined,
            ...span(p.getRange())
          }
        })
      : []
  const heredocs =
    'getHeredocs' in node
      ? (node as unknown as { getHeredocs(): AstHeredoc[] }).getHeredocs().map((h) => {
          const content = h.getContentRange()
          const body = content ? span(content) : { start: range.end, end: range.end }
          return { name: h.getName(), body: text.slice(body.start, body.end), bodyStart: body.start, ...span(h.getStartRange()) }
        })
      : []
  return {
    keyword,
    keywordSpan: span(node.getInstructionRange()),
    flags,
    args,
    text: joined,
    json,
    jsonArgs: json && jsonSpans(json, text, args[0]?.start ?? range.start, range),
    heredocs,
    properties,
    shellCommand: POSIX_DEFAULT,
    resolve: () => undefined,
    ...range
  }
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
interface AstHeredoc {
  getName(): string
  getStartRange(): { start: Position; end: Position }
  getContentRange(): { start: Position; end: Position } | null
}

/** Where a RUN's shell text starts: after the keyword and any flags. */
function bodyStart(node: AstInstruction, instruction: Instruction, at: (p: Position) => number): number {
  if (instruction.args.length) return instruction.args[0].start
  const end = at(node.getInstructionRange().end)
  return instruction.flags.length ? instruction.flags[instruction.flags.length - 1].end : end
}

/** The arguments as Docker hands them on: continuations joined, comment and blank lines inside them dropped. */
export function joinContinuations(raw: string, escape: string): string {
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

function flagOptions(value: string | null): Record<string, string> {
  const options: Record<string, string> = {}
  if (!value) return options
  for (const part of value.split(',')) {
    const eq = part.indexOf('=')
    if (eq < 0) options[part.trim()] = ''
    else options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
  }
  return options
}

/** The shell a stage ends with: a stage built FROM it starts with it (the image config keeps SHELL). */
function finalShell(stage: Stage): readonly string[] {
  const shell = stage.instructions.filter((i) => i.keyword === 'SHELL' && !i.onbuild && i.json?.length).pop()
  return shell?.json ?? stage.from.shellCommand
}

function isPosix(shell: readonly string[]): boolean {
  const program = shell[0]?.split(/[\\/]/).pop() ?? ''
  return SHELLS.has(program) || SHELLS.has(program.replace(/\.exe$/i, ''))
}

function isWindows(image: string, escape: string): boolean {
  return escape === '`' || /(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:@]|$)|mcr\.microsoft\.com\/windows/i.test(image)
}

function collectImageUses(
  instruction: Instruction,
  model: Dockerfile,
  resolve: (v: string) => string | undefined,
  stageNamed: (name: string) => Stage | undefined
): void {
  const add = (value: string, start: number, end: number, kind: ImageUse['kind']) => {
    if (/^\d+$/.test(value)) return // a stage index
    const image = parseImageRef({ value, start, end }, resolve, stageNamed)
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
