// Where a Dockerfile writes a credential as a literal: `ENV DB_PASSWORD=…`, `--password=…` or
// `--token …` on a command line, `mysql -p…`, and `password: …` lines of files written by a heredoc.
// Shaped tokens (`ghp_…`, `AKIA…`) are found anywhere by `findSecrets`; these are the ones only their
// name gives away.
import { runCommands } from '../../dockerfile/helpers.js'
import type { Dockerfile, Span } from '../../dockerfile/model.js'
import type { Command } from '../../shell/types.js'
import { writtenTexts } from '../data/written-text.js'
import { ATTACHED_PASSWORD, KEY_VALUE } from './credential-uses.js'
import { isCredentialName, mayHoldSecretName } from './names.js'
import { isLiteralSecret } from './values.js'

export interface NamedSecret extends Span {
  /** The variable, option or key the value is given to. */
  name: string
  value: string
}

/** A line of a config file: `KEY=value`, `export KEY=value`, `key: value`, `"key": "value",`. */
const CONFIG_LINE = /^[ \t]*(?:export[ \t]+)?["']?([A-Za-z_][\w.-]*)["']?[ \t]*[=:][ \t]*(.*?)[ \t]*,?[ \t]*$/gm

/** A `.netrc` line: `machine host login user password secret`. */
const NETRC_LINE = /^[ \t]*machine[ \t].*?[ \t](password)[ \t]+(\S+)/gm

export function* namedSecrets(dockerfile: Dockerfile): Generator<NamedSecret> {
  for (const instruction of dockerfile.instructions) {
    if (!instruction.properties.length) continue // most instructions: no properties to read
    if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG' && instruction.keyword !== 'LABEL') continue
    for (const p of instruction.properties) {
      if (p.value !== undefined && p.valueSpan && isCredentialName(p.name) && isLiteralSecret(p.value, p.name)) {
        yield { name: p.name, value: p.value, ...p.valueSpan }
      }
    }
  }
  for (const { command } of runCommands(dockerfile)) {
    const found = commandSecrets(command)
    if (found.length) yield* found
  }
  for (const written of writtenTexts(dockerfile)) {
    if (!written.exact) continue // echo/printf words are the command's own, looked at above
    for (const m of [...written.text.matchAll(CONFIG_LINE), ...written.text.matchAll(NETRC_LINE)]) {
      const value = unquote(m[2])
      if (!isCredentialName(m[1]) || !isLiteralSecret(value, m[1])) continue
      const start = written.at.start + m.index + m[0].lastIndexOf(m[2])
      yield { name: m[1], value, start, end: start + m[2].length }
    }
  }
}

/** Account passwords are no-password-in-image's: `useradd --password <hash>`. */
const ACCOUNT_TOOLS = new Set(['useradd', 'usermod', 'chpasswd', 'passwd'])

const NO_SECRETS: readonly NamedSecret[] = []

/** `--` and a letter: a long option (what `/^--[A-Za-z]/` tests, without a regex per word). */
function isLongOption(value: string): boolean {
  if (value.charCodeAt(0) !== 45 || value.charCodeAt(1) !== 45) return false
  const c = value.charCodeAt(2) | 0x20
  return c >= 97 && c <= 122
}

/**
 * A list, not a generator: it is asked of every command, and a generator per command cost more than
 * the search. Most commands give nothing: one shared empty list for them.
 */
function commandSecrets(command: Command): readonly NamedSecret[] {
  if (ACCOUNT_TOOLS.has(command.program)) return NO_SECRETS
  let found: NamedSecret[] | undefined
  const attached = ATTACHED_PASSWORD.has(command.program)
  const words = command.assignments.length ? [...command.assignments, ...command.args] : command.args
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (!word.literal) continue
    const value = word.value
    // The name is part of the word: a word without any secret-name fragment cannot give a credential name.
    const assignment = value.includes('=') && mayHoldSecretName(value) ? KEY_VALUE.exec(value) : null
    if (assignment && isCredentialName(assignment[1]) && isLiteralSecret(assignment[2], assignment[1])) {
      ;(found ??= []).push({ name: assignment[1], value: assignment[2], start: word.start, end: word.end })
    } else if (isLongOption(value) && !value.includes('=') && isCredentialName(value)) {
      const next = words[i + 1]
      if (next?.literal && !next.value.startsWith('-') && isLiteralSecret(next.value, value)) (found ??= []).push({ name: value, value: next.value, start: next.start, end: next.end })
    } else if (attached && /^-p./.test(value) && isLiteralSecret(value.slice(2))) {
      ;(found ??= []).push({ name: '-p', value: value.slice(2), start: word.start, end: word.end })
    }
  }
  return found ?? NO_SECRETS
}

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2')
}
