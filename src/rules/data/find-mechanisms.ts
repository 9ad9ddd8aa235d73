// Finds the mechanisms of a table (./mechanisms.ts) in a Dockerfile: in ENV and ARG, in every command
// of every RUN (shell and exec form, ONBUILD triggers included), and in text written into files.
import { runCommands } from '../../dockerfile/helpers.js'
import type { Dockerfile, Span } from '../../dockerfile/model.js'
import { asTool, positionals } from '../../shell/helpers.js'
import type { Command, Word } from '../../shell/types.js'
import type { Problem } from '../types.js'
import { FALSE, type ConfigMechanism, type Mechanisms, type ValueTest } from './mechanisms.js'
import { writtenTexts } from './written-text.js'

/** One problem per mechanism found, in the order the rows are listed per place. */
export function* findMechanisms(dockerfile: Dockerfile, table: Mechanisms): Generator<Problem> {
  const say = (quote: string, row: { effect?: string }) => `${quote} ${row.effect ?? table.effect}.`
  const { programs, envName } = index(table)
  for (const instruction of dockerfile.instructions) {
    if ((instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') || !envName) continue
    for (const p of instruction.properties) {
      // An ARG without a default is not set unless the build passes it.
      const value = p.value
      if (value === undefined || !envName.test(p.name)) continue
      const row = table.env!.find((r) => r.name.test(p.name) && r.value(instruction.resolve(value)))
      if (row) yield { at: p, message: say(`\`${instruction.keyword} ${p.name}=${value}\``, row) }
    }
  }
  for (const { command: written, instruction } of runCommands(dockerfile)) {
    const command = asTool(written)
    const rows = programs.get(command.program)
    const assigned = assignments(command)
    if (!rows && !assigned.length) continue // most commands: nothing this table knows
    const shellForm = !instruction.json
    // One problem per word: the first row that explains it (most commands have no hit: no set for them).
    let seen: Set<Word> | undefined
    // The rows are read only when the command writes one of their flags or a config verb (most
    // commands of their programs write neither), and the options and positionals then once for all rows.
    const opts = rows?.flags.length && writesFlag(command, rows) ? options(command) : NO_ROWS
    for (const row of opts.length ? rows!.flags : NO_ROWS) {
      if (row.when && !row.when(command)) continue
      const hit = row.value ? valuedFlag(command, opts, row.flags, row.value) : bareFlag(command, opts, row.flags, row.cluster)
      if (!hit || seen?.has(hit.word)) continue
      seen ??= new Set()
      seen.add(hit.word)
      const problem: Problem = { at: hit.word, message: say(hit.quote, row) }
      if (row.fix && shellForm && hit.word.raw === hit.word.value) problem.fix = replacement(dockerfile.text, hit, row.fix(command))
      yield problem
    }
    const words = rows?.configs.length && command.args.some(isConfigVerb) ? positionals(command) : NO_ROWS
    const verb = words.findIndex(isConfigVerb)
    for (const row of verb < 0 ? NO_ROWS : rows!.configs) {
      if (row.when && !row.when(command)) continue
      const hit = configSet(command, words, verb, row)
      if (!hit || seen?.has(hit.word)) continue
      seen ??= new Set()
      seen.add(hit.word)
      yield { at: hit.word, message: say(hit.quote, row) }
    }
    for (const { word, quote } of assigned) {
      const eq = word.value.indexOf('=')
      const row = table.env?.find((r) => r.name.test(word.value.slice(0, eq)) && r.value(word.literal ? word.value.slice(eq + 1) : undefined))
      if (row) yield { at: word, message: say(`\`${quote}\``, row) }
    }
  }
  for (const written of writtenTexts(dockerfile)) {
    if (!written.files.length) continue // printed to the build log: it configures nothing
    for (const row of table.text ?? NO_ROWS) {
      if (row.file && !written.files.some((f) => row.file!.test(f))) continue
      const match = row.pattern.exec(written.text)
      if (!match) continue
      const at = written.exact ? { start: written.at.start + match.index, end: written.at.start + match.index + match[0].length } : written.at
      const into = written.files.length ? ` written to \`${written.files[0]}\`` : ''
      yield { at, message: say(`\`${match[0].trim()}\`${into}`, row) }
    }
  }
}

type FlagRow = NonNullable<Mechanisms['flags']>[number]

/** A program's rows in a table. */
interface ProgramRows {
  flags: FlagRow[]
  configs: ConfigMechanism[]
  /** Every flag its flag rows name, and whether one of them looks into clusters: for a cheap test before the rows. */
  flagNames: Set<string>
  clusters: boolean
}

/** A table indexed once: the rows of each program (most commands match none), and one test of the ENV names. */
interface Index {
  programs: Map<string, ProgramRows>
  /** Matches every name an env row matches (and maybe more, as it ignores case): a test before the rows. */
  envName?: RegExp
}

const indexes = new WeakMap<Mechanisms, Index>()

function index(table: Mechanisms): Index {
  let indexed = indexes.get(table)
  if (indexed) return indexed
  const programs = new Map<string, ProgramRows>()
  const rowsOf = (program: string) => {
    let rows = programs.get(program)
    if (!rows) programs.set(program, (rows = { flags: [], configs: [], flagNames: new Set(), clusters: false }))
    return rows
  }
  for (const row of table.flags ?? []) {
    for (const p of row.programs) {
      const rows = rowsOf(p)
      rows.flags.push(row)
      for (const flag of row.flags) rows.flagNames.add(flag)
      rows.clusters ||= row.cluster !== undefined
    }
  }
  for (const row of table.configs ?? []) for (const p of row.programs) rowsOf(p).configs.push(row)
  const envName = table.env && new RegExp(table.env.map((row) => row.name.source).join('|'), 'i')
  indexes.set(table, (indexed = { programs, envName }))
  return indexed
}

const NO_ROWS: never[] = []

/** Whether an option word of the command (up to `--`) can be one of the rows' flags: named so, or a cluster (`-sSLk`) that may hold one. */
function writesFlag(command: Command, rows: ProgramRows): boolean {
  for (const { value } of command.args) {
    if (value === '--') return false
    if (!value.startsWith('-') || value === '-') continue
    if (value.startsWith('--') ? rows.flagNames.has(optionName(value)) : rows.clusters || rows.flagNames.has(value)) return true
  }
  return false
}

/** `--name=value` → `--name`; `-k` → `-k`. */
function optionName(word: string): string {
  const eq = word.startsWith('--') ? word.indexOf('=') : -1
  return eq < 0 ? word : word.slice(0, eq)
}

interface FlagHit {
  word: Word
  quote: string
  /** For a flag inside a cluster (`-sSLk`), the letter's index in the word. */
  letter?: number
}

function bareFlag(command: Command, options: readonly Word[], flags: readonly string[], cluster?: string): FlagHit | undefined {
  for (const word of options) {
    const [name, value] = splitOption(word.value)
    // `--insecure-skip-tls-verify=false` says the opposite.
    if (flags.includes(name) && !(value !== undefined && FALSE.test(value))) return { word, quote: `\`${command.program} ${word.value}\`` }
    if (!cluster || word.value.startsWith('--')) continue
    for (let i = 1; i < word.value.length; i++) {
      const letter = word.value[i]
      if (flags.includes('-' + letter)) return { word, letter: i, quote: `\`-${letter}\` in \`${command.program} ${word.value}\`` }
      if (!cluster.includes(letter)) break // the rest of the word is this option's value
    }
  }
  return undefined
}

function valuedFlag(command: Command, options: readonly Word[], flags: readonly string[], test: ValueTest): FlagHit | undefined {
  for (const option of options) {
    const [name, inline] = splitOption(option.value)
    if (!flags.includes(name)) continue
    const word = inline === undefined ? command.args[command.args.indexOf(option) + 1] : option
    const value = inline ?? word?.value
    if (word && test(word.literal ? value : undefined)) {
      return { word: option, quote: `\`${command.program} ${name}${inline === undefined ? ' ' : '='}${value}\`` }
    }
  }
  return undefined
}

/** The option words of a command, up to `--`. */
function options(command: Command): Word[] {
  const found: Word[] = []
  for (const arg of command.args) {
    if (arg.value === '--') break
    if (arg.value.startsWith('-') && arg.value !== '-') found.push(arg)
  }
  return found
}

const isConfigVerb = (word: Word): boolean => word.value === 'config' || word.value === 'set'

/** `--name=value` → ['--name', 'value']; `-k` → ['-k', undefined]. */
function splitOption(word: string): [string, string | undefined] {
  const eq = word.startsWith('--') ? word.indexOf('=') : -1
  return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1)]
}

