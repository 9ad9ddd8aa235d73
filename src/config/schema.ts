// The JSON Schema (draft-07) of `.dockerfile-guard.yml`, for editors: yaml-language-server (VS Code's
// YAML extension) and JetBrains IDEs complete the file from it, show what each key, rule and value
// means, and flag what the parser would stop on. It is built from the rule registry and from the
// parser's own vocabulary (./parse.ts), with the words of ./descriptions.ts, so it cannot drift from
// either; `npm run docs` writes it to docs/dockerfile-guard.schema.json. Where the parser reads a
// value but says it has no effect, the schema flags it. One deliberate difference: the parser forgives
// the case of a value (`Error`, `Strict`), the schema asks for the spelling the docs use.
import { HADOLINT_LEVELS, rulesForHadolintCode } from '../hadolint-codes.js'
import { levelOf } from '../lint.js'
import { HADOLINT_RULES } from '../other-tools.js'
import { isShellcheckCode } from '../shellcheck/codes.js'
import { LABEL_TYPES, LEVELS, type Rule } from '../rules/types.js'
import { REPOSITORY_URL, ruleDocUrl } from '../version.js'
import { HADOLINT_KEY_DESCRIPTIONS, LABEL_TYPE_DESCRIPTIONS, LEVEL_DESCRIPTIONS, OWN_KEY_DESCRIPTIONS, PRESET_DESCRIPTIONS } from './descriptions.js'
import { HADOLINT_KEYS, OWN_KEYS, PRESETS, THRESHOLDS } from './parse.js'

/** A JSON Schema, or a part of one. */
export type JsonSchema = Record<string, unknown>

/** Where the schema is published: the generated file on the default branch. */
export const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/docs/dockerfile-guard.schema.json`

/** The keys that make the parser read a file as hadolint's: every key is one of these (parse.ts). */
const HADOLINT_ONLY_KEYS = [...HADOLINT_KEYS].filter((key) => !OWN_KEYS.has(key))

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` })

/** A ShellCheck code as the docs spell it (the parser also reads `sc2086`). */
const SHELLCHECK_CODE = '^SC[0-9]{4}$'

/** `description` for editors that show plain text (JetBrains), `markdownDescription` for those that render it (VS Code). */
function described(markdown: string): JsonSchema {
  return { description: markdown.replace(/`/g, ''), markdownDescription: markdown }
}

/** The description of a key the parser accepts; a key with none fails `npm run docs` and the schema test. */
function describe(key: string, descriptions: Readonly<Record<string, string>>): string {
  const description = Object.hasOwn(descriptions, key) ? descriptions[key] : undefined
  if (!description) throw new Error(`src/config/parse.ts reads the key \`${key}\`, which src/config/descriptions.ts does not describe`)
  return description
}

/** A list of `items`, or nothing (an empty value is an empty list), as parse.ts's `strings` reads it. */
const list = (items: JsonSchema): JsonSchema => ({ anyOf: [{ type: 'array', items }, { type: 'null' }] })

/** The JSON Schema of `.dockerfile-guard.yml` for these rules. */
export function configSchema(rules: readonly Rule[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_URL,
    title: 'dockerfile-guard configuration',
    description: `Configuration of dockerfile-guard, the Dockerfile linter: \`.dockerfile-guard.yml\` (or \`.yaml\`) at the repository root. Not for \`.hadolint.yaml\`, which has its own schema.\n${REPOSITORY_URL}#configuration`,
    type: 'object',
    // The parser reads a file whose keys are all hadolint's as a `.hadolint.yaml`, so the schema does too.
    if: { propertyNames: { enum: HADOLINT_ONLY_KEYS }, minProperties: 1 },
    then: ref('hadolintFormat'),
    else: ref('ownFormat'),
    definitions: {
      ownFormat: ownFormat(rules),
      hadolintFormat: hadolintFormat(),
      level: {
        oneOf: [
          ...LEVELS.map((level) => ({ const: level, ...described(LEVEL_DESCRIPTIONS[level]) })),
          { const: false, ...described('YAML `false`: the same as `off` (YAML 1.1 reads an unquoted `off` as false)') }
        ]
      },
      labelType: {
        oneOf: [
          ...LABEL_TYPES.map((type) => ({ const: type, ...described(LABEL_TYPE_DESCRIPTIONS[type]) })),
          { const: '', ...described("Empty: `text`, as hadolint reads it") }
        ]
      },
      word: { anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'number' }] },
      hadolintCode: hadolintCode(rules)
    }
  }
}

