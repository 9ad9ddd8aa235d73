// Instruction flags as BuildKit reads them (`frontend/dockerfile/parser/split_command.go` and
// `instructions/bflag.go`): which words are flags, their values, and the mistakes BuildKit rejects in
// any flag. Shared by valid-flags and valid-healthcheck, which judge the values of their own.
import { closest } from '../../closest.js'
import { rejection } from '../../dockerfile/helpers.js'
import type { FlagKind } from '../../dockerfile/instructions.js'
import type { Arg, Dockerfile, Instruction, Span } from '../../dockerfile/model.js'
import type { Problem } from '../types.js'

/** A flag as written: `name` without `--`, `value` after the `=` (undefined for a bare `--name`). */
export interface WrittenFlag extends Span {
  name: string
  value?: string
}

/** The values of a boolean flag BuildKit takes, in any case. */
const BOOLEAN = /^(true|false)$/i

export interface LeadingFlags {
  /** The `--words` that start the arguments, which BuildKit reads as flags. */
  flags: WrittenFlag[]
  /** The first argument after them, or undefined when there is none. */
  first?: Arg
}

/**
 * The flags of an instruction as BuildKit splits them off: the words starting with `--` before its
 * first other word, up to a lone `--`. dockerfile-ast reads flags for FROM, RUN, COPY, ADD and
 * HEALTHCHECK only, and for those it skips a first word holding `--` (`COPY a--b --x c`) or, for
 * HEALTHCHECK, any word but CMD and NONE (`HEALTHCHECK curl --fail …`) and takes later `--words` for
 * flags, dropping as many words from the arguments: that first word is then found in the text. Other
 * instructions' flags are their leading arguments.
 */
export function leadingFlags(dockerfile: Dockerfile, instruction: Instruction): LeadingFlags {
  const { flags, args } = instruction
  if (!flags.length) {
    if (!args[0]?.value.startsWith('--')) return { flags, first: args[0] }
    const found: WrittenFlag[] = []
    for (let i = 0; i < args.length; i++) {
      const { value, start, end } = args[i]
      if (value === '--') return { flags: found, first: args[i + 1] }
      if (!value.startsWith('--')) return { flags: found, first: args[i] }
      const eq = value.indexOf('=')
      found.push(eq < 0 ? { name: value.slice(2), start, end } : { name: value.slice(2, eq), value: value.slice(eq + 1), start, end })
    }
    return { flags: found }
  }
  const last = flags[flags.length - 1]
  const terminator = flags.findIndex((f) => f.name === '' && f.value === undefined)
  if (terminator >= 0) return { flags: flags.slice(0, terminator), first: undefined }
  if (!args.length || last.start < args[0].start) return { flags, first: args[0] }
  // dockerfile-ast went past the first word: it lies in the first gap between flags that holds text.
  let from = instruction.keywordSpan.end
  for (let i = 0; i < flags.length; i++) {
    const word = wordIn(dockerfile, from, flags[i].start)
    if (word) return { flags: flags.slice(0, i), first: word }
    from = flags[i].end
  }
  return { flags, first: args[0] }
}

/** The first word written between two offsets, line continuations skipped. */
function wordIn({ text, escape }: Dockerfile, from: number, to: number): Arg | undefined {
  for (const match of text.slice(from, to).matchAll(/\S+/g)) {
    const start = from + match.index
    const continuation = match[0] === escape && /^[ \t]*\r?\n/.test(text.slice(start + 1, to))
    if (!continuation) return { value: match[0], start, end: start + match[0].length }
  }
  return undefined
}

/**
 * The value BuildKit gives a flag: its quotes removed and `\` escapes resolved, as its parser does with
 * every flag word. Undefined for a bare flag, and when the value is not known from the model (a quoted
 * value with a space in it, which dockerfile-ast cuts at the space).
 */
