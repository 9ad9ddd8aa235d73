// The configuration file, read into the options the engine takes (design §7). Pure: text in,
// `Config` out. Two formats: our own `.dockerfile-guard.yml`, and hadolint's `.hadolint.yaml`,
// whose DLxxxx codes stand for the rules that match or relate to them, as in hadolint pragmas.
// A mistake in the file is a `ConfigError` that names the file, the line and the key: a policy
// that is silently not applied is worse than a clear stop.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml'
import { HADOLINT_LEVELS, rulesForHadolintCode } from '../hadolint-codes.js'
import type { FailOn } from '../inputs.js'
import type { LintOptions } from '../lint.js'
import { closest } from '../closest.js'
import { table } from '../lookup.js'
import { isShellcheckCode } from '../shellcheck/codes.js'
import { LABEL_TYPES, LEVELS, type LabelType, type Level, type Policy, type Rule, type Settings } from '../rules/types.js'

export const PRESETS = ['recommended', 'security', 'strict', 'hadolint'] as const
/**
 * `recommended`: the rules on by default; `security`: only those tagged security; `strict`: every rule;
 * `hadolint`: the rules hadolint runs by default, at hadolint's default severities (../hadolint-codes.ts).
 */
export type Preset = (typeof PRESETS)[number]

export interface Config {
  /** The file it came from, as given; undefined when no file was found. */
  path?: string
  format?: 'dockerfile-guard' | 'hadolint'
  preset: Preset
  /** Per-rule levels; rules not listed follow the preset. */
  levels: Record<string, Level>
  /** Globs of Dockerfiles not to lint, relative to the repository root. */
  ignorePaths: string[]
  settings: Settings
  /** hadolint's `failure-threshold` / `no-fail`: what the CLI's `--fail-on` defaults to. */
  failOn?: FailOn
  /** `shellcheck: false`: ShellCheck is not run on RUN instructions (src/shellcheck/). */
  shellcheck?: boolean
  /** What was read but cannot be honoured, or maps to nothing: said once, never fatal. */
  notes: string[]
}

export const DEFAULT_CONFIG: Config = { preset: 'recommended', levels: {}, ignorePaths: [], settings: {}, notes: [] }

/** The key in `.dockerfile-guard.yml` of each setting rules read; a new setting fails to compile until it is named here. */
export const SETTING_KEYS: Readonly<Record<keyof Policy, string>> = {
  trustedRegistries: 'trusted-registries',
  labelSchema: 'label-schema',
  strictLabels: 'strict-labels'
}

/** What the engine is told of a configuration (the same for the action and the CLI), with the adapter's date (src/clock.ts). */
export function lintOptions(config: Config, allRules = false, today?: string): LintOptions {
  return { preset: config.preset, levels: config.levels, settings: today ? { ...config.settings, today } : config.settings, allRules }
}

export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    readonly reason: string
  ) {
    super(`${path}${line ? `:${line}:${column ?? 1}` : ''}: ${reason}`)
  }
}

/**
 * Reads a configuration file's text. The format follows the file name (`.hadolint.yaml`) or, for
 * another name, the keys: a file with only hadolint's keys is read as hadolint's.
 */
export function parseConfig(text: string, path: string, rules: readonly Rule[]): Config {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const at = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]) : undefined)
  const fail = (node: Node | null | undefined, reason: string): never => {
    const pos = at(node)
    throw new ConfigError(path, pos?.line, pos?.col, reason)
  }
  const [syntax] = doc.errors
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0])
    throw new ConfigError(path, pos.line, pos.col, `not valid YAML: ${firstLine(syntax.message)}`)
  }
  const hadolintName = /hadolint/i.test(path.split(/[\\/]/).pop() ?? '')
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return hadolintName ? { ...DEFAULT_CONFIG, path, format: 'hadolint', preset: 'hadolint', notes: [] } : { ...DEFAULT_CONFIG, path, notes: [] }
  }
  if (!isMap(doc.contents)) fail(doc.contents, 'expected a mapping of keys (`rules:`, `extends:`, …) at the top level')
  const root = doc.contents as YAMLMap
  const reader: Reader = { path, rules, fail }
  const keys = root.items.map((pair) => keyOf(pair, reader))
  const hadolint = hadolintName || (keys.length > 0 && keys.every((key) => HADOLINT_KEYS.has(key) && !OWN_KEYS.has(key)))
  return hadolint ? readHadolint(root, reader) : readOwn(root, reader)
}

interface Reader {
  path: string
  rules: readonly Rule[]
  fail(node: Node | null | undefined, reason: string): never
}

// ── .dockerfile-guard.yml ──────────────────────────────────────────────────────────────────────

/** The top-level keys of `.dockerfile-guard.yml`, in the order messages list them (described in ./descriptions.ts). */
export const OWN_KEYS = new Set(['extends', 'rules', 'ignore-paths', SETTING_KEYS.trustedRegistries, SETTING_KEYS.labelSchema, SETTING_KEYS.strictLabels, 'shellcheck'])

