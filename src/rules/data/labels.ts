// What the label rules share: every LABEL of the file read as Docker reads it, the `label-schema`
// checks, and the validators of hadolint's label types. One rule per hadolint code, one walk for all.
import { instructionsOf, perFile } from '../../dockerfile/helpers.js'
import type { Dockerfile, Instruction, Property } from '../../dockerfile/model.js'
import { joinContinuations } from '../../dockerfile/parse.js'
import type { LabelType, Problem, Settings } from '../types.js'
import { EXCEPTION_IDS, LICENSE_IDS } from './spdx.js'

export interface Label {
  property: Property
  /** The LABEL (or the ONBUILD trigger) it is set by. */
  instruction: Instruction
  /** The key as Docker reads it (quotes removed, variables expanded); undefined when a variable is unknown. */
  name?: string
  /** The key as written, continuations joined. */
  written: string
  /** The value as Docker reads it; undefined when unknown, or when none is written. */
  value?: string
}

/** Every label set in the file, ONBUILD triggers included, in order. */
export function labels(dockerfile: Dockerfile): readonly Label[] {
  return perFile(dockerfile, findLabels)
}

function findLabels(dockerfile: Dockerfile): Label[] {
  const { text, escape } = dockerfile
  const found: Label[] = []
  for (const instruction of instructionsOf(dockerfile, 'LABEL')) {
    for (const property of instruction.properties) {
      const written = joinContinuations(text.slice(property.nameSpan.start, property.nameSpan.end), escape)
      const { valueSpan } = property
      const value = valueSpan && evaluate(joinContinuations(text.slice(valueSpan.start, valueSpan.end), escape), instruction, escape)
      found.push({ property, instruction, written, name: evaluate(written, instruction, escape), value })
    }
  }
  return found
}

/**
 * A word as Docker's shell lexer reads it: quotes and escapes removed, `$VAR` expanded outside single
 * quotes. Undefined when a variable's value is unknown here.
 */
function evaluate(raw: string, instruction: Instruction, escape: string): string | undefined {
  if (!/["'$]/.test(raw) && !raw.includes(escape)) return raw
  let out = ''
  let expandable = '' // text in which `$` expands, resolved when a literal part or the end comes
  const literal = (text: string): boolean => {
    const expanded = instruction.resolve(expandable)
    if (expanded === undefined) return false
    out += expanded + text
    expandable = ''
    return true
  }
  let quote = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (quote === "'") {
      if (c === "'") quote = ''
      else if (!literal(c)) return undefined
    } else if (c === escape && i + 1 < raw.length) {
      const next = raw[++i]
      // In double quotes the escape only escapes `"`, `$` and itself.
      if (!literal(quote === '"' && next !== '"' && next !== '$' && next !== escape ? c + next : next)) return undefined
    } else if (c === '"' || (c === "'" && quote === '')) {
      quote = quote === c ? '' : c
    } else {
      expandable += c
    }
  }
  return literal('') ? out : undefined
}

/** The types of the `label-schema` labels, as a map with no inherited keys (a label may be named `constructor`). */
export function schemaOf(settings: Settings): ReadonlyMap<string, LabelType> | undefined {
  return settings.labelSchema && new Map(Object.entries(settings.labelSchema))
}

/** A value as a message quotes it: long ones shortened. */
export function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}

/**
 * The check of a rule about the values of one type of `label-schema` label: each label of that type
 * whose value is known, not empty (no-empty-label says that) and not `valid` is a finding on its value.
 */
export function checkValues(type: LabelType, valid: (value: string) => boolean, message: (name: string, value: string) => string) {
  return function* (dockerfile: Dockerfile, settings: Settings): Iterable<Problem> {
    const schema = schemaOf(settings)
    if (!schema || ![...schema.values()].includes(type)) return
    for (const { name, value, property } of labels(dockerfile)) {
      if (name === undefined || schema.get(name) !== type || !value || valid(value)) continue
      yield { at: property.valueSpan ?? property, message: message(name, value) }
    }
  }
}

// ── The label types ─────────────────────────────────────────────────────────────────────────────

/** An absolute URI (RFC 3986: a scheme, then only URI characters), as hadolint's `parseURI` wants. */
export function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:(?:[\w\-.~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i.test(value)
}

const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d):(\d\d))$/

/** An RFC 3339 date and time (`2024-05-01T12:00:00Z`, `2024-05-01 14:00:00.5+02:00`). */
export function isRfc3339(value: string): boolean {
  const m = DATE_TIME.exec(value)
  if (!m) return false
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = m.slice(1).map((part = '0') => Number(part))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate() // day 0 of the next month: the last of this one
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second <= 60 && offsetHour < 24 && offsetMinute < 60
}

// semver.org's regular expression.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

/** A semantic version (`1.2.3`, `2.0.1-rc1`, `1.0.0+build.5`). */
export function isSemver(value: string): boolean {
  return SEMVER.test(value)
}

/** A git commit hash: full (40 hex digits, or 64 in a SHA-256 repository) or abbreviated (7 or more), lower case as git prints it. */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/.test(value)
}

const ATOMS = "[\\w!#$%&'*+/=?^`{|}~-]+(?:\\.[\\w!#$%&'*+/=?^`{|}~-]+)*"
const ADDRESS = `(?:${ATOMS}|"(?:[^"\\\\\\r\\n]|\\\\.)*")@(?:${ATOMS}|\\[[^[\\]\\\\\\s]*\\])`
const MAILBOX = new RegExp(`^(?:${ADDRESS}|[^<>@]*<${ADDRESS}>)$`)

/** An RFC 5322 mailbox: an address (`jane@example.com`), or a name and an address (`Jane Doe <jane@example.com>`). */
export function isEmail(value: string): boolean {
  return MAILBOX.test(value)
}

/**
 * An SPDX license expression: license identifiers from the SPDX list (`MIT`, `GPL-2.0-or-later`, `Apache-2.0+`)
 * or `LicenseRef-…`, joined with AND / OR, an exception after WITH, and parentheses.
 */
export function isSpdx(value: string): boolean {
  const tokens = value.match(/[()]|[^\s()]+/g) ?? []
  let i = 0
  // Operators are upper case, or lower case as SPDX 2.3 also allows.
  const operator = (...names: string[]) => names.some((name) => tokens[i] === name || tokens[i] === name.toLowerCase())
  const term = (): boolean => {
    if (tokens[i] === '(') {
      i++
      return expression() && tokens[i++] === ')'
    }
    const id = tokens[i++] ?? ''
    if (!LICENSE_IDS.has(id.replace(/\+$/, '').toLowerCase()) && !/^(?:DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/i.test(id)) return false
    if (!operator('WITH')) return true
    i++
    return EXCEPTION_IDS.has((tokens[i++] ?? '').toLowerCase())
  }
  const expression = (): boolean => {
    if (!term()) return false
    while (operator('AND', 'OR')) {
      i++
      if (!term()) return false
    }
    return true
  }
  return expression() && i === tokens.length
}