/** The schema as docs/dockerfile-guard.schema.json holds it. */
export function schemaFile(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`
}

function ownFormat(rules: readonly Rule[]): JsonSchema {
  const values: Record<string, JsonSchema> = {
    extends: { type: 'string', default: 'recommended', oneOf: PRESETS.map((preset) => ({ const: preset, ...described(PRESET_DESCRIPTIONS[preset]) })) },
    rules: {
      type: 'object',
      // parse-error cannot be configured: a file that cannot be parsed is not linted at all.
      properties: Object.fromEntries(rules.filter((rule) => rule.id !== 'parse-error').map((rule) => [rule.id, ruleLevel(rule)])),
      // ShellCheck's codes, whose findings are rules of their own (src/shellcheck/codes.ts).
      patternProperties: { [SHELLCHECK_CODE]: { ...ref('level'), description: 'A ShellCheck code: the level of its findings in RUN instructions (https://www.shellcheck.net/wiki/)' } },
      additionalProperties: false
    },
    'ignore-paths': list(ref('word')),
    'trusted-registries': list(ref('word')),
    'label-schema': { anyOf: [{ type: 'object', additionalProperties: ref('labelType') }, { type: 'null' }] },
    'strict-labels': { type: 'boolean', default: false },
    shellcheck: { type: 'boolean', default: true }
  }
  return {
    type: 'object',
    properties: Object.fromEntries([...OWN_KEYS].map((key) => [key, { ...described(describe(key, OWN_KEY_DESCRIPTIONS)), ...valueOf(key, values) }])),
    additionalProperties: false
  }
}

function ruleLevel(rule: Rule): JsonSchema {
  const level = levelOf(rule, {})
  const url = ruleDocUrl(rule.id)
  return {
    ...ref('level'),
    default: level,
    description: `${rule.title.replace(/`/g, '')}. Default: ${level}.\n${url}`,
    markdownDescription: `**${rule.title}** (default: \`${level}\`)\n\n${rule.rationale}\n\n[${rule.id} documentation](${url})`,
    ...(rule.deprecated ? { deprecationMessage: `${rule.id} is retired: it no longer runs.` } : {})
  }
}

function hadolintFormat(): JsonSchema {
  const codes = list(ref('hadolintCode'))
  // `ignore` is a severity of hadolint's rules, not one an override can set.
  const severities = Object.keys(HADOLINT_LEVELS).filter((severity) => severity !== 'ignore')
  const values: Record<string, JsonSchema> = {
    ignored: codes,
    override: {
      type: 'object',
      properties: Object.fromEntries(severities.map((severity) => [severity, { ...codes, description: `Codes whose rules run at ${HADOLINT_LEVELS[severity]}` }])),
      additionalProperties: false
    },
    trustedRegistries: { anyOf: [{ type: 'string' }, { type: 'array', items: ref('word') }, { type: 'null' }] },
    'failure-threshold': { type: 'string', oneOf: Object.entries(THRESHOLDS).map(([threshold, failOn]) => ({ const: threshold, description: `--fail-on ${failOn}` })) },
    'no-fail': { type: 'boolean' },
    // Read, but said to have no effect: flagged.
    'disable-ignore-pragma': { not: {} },
    // How hadolint prints: any value.
    'no-color': {},
    verbose: {},
    format: {},
    formats: {},
    output: {}
  }
  return {
    ...described(
      "A `.dockerfile-guard.yml` with only hadolint's keys is read as a `.hadolint.yaml`: its codes stand for the rules that match or relate to them, under the `hadolint` preset. Adding any key of dockerfile-guard's own (`rules`, `extends`, …) makes it dockerfile-guard's format, where these keys are unknown"
    ),
    type: 'object',
    properties: Object.fromEntries(HADOLINT_ONLY_KEYS.map((key) => [key, { ...described(describe(key, HADOLINT_KEY_DESCRIPTIONS)), ...valueOf(key, values) }])),
    additionalProperties: false
  }
}

function valueOf(key: string, values: Record<string, JsonSchema>): JsonSchema {
  if (!Object.hasOwn(values, key)) throw new Error(`src/config/schema.ts has no schema for the value of \`${key}\`, which src/config/parse.ts reads`)
  return values[key]
}

/** The hadolint codes some rule matches or relates to; any other code changes nothing, and the parser says so. */
function hadolintCode(rules: readonly Rule[]): JsonSchema {
  const mentioned = rules.flatMap((rule) => [...(rule.equivalents?.hadolint ?? []), ...(rule.related?.hadolint ?? [])])
  const codes = [...new Set(mentioned)].sort(new Intl.Collator('en', { numeric: true }).compare)
  const known = codes.filter((code) => !isShellcheckCode(code)).map((code) => {
    const title = HADOLINT_RULES[code]?.title
    const ours = rulesForHadolintCode(code, rules).map((rule) => `\`${rule.id}\``)
    return { const: code, ...described(`${title ? `${title}: ` : ''}${ours.join(', ')}`) }
  })
  // Any ShellCheck code also stands for its own findings (src/shellcheck/codes.ts).
  return { type: 'string', oneOf: [...known, { pattern: SHELLCHECK_CODE, ...described('A ShellCheck code: its findings in `RUN` instructions') }] }
}