function readOwn(root: YAMLMap, reader: Reader): Config {
  const config: Config = { ...DEFAULT_CONFIG, path: reader.path, format: 'dockerfile-guard', levels: {}, notes: [] }
  const ids = new Map(reader.rules.map((rule) => [rule.id, rule]))
  for (const pair of root.items) {
    const key = keyOf(pair, reader)
    const value = pair.value as Node | null
    switch (key) {
      case 'extends':
        config.preset = oneOf(value, key, PRESETS, reader)
        break
      case 'rules':
        if (!isMap(value)) reader.fail(value ?? (pair.key as Node), 'rules: expected a mapping of rule ids to off, note, warning or error')
        for (const entry of (value as YAMLMap).items) {
          const id = keyOf(entry, reader)
          const rule = ids.get(id)
          // A ShellCheck code (`SC2086`) is the rule id of ShellCheck's findings.
          if (!rule && isShellcheckCode(id)) {
            config.levels[id.toUpperCase()] = oneOf(entry.value as Node | null, `rules.${id}`, LEVELS, reader)
            continue
          }
          if (!rule) reader.fail(entry.key as Node, `rules.${id}: unknown rule${suggest(id, [...ids.keys()])}`)
          if (rule.id === 'parse-error') reader.fail(entry.key as Node, 'rules.parse-error: cannot be configured: a file that cannot be parsed is not linted at all')
          config.levels[id] = oneOf(entry.value as Node | null, `rules.${id}`, LEVELS, reader)
        }
        break
      case 'ignore-paths':
        config.ignorePaths = strings(value, key, reader)
        break
      case SETTING_KEYS.trustedRegistries:
        config.settings = { ...config.settings, trustedRegistries: strings(value, key, reader) }
        break
      case SETTING_KEYS.labelSchema:
        config.settings = { ...config.settings, labelSchema: labelSchema(value, key, reader) }
        break
      case SETTING_KEYS.strictLabels:
        config.settings = { ...config.settings, strictLabels: bool(value, key, reader) }
        break
      case 'shellcheck':
        config.shellcheck = bool(value, key, reader)
        break
      default: {
        const hint = HADOLINT_KEYS.has(key) ? ` (\`${key}\` is hadolint's: in this file use ${HADOLINT_HINTS[key] ?? 'the keys below'})` : suggest(key, [...OWN_KEYS])
        reader.fail(pair.key as Node, `${key}: unknown key${hint}; the keys are ${[...OWN_KEYS].join(', ')}`)
      }
    }
  }
  return config
}

// ── .hadolint.yaml ─────────────────────────────────────────────────────────────────────────────

/** The keys of `.hadolint.yaml` that are read (described in ./descriptions.ts). */
export const HADOLINT_KEYS = new Set([
  'ignored', 'override', 'trustedRegistries', 'failure-threshold', 'no-fail', 'label-schema', 'strict-labels',
  'disable-ignore-pragma', 'no-color', 'verbose', 'format', 'formats', 'output'
])
const HADOLINT_HINTS = table<string>({
  ignored: '`rules: { rule-id: off }`',
  override: '`rules: { rule-id: error }`',
  trustedRegistries: '`trusted-registries:`'
})
// hadolint fails on findings at or below the threshold in its order error < warning < info < style;
// `ignore` and `none` fail on everything.
export const THRESHOLDS = table<FailOn>({ error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'note', none: 'note' })