export function flagValue(flag: WrittenFlag): string | undefined {
  const { value } = flag
  if (value === undefined || !/["'\\]/.test(value)) return value
  let out = ''
  let quote = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (quote ? c === quote : c === '"' || c === "'") quote = quote ? '' : c
    else if (c === '\\' && quote !== "'") out += value[++i] ?? ''
    else out += c
  }
  return quote ? undefined : out
}

/** The Dockerfile's text of a flag equals `--name=value`: offsets into the value are offsets into the file. */
export function flagWrittenAsIs(dockerfile: Dockerfile, flag: WrittenFlag): boolean {
  return flag.value !== undefined && flagValue(flag) === flag.value && flag.end - flag.start === flag.name.length + flag.value.length + 3 && dockerfile.text.startsWith(`--${flag.name}=`, flag.start)
}

/**
 * The mistakes BuildKit rejects in the flags of an instruction that takes the flags `kinds`: a flag it
 * does not take, one given twice that may be given once, a value missing, a boolean that is neither
 * `true` nor `false`. BuildKit stops at the first; each is reported here.
 */
export function flagProblems(instruction: Instruction, flags: readonly WrittenFlag[], kinds: ReadonlyMap<string, FlagKind>): Problem[] {
  const problems: Problem[] = []
  const seen: string[] = []
  for (const flag of flags) {
    const { name, value } = flag
    const kind = kinds.get(name)
    const written = `\`--${name}\``
    if (!kind) {
      problems.push({ at: flag, message: unknownFlag(instruction, name, kinds) })
    } else if (kind !== 'values' && seen.includes(name)) {
      problems.push({ at: flag, message: `${written} is given twice, so ${rejection(instruction, `duplicate flag specified: --${name}`)}. Keep one.` })
    } else if (kind === 'boolean' ? value === '' : value === undefined) {
      problems.push({
        at: flag,
        message:
          kind === 'boolean'
            ? `${written} is given \`=\` and no value, so ${rejection(instruction, `missing a value on flag: --${name}`)}. Write \`--${name}\` alone (true) or \`--${name}=false\`.`
            : `${written} has no value, so ${rejection(instruction, `missing a value on flag: --${name}`)}. Write it \`--${name}=<value>\`, with \`=\`: the next word is not taken as its value.`
      })
    } else if (kind === 'boolean' && value !== undefined && !BOOLEAN.test(flagValue(flag) ?? 'true')) {
      const variable = value.includes('$') ? ', and expands no variables here' : ''
      problems.push({ at: flag, message: `\`--${name}=${value}\` is not a boolean, so ${rejection(instruction, `expecting boolean value for flag ${name}, not: ${value}`)}: BuildKit takes \`true\` or \`false\` only${variable}. Write \`--${name}\` alone (true) or \`--${name}=false\`.` })
    }
    seen.push(name)
  }
  return problems
}

/** What BuildKit does with an error, for the rules that import it from here: see `rejection` (../../dockerfile/helpers.ts). */
export { rejection as rejects }

function unknownFlag(instruction: Instruction, name: string, kinds: ReadonlyMap<string, FlagKind>): string {
  const { keyword } = instruction
  const rejected = rejection(instruction, `unknown flag: --${name}`)
  if (!kinds.size) {
    const exec = keyword === 'CMD' || keyword === 'ENTRYPOINT' ? ` To pass \`--${name}\` to the program, write the ${keyword} in exec form: \`${keyword} ${execForm(instruction)}\`.` : ''
    return `${keyword} takes no flags, and reads \`--${name}\` as one, so ${rejected}.${exec}`
  }
  const names = [...kinds.keys()]
  const near = suggest(name, names)
  const takes = `${keyword} takes ${names.map((n) => `\`--${n}\``).join(', ')}`
  return `\`--${name}\` is not a flag of ${keyword}, so ${rejected}.${near ? ` Did you mean \`--${near}\`?` : ''} ${takes}.`
}

/** The exec form of a shell-form CMD's plain words (`["--port", "8080"]`), else a pattern of it. */
function execForm({ args }: Instruction): string {
  const plain = args.length <= 8 && args.every((a) => /^[\w@%+=:,./-]+$/.test(a.value))
  return plain ? `[${args.map((a) => JSON.stringify(a.value)).join(', ')}]` : '["--option", "value", …]'
}

/** The known word a mistyped one most likely meant: within two edits, one for words of three letters or less. */
export function suggest(word: string, known: readonly string[]): string | undefined {
  return word ? closest(word, known, word.length > 3 ? 2 : 1) : undefined
}
