// The JSON Schema editors check `.dockerfile-guard.yml` with: the committed file is the generator's
// output, it is a draft-07 schema Ajv's strict mode accepts (as SchemaStore requires), it says what
// each rule, preset and key means, and it agrees with the parser (src/config/parse.ts) on every
// example configuration in the repository and on a table of cases: what the parser reads, the schema
// accepts; what the parser stops on, or reads but says has no effect, the schema flags.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import ts from 'typescript'
import { parseDocument } from 'yaml'
import { ConfigError, OWN_KEYS, parseConfig, PRESETS } from '../../src/config/parse.js'
import { configSchema, schemaFile, SCHEMA_URL, type JsonSchema } from '../../src/config/schema.js'
import { HADOLINT_RULES } from '../../src/other-tools.js'
import { rules } from '../../src/rules/index.js'
import { LEVELS, type Rule } from '../../src/rules/types.js'
import { ruleDocUrl } from '../../src/version.js'

const ROOT = new URL('../../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8')

/** A validator as strict as SchemaStore's: unknown keywords, bad types or patterns stop the compile. */
function validator(schema: JsonSchema) {
  const ajv = new Ajv({ strict: true, allErrors: true })
  // Annotations VS Code and yaml-language-server read; no meaning for validation.
  ajv.addVocabulary(['markdownDescription', 'deprecationMessage'])
  return ajv.compile(schema)
}

const schema = configSchema(rules)
const validate = validator(schema)

type Verdict = 'valid' | 'warned' | 'rejected'

/** What the parser makes of a file: read, read with a note that part of it has no effect, or stopped on. */
function parser(text: string, path = '.dockerfile-guard.yml', registry: readonly Rule[] = rules): Verdict {
  try {
    return parseConfig(text, path, registry).notes.length ? 'warned' : 'valid'
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    return 'rejected'
  }
}

/** What an editor makes of it: YAML errors are its own; an empty document has nothing to check. */
function editor(text: string, check = validate): Verdict {
  const doc = parseDocument(text, { uniqueKeys: true })
  if (doc.errors.length) return 'rejected'
  const value: unknown = doc.toJS()
  return value === null || check(value) ? 'valid' : 'rejected'
}

/** The schema flags what the parser stops on and what it reads but says has no effect. */
const flagged = (verdict: Verdict): Verdict => (verdict === 'valid' ? 'valid' : 'rejected')

const properties = (part: unknown) => (part as { properties: Record<string, JsonSchema> }).properties
const definitions = schema.definitions as Record<string, JsonSchema>
const ruleProperties = properties(properties(definitions.ownFormat).rules)