function readHadolint(root: YAMLMap, reader: Reader): Config {
  // A team that only wrote a .hadolint.yaml expects hadolint's checks, not a flood of new ones.
  const config: Config = { ...DEFAULT_CONFIG, path: reader.path, format: 'hadolint', preset: 'hadolint', levels: {}, notes: [] }
  const unmapped = new Set<string>()
  const ours = (code: string) => {
    const found = rulesForHadolintCode(code, reader.rules)
    if (found.length === 0 && !isShellcheckCode(code)) unmapped.add(code)
    return found
  }
  const rank = (level: Level | undefined) => (level === undefined ? -1 : LEVELS.indexOf(level))
  // When a code is in several override lists, hadolint lets `error` win.
  // A ShellCheck code also stands for itself, the rule id of ShellCheck's findings.
  const ids = (code: string) => [...(isShellcheckCode(code) ? [code.toUpperCase()] : []), ...ours(code).map((rule) => rule.id)]
  const apply = (codes: string[], level: Level) => {
    for (const id of codes.flatMap(ids)) if (rank(level) > rank(config.levels[id])) config.levels[id] = level
  }
  const ignored: string[] = []
  for (const pair of root.items) {
    const key = keyOf(pair, reader)
    const value = pair.value as Node | null
    switch (key) {
      case 'ignored':
        ignored.push(...strings(value, key, reader))
        break
      case 'override':
        if (!isMap(value)) reader.fail(value ?? (pair.key as Node), 'override: expected a mapping of error, warning, info or style to lists of rule codes')
        for (const entry of (value as YAMLMap).items) {
          const level = keyOf(entry, reader)
          if (!(level in HADOLINT_LEVELS) || level === 'ignore') reader.fail(entry.key as Node, `override.${level}: unknown severity; hadolint's are error, warning, info, style`)
          apply(strings(entry.value as Node | null, `override.${level}`, reader), HADOLINT_LEVELS[level])
        }
        break
      case 'trustedRegistries':
        // hadolint documents a string too; its code reads a list. Both are accepted here.
        config.settings = { ...config.settings, trustedRegistries: isScalar(value) && typeof value.value === 'string' ? [value.value] : strings(value, key, reader) }
        break
      case 'label-schema':
        config.settings = { ...config.settings, labelSchema: labelSchema(value, key, reader) }
        break
      case 'strict-labels':
        config.settings = { ...config.settings, strictLabels: bool(value, key, reader) }
        break
      case 'failure-threshold':
        config.failOn = THRESHOLDS[oneOf(value, key, Object.keys(THRESHOLDS), reader)]
        break
      case 'no-fail':
        if (bool(value, key, reader)) config.failOn = 'never'
        break
      case 'disable-ignore-pragma':
        config.notes.push(`${key} is not supported by dockerfile-guard and has no effect`)
        break
      case 'no-color':
      case 'verbose':
      case 'format':
      case 'formats':
      case 'output':
        break // how hadolint prints, not what it checks
      default:
        config.notes.push(`${key} is not a hadolint setting dockerfile-guard knows; it has no effect`)
    }
  }
  // An ignored rule is not run, whatever an override says of it.
  for (const id of ignored.flatMap(ids)) config.levels[id] = 'off'
  if (unmapped.size > 0) {
    config.notes.push(`${[...unmapped].join(', ')}: no dockerfile-guard rule matches or relates to ${unmapped.size === 1 ? 'this code, so it changes' : 'these codes, so they change'} nothing`)
  }
  if (config.failOn === 'never' && root.items.some((pair) => keyOf(pair, reader) === 'failure-threshold')) {
    config.notes.push('no-fail is set, so failure-threshold has no effect')
  }
  return config
}

// ── YAML helpers ───────────────────────────────────────────────────────────────────────────────

function keyOf(pair: Pair, reader: Reader): string {
  const key = pair.key as Node | null
  if (!isScalar(key) || typeof key.value !== 'string') return reader.fail(key, 'expected a plain key')
  return key.value
}

function oneOf<T extends string>(node: Node | null, key: string, allowed: readonly T[], reader: Reader): T {
  // `off` written as YAML's `false` or `no` is what people mean.
  const value = isScalar(node) ? (node.value === false ? 'off' : node.value) : undefined
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value.toLowerCase())) return value.toLowerCase() as T
  return reader.fail(node, `${key}: expected one of ${allowed.join(', ')}${isScalar(node) ? `, not \`${String(node.value)}\`` : ''}`)
}

function strings(node: Node | null, key: string, reader: Reader): string[] {
  if (node === null || (isScalar(node) && node.value === null)) return []
  if (!isSeq(node)) return reader.fail(node, `${key}: expected a list, e.g. ${key}: ['…']`)
  return node.items.map((item, i) => {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim() !== '') return String(item.value).trim()
    return reader.fail(item as Node, `${key}[${i}]: expected a non-empty string`)
  })
}

/** `label-schema`: label names mapped to a type; hadolint reads an empty type as `text`. */
function labelSchema(node: Node | null, key: string, reader: Reader): Record<string, LabelType> {
  if (node === null || (isScalar(node) && node.value === null)) return {}
  if (!isMap(node)) return reader.fail(node, `${key}: expected a mapping of label names to types, e.g. ${key}: { org.opencontainers.image.source: url }`)
  const schema: Record<string, LabelType> = {}
  for (const entry of (node as YAMLMap).items) {
    const name = keyOf(entry, reader)
    const type = entry.value as Node | null
    if (type === null || (isScalar(type) && type.value === null)) reader.fail(entry.key as Node, `${key}.${name}: needs a type, one of ${LABEL_TYPES.join(', ')}`)
    schema[name] = isScalar(type) && type.value === '' ? 'text' : oneOf(type, `${key}.${name}`, LABEL_TYPES, reader)
  }
  return schema
}

function bool(node: Node | null, key: string, reader: Reader): boolean {
  if (isScalar(node) && typeof node.value === 'boolean') return node.value
  return reader.fail(node, `${key}: expected true or false`)
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}

/** `; did you mean no-root-user?` when one known name is a typo away. */
function suggest(name: string, known: readonly string[]): string {
  const best = closest(name, known, Math.max(2, Math.floor(name.length / 4)))
  return best ? `; did you mean ${best}?` : ''
}
