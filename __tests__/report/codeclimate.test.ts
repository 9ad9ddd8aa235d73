import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import type { Finding } from '../../src/lint.js'
import { toCodeClimate } from '../../src/report/codeclimate.js'
import { toGitLab } from '../../src/report/gitlab.js'
import { sampleRules } from './sample-rules.js'
import { DOCKERFILE, at, findings, hostile, unknown, unparsable, windows } from './interchange-fixtures.js'

// The Code Climate engine specification (github.com/codeclimate/platform, spec/analyzers/SPEC.md,
// "Issues", "Locations", "Positions", "Contents"): required `type` ("issue"), `check_name`,
// `description` (a single line), `categories` (at least one of eight), `location` (a `path` and
// either `lines` {begin, end} or `positions` {begin, end}, each a 1-based {line, column} or an
// {offset}); optional `content` {body: Markdown}, `severity` (five values) and `fingerprint`.
const position = {
  oneOf: [
    { type: 'object', required: ['line', 'column'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } },
    { type: 'object', required: ['offset'], properties: { offset: { type: 'integer', minimum: 0 } } }
  ]
}
const schema = {
  type: 'object',
  required: ['type', 'check_name', 'description', 'categories', 'location'],
  properties: {
    type: { const: 'issue' },
    check_name: { type: 'string', minLength: 1 },
    description: { type: 'string', minLength: 1, pattern: '^[^\\n\\r]*$' },
    content: { type: 'object', required: ['body'], properties: { body: { type: 'string' } } },
    categories: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['Bug Risk', 'Clarity', 'Compatibility', 'Complexity', 'Duplication', 'Performance', 'Security', 'Style'] }
    },
    location: {
      type: 'object',
      required: ['path'],
      oneOf: [{ required: ['lines'] }, { required: ['positions'] }],
      properties: {
        path: { type: 'string', minLength: 1 },
        lines: {
          type: 'object',
          required: ['begin', 'end'],
          properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } }
        },
        positions: { type: 'object', required: ['begin', 'end'], properties: { begin: position, end: position } }
      }
    },
    remediation_points: { type: 'integer' },
    severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
    fingerprint: { type: 'string', minLength: 1 }
  }
}
const validate = new Ajv({ allErrors: true }).compile(schema)

interface Issue {
  type: string
  check_name: string
  description: string
  content?: { body: string }
  categories: string[]
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } }
  severity: string
  fingerprint: string
}

/** Read the stream as the `codeclimate` CLI reads an engine's output: split at NUL, parse each document. */
const render = (list: readonly Finding[], sources?: ReadonlyMap<string, string>): Issue[] => {
  const output = toCodeClimate(list, { rules: sampleRules, sources })
  expect(output === '' || output.endsWith('\0')).toBe(true)
  const issues = output
    .split('\0')
    .slice(0, -1)
    .map((document) => JSON.parse(document) as Issue)
  for (const issue of issues) {
    validate(issue)
    expect(validate.errors ?? []).toEqual([])
  }
  return issues
}

const sources = new Map([['services/api/Dockerfile', DOCKERFILE]])

describe('toCodeClimate', () => {
  it('streams one NUL-terminated issue per finding, valid under the engine spec', () => {
    const issues = render(findings, sources)
    expect(issues.map((i) => [i.check_name, i.severity, i.location.positions.begin.line])).toEqual([
      ['upper-case-keyword', 'info', 1],
      ['no-root-user', 'critical', 3],
      ['upper-case-keyword', 'info', 4]
    ])
  })

  it('writes nothing at all when nothing was found', () => {
    expect(toCodeClimate([])).toBe('')
  })

  it("puts the rule's help in content.body as Markdown", () => {
    const [, rootUser] = render(findings, sources)
    expect(rootUser.content?.body).toContain('## Why it matters')
    expect(rootUser.content?.body).toContain('## How to fix')
    expect(rootUser.content?.body).toContain('```dockerfile')
  })

  it("derives the categories from the rule's tags", () => {
    const [casing, rootUser] = render(findings, sources)
    expect(rootUser.categories).toEqual(['Security'])
    expect(casing.categories).toEqual(['Style'])
  })

  it('locates issues by 1-based positions, the end being the last character', () => {
    const [, rootUser] = render(findings, sources)
    // `USER root` is line 3, columns 1 to 9.
    expect(rootUser.location).toEqual({ path: 'services/api/Dockerfile', positions: { begin: { line: 3, column: 1 }, end: { line: 3, column: 9 } } })
    const [empty] = render([at('Dockerfile', 2, 'no-root-user', 'x', { column: 4, endColumn: 4 })])
    expect(empty.location.positions).toEqual({ begin: { line: 2, column: 4 }, end: { line: 2, column: 4 } })
    const [lines] = render([at('Dockerfile', 2, 'no-root-user', 'x', { column: 4, endLine: 5, endColumn: 1 })])
    expect(lines.location.positions.end).toEqual({ line: 5, column: 1 })
  })

  it('fingerprints issues exactly as the GitLab report does', () => {
    const gitlab = JSON.parse(toGitLab(findings, { rules: sampleRules, sources })) as { fingerprint: string }[]
    expect(render(findings, sources).map((i) => i.fingerprint)).toEqual(gitlab.map((i) => i.fingerprint))
  })

  it('reports parse errors, unknown rules, Windows paths and hostile text', () => {
    const issues = render([...unparsable, unknown, windows, hostile])
    expect(issues.map((i) => [i.check_name, i.categories, i.location.path])).toEqual([
      ['parse-error', ['Bug Risk'], 'bin/Dockerfile'],
      ['not-a-known-rule', ['Bug Risk'], 'legacy/Dockerfile'],
      ['no-root-user', ['Security'], 'docker/web/Dockerfile'],
      ['no-root-user', ['Security'], hostile.path]
    ])
    expect(issues[1].content).toBeUndefined()
    // The description is one line: control characters are shown as their symbols (NUL as ␀).
    expect(issues[3].description).toContain('\u2400')
    expect(issues[3].description).toContain('🐳 Ünïcödé')
  })
})