/** `<tool> … config|set … <key> <value>` or `… <key>=<value>`, given the positionals and the index of `config`/`set` among them. */
function configSet(command: Command, words: readonly Word[], verb: number, row: ConfigMechanism): { word: Word; quote: string } | undefined {
  for (let i = verb + 1; i < words.length; i++) {
    const [key, inline] = words[i].value.includes('=') ? splitAt(words[i].value) : [words[i].value, undefined]
    if (!row.key.test(key)) continue
    const valueWord = inline === undefined ? words[i + 1] : words[i]
    if (!valueWord) return undefined
    const value = inline ?? valueWord.value
    if (!row.value(valueWord.literal ? value : undefined)) return undefined
    const said = words.slice(0, i).map((w) => w.value).join(' ')
    return { word: words[i], quote: `\`${command.program} ${said} ${key} ${value}\`` }
  }
  return undefined
}

function splitAt(word: string): [string, string] {
  const eq = word.indexOf('=')
  return [word.slice(0, eq), word.slice(eq + 1)]
}

const EXPORTERS = new Set(['export', 'declare', 'typeset'])

/** Environment assignments a command makes: `NAME=v cmd`, `export NAME=v`, `go env -w NAME=v`. */
function assignments(command: Command): { word: Word; quote: string }[] {
  const exported = EXPORTERS.has(command.program)
  const goEnv = command.program === 'go' && command.args[0]?.value === 'env' && command.args.some((a) => a.value === '-w')
  if (!exported && !goEnv && !command.assignments.length) return NO_ROWS // most commands set nothing
  const found = command.assignments.map((word) => ({ word, quote: word.value }))
  if (exported || goEnv) {
    for (const word of command.args) {
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value)) found.push({ word, quote: `${goEnv ? 'go env -w' : command.program} ${word.value}` })
    }
  }
  return found
}

/**
 * The fix that replaces a flag, or drops it: one letter of a cluster, or the word and the blanks after
 * it (before it, at the end of a line).
 */
function replacement(text: string, { word, letter }: FlagHit, by: string): { at: Span; text: string } {
  if (by) return { at: { start: word.start, end: word.end }, text: by }
  if (letter !== undefined && word.value.length > 2) {
    return { at: { start: word.start, end: word.end }, text: word.value.slice(0, letter) + word.value.slice(letter + 1) }
  }
  let start = word.start
  let end = word.end
  while (text[end] === ' ' || text[end] === '\t') end++
  if (end === word.end || text[end] === '\n' || text[end] === '\r') {
    end = word.end
    while (text[start - 1] === ' ' || text[start - 1] === '\t') start--
  }
  return { at: { start, end }, text: '' }
}