describe('docs/dockerfile-guard.schema.json', () => {
  it('is up to date with the rules and the parser (run `npm run docs`)', () => {
    expect(read('docs/dockerfile-guard.schema.json')).toBe(schemaFile(rules))
  })

  it('is draft-07, published where the README points editors to, and compiles in Ajv strict mode', () => {
    expect(schema).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', $id: SCHEMA_URL, type: 'object' })
    expect(SCHEMA_URL).toBe('https://raw.githubusercontent.com/dockerfile-guard/dockerfile-guard/main/docs/dockerfile-guard.schema.json')
    expect(read('README.md')).toContain(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    expect(() => validator(schema)).not.toThrow()
  })
})

describe('what the schema tells an editor', () => {
  const configurable = rules.filter((rule) => rule.id !== 'parse-error')

  it('offers every rule id but parse-error, with its title, default level and a link to its docs page', () => {
    expect(Object.keys(ruleProperties)).toEqual(configurable.map((rule) => rule.id))
    for (const rule of configurable) {
      const property = ruleProperties[rule.id]
      const level = rule.enabledByDefault === false ? 'off' : rule.severity
      expect([rule.id, property.description]).toEqual([rule.id, `${rule.title.replace(/`/g, '')}. Default: ${level}.\n${ruleDocUrl(rule.id)}`])
      expect(property.markdownDescription).toContain(`**${rule.title}** (default: \`${level}\`)`)
      expect(property.markdownDescription).toContain(rule.rationale)
      expect(property.markdownDescription).toContain(`](${ruleDocUrl(rule.id)})`)
    }
    expect(ruleProperties['no-root-user']).toMatchObject({ $ref: '#/definitions/level', default: 'error' })
    expect(ruleProperties.healthcheck).toMatchObject({ default: 'off' })
  })

  it('describes every level, preset and key the parser reads', () => {
    const level = definitions.level.oneOf as JsonSchema[]
    expect(level.map((option) => option.const)).toEqual([...LEVELS, false])
    const own = properties(definitions.ownFormat)
    expect(Object.keys(own)).toEqual([...OWN_KEYS])
    const presets = own.extends.oneOf as JsonSchema[]
    expect(presets.map((option) => option.const)).toEqual([...PRESETS])
    for (const part of [...level, ...presets, ...Object.values(own), ...Object.values(properties(definitions.hadolintFormat))]) {
      expect(part.description).toEqual(expect.stringMatching(/\w/))
    }
    expect(own['trusted-registries'].markdownDescription).toContain('`ghcr.io/acme`')
  })

  it('fails to build when the parser reads a key nobody described', () => {
    OWN_KEYS.add('new-setting')
    try {
      expect(() => configSchema(rules)).toThrow('src/config/parse.ts reads the key `new-setting`, which src/config/descriptions.ts does not describe')
    } finally {
      OWN_KEYS.delete('new-setting')
    }
  })

  it('marks a retired rule, which the parser still reads, as deprecated', () => {
    const retired: Rule = { ...rules.find((rule) => rule.id === 'no-sudo')!, id: 'old-rule', deprecated: true }
    const registry = [...rules, retired]
    const withRetired = configSchema(registry)
    const retiredDefinitions = withRetired.definitions as Record<string, JsonSchema>
    expect(properties(properties(retiredDefinitions.ownFormat).rules)['old-rule']).toMatchObject({
      deprecationMessage: 'old-rule is retired: it no longer runs.',
      default: 'off'
    })
    const text = 'rules:\n  old-rule: error\n'
    expect([parser(text, '.dockerfile-guard.yml', registry), editor(text, validator(withRetired))]).toEqual(['valid', 'valid'])
  })
})

// ── Agreement with the parser ────────────────────────────────────────────────────────────────────

interface Example {
  where: string
  text: string
  path: string
}

/** Every ```yaml block of the Markdown files: the README and everything under docs/. */
function markdownExamples(): Example[] {
  const files = ['README.md', ...readdirSync(new URL('docs/', ROOT), { recursive: true }).map((name) => `docs/${name}`).filter((name) => name.endsWith('.md'))]
  return files.flatMap((file) =>
    [...read(file).matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => ({ where: file, text: match[1], path: '.dockerfile-guard.yml' }))
  )
}

/**
 * The configurations the tests write, found with TypeScript's parser: `own('…')` and
 * `parseConfig('…', 'path')` calls, and `'.dockerfile-guard.yml': '…'` files of temporary repositories.
 */
function testExamples(): Example[] {
  const directory = new URL('__tests__/', ROOT)
  const files = readdirSync(directory, { recursive: true }).map(String).filter((name) => name.endsWith('.ts') && !name.endsWith('schema.test.ts'))
  const found: Example[] = []
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(new URL(file, directory), 'utf8'), ts.ScriptTarget.Latest)
    const add = (node: ts.Node, path: string) => {
      const text = node as ts.StringLiteralLike
      found.push({ where: `__tests__/${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`, text: text.text, path })
    }
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const [text, path] = node.arguments
        if (node.expression.text === 'own' && text && ts.isStringLiteralLike(text)) add(text, '.dockerfile-guard.yml')
        // A file whose name says hadolint is read as hadolint's whatever its keys: not this schema's.
        if (node.expression.text === 'parseConfig' && text && ts.isStringLiteralLike(text) && path && ts.isStringLiteralLike(path) && !/hadolint/i.test(path.text)) add(text, path.text)
      }
      if (ts.isPropertyAssignment(node) && ts.isStringLiteralLike(node.name) && /(^|\/)\.dockerfile-guard\.ya?ml$/.test(node.name.text) && ts.isStringLiteralLike(node.initializer)) {
        add(node.initializer, node.name.text)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

/** The examples where the editor would say something else than the run. */
const disagreements = (examples: Example[]) =>
  examples.map(({ where, text, path }) => ({ where, text, parser: parser(text, path), editor: editor(text) })).filter((e) => flagged(e.parser) !== e.editor)

describe('the schema and the parser agree', () => {
  it('on every YAML example of the README and the docs', () => {
    const examples = markdownExamples()
    expect(disagreements(examples)).toEqual([])
    // The README's configuration example, and the `rules:` block of every rule's page (but
    // parse-error's, which cannot be configured), are read.
    const accepted = examples.filter((example) => parser(example.text) === 'valid')
    expect(accepted.filter((example) => example.where === 'README.md' && example.text.includes('label-schema:'))).toHaveLength(1)
    const pages = readdirSync(new URL('docs/rules/', ROOT)).filter((name) => name !== 'README.md' && name !== 'parse-error.md')
    expect(pages.filter((name) => !accepted.some((example) => example.where === `docs/rules/${name}`))).toEqual([])
  })

  it('on every configuration the tests write', () => {
    const examples = testExamples()
    expect(disagreements(examples)).toEqual([])
    const verdicts = examples.map((example) => parser(example.text, example.path))
    expect(verdicts.filter((verdict) => verdict === 'valid').length).toBeGreaterThanOrEqual(10)
    expect(verdicts.filter((verdict) => verdict === 'rejected').length).toBeGreaterThanOrEqual(10)
  })

  const cases: [string, string, Verdict][] = [
    ['an empty file', '', 'valid'],
    ['only comments', '# nothing yet\n', 'valid'],
    ['a preset and levels', 'extends: security\nrules:\n  no-root-user: warning\n  healthcheck: note\n', 'valid'],
    ['a rule off as YAML false', 'rules:\n  no-root-user: false\n', 'valid'],
    ['no rule levels', 'rules: {}\n', 'valid'],
    ['every setting', "ignore-paths: ['test/fixtures/**']\ntrusted-registries: [docker.io, '*.example.com', ghcr.io/acme]\nlabel-schema:\n  org.opencontainers.image.source: url\n  version: ''\nstrict-labels: true\n", 'valid'],
    ['empty lists and label schema', 'ignore-paths:\ntrusted-registries: []\nlabel-schema:\n', 'valid'],
    ['a path YAML reads as a number', 'ignore-paths: [2024]\n', 'valid'],
    ['an unknown rule id', 'rules:\n  no-rot-user: off\n', 'rejected'],
    ['a hadolint code as a rule id', 'rules:\n  DL3002: off\n', 'rejected'],
    ['parse-error, which cannot be configured', 'rules:\n  parse-error: off\n', 'rejected'],
    ['an unknown level', 'rules:\n  no-root-user: critical\n', 'rejected'],
    ['YAML true as a level', 'rules:\n  no-root-user: true\n', 'rejected'],
    ['a rule with no level', 'rules:\n  no-root-user:\n', 'rejected'],
    ['rules with no mapping', 'rules:\n', 'rejected'],
    ['rules as a list', 'rules: [no-root-user]\n', 'rejected'],
    ['an unknown preset', 'extends: paranoid\n', 'rejected'],
    ['a list of presets', 'extends: [strict]\n', 'rejected'],
    ['an unknown top-level key', 'extend: strict\n', 'rejected'],
    ['a hadolint key next to ours', 'rules: {}\nignored: [DL3002]\n', 'rejected'],
    ['a hadolint key next to a key both formats have', 'ignored: [DL3004]\nstrict-labels: true\n', 'rejected'],
    ['ignore-paths as one string', 'ignore-paths: test/**\n', 'rejected'],
    ['a blank path', "ignore-paths: ['  ']\n", 'rejected'],
    ['a boolean registry', 'trusted-registries: [true]\n', 'rejected'],
    ['a mapping in a list', 'trusted-registries: [docker.io, {a: 1}]\n', 'rejected'],
    ['an unknown label type', 'label-schema:\n  maintainer: mail\n', 'rejected'],
    ['a label with no type', 'label-schema:\n  maintainer:\n', 'rejected'],
    ['label-schema as a list', 'label-schema: [maintainer]\n', 'rejected'],
    ['strict-labels as a number', 'strict-labels: 1\n', 'rejected'],
    ['strict-labels as a string', "strict-labels: 'true'\n", 'rejected'],
    ['a list at the top', '- rules\n', 'rejected'],
    ['a string at the top', 'rules\n', 'rejected'],
    // A file with only hadolint's keys is read as a .hadolint.yaml.
    ['hadolint codes ignored and overridden', 'ignored: [DL3004]\noverride:\n  error: [DL4006]\n  info: [DL3020]\n', 'valid'],
    ["hadolint's other settings", 'trustedRegistries: docker.io\nfailure-threshold: style\nno-fail: false\nformat: json\nno-color: true\n', 'valid'],
    ['hadolint registries as a list', 'trustedRegistries: [docker.io, my-company.com:5000]\n', 'valid'],
    ['an unknown hadolint severity', 'override:\n  fatal: [DL3004]\n', 'rejected'],
    ["hadolint's ignore severity in override", 'override:\n  ignore: [DL3004]\n', 'rejected'],
    ['override as a list', 'override: [DL3004]\n', 'rejected'],
    ['ignored as one string', 'ignored: DL3004\n', 'rejected'],
    ['an unknown failure threshold', 'failure-threshold: high\n', 'rejected'],
    ['no-fail as a string', 'no-fail: yes please\n', 'rejected'],
    ['a retired hadolint code', 'ignored: [DL3031]\n', 'warned'],
    ['an unknown hadolint code', 'override:\n  warning: [DL9999]\n', 'warned'],
    ['a number for a code', 'ignored: [3004]\n', 'warned'],
    ['disable-ignore-pragma, which is not supported', 'disable-ignore-pragma: true\n', 'warned']
  ]

  it.each(cases)('on %s', (_, text, verdict) => {
    expect(parser(text)).toBe(verdict)
    expect(editor(text)).toBe(flagged(verdict))
  })

  it('on every rule id at every level', () => {
    for (const rule of rules.filter((rule) => rule.id !== 'parse-error')) {
      for (const level of LEVELS) {
        const text = `rules:\n  ${rule.id}: ${level}\n`
        expect([text, parser(text), editor(text)]).toEqual([text, 'valid', 'valid'])
      }
    }
  })

  it('on every hadolint code: the schema offers those the parser maps to a rule and flags the rest', () => {
    const offered = (definitions.hadolintCode.oneOf as JsonSchema[]).map((option) => option.const)
    expect(offered).toContain('DL3004')
    for (const code of new Set([...offered, ...Object.keys(HADOLINT_RULES)])) {
      const text = `ignored: [${code}]\n`
      expect([code, editor(text)]).toEqual([code, flagged(parser(text))])
    }
  })

  // The parser forgives the case of a word; the schema asks for the spelling the docs use, so that
  // completion and the docs show one spelling. The one place where they differ, on purpose.
  it.each([
    ['extends: Strict\n'],
    ['rules:\n  no-root-user: ERROR\n'],
    ['label-schema:\n  org.opencontainers.image.source: URL\n'],
    ['ignored: [dl3004]\n'],
    ['failure-threshold: Warning\n']
  ])('except on the case of %j: the parser reads it, the schema flags it', (text) => {
    expect(parser(text)).toBe('valid')
    expect(editor(text)).toBe('rejected')
  })
})
