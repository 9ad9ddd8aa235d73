import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import type { Finding } from '../../src/lint.js'
import { toGitLab } from '../../src/report/gitlab.js'
import { sampleRules } from './sample-rules.js'
import { DOCKERFILE, at, findings, hostile, lintAll, unknown, unparsable, windows, windowsAbsolute } from './interchange-fixtures.js'

// GitLab's "Code Quality report format" (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format):
// a JSON array of objects with `description`, `check_name`, `fingerprint`, `severity` (info, minor,
// major, critical, blocker), `location.path` (relative to the repository, not prefixed with `./`)
// and `location.lines.begin` or `location.positions.begin.line`.
const schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path'],
        anyOf: [{ required: ['lines'] }, { required: ['positions'] }],
        properties: {
          path: { type: 'string', minLength: 1, pattern: '^(?!\\./)[^\\\\]*$' },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
          positions: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'object', required: ['line'], properties: { line: { type: 'integer', minimum: 1 } } } }
          }
        }
      }
    }
  }
}
const validate = new Ajv({ allErrors: true }).compile(schema)

interface Issue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: { path: string; lines: { begin: number; end: number } }
}

const render = (list: readonly Finding[], sources?: ReadonlyMap<string, string>): Issue[] => {
  const issues: unknown = JSON.parse(toGitLab(list, { rules: sampleRules, sources }))
  validate(issues)
  expect(validate.errors ?? []).toEqual([])
  return issues as Issue[]
}

const PATH = 'services/api/Dockerfile'

describe('toGitLab', () => {
  it('is a valid Code Quality report, one issue per finding', () => {
    const issues = render(findings, new Map([[PATH, DOCKERFILE]]))
    expect(issues.map(({ check_name, severity, location }) => [check_name, severity, location.path, location.lines.begin])).toEqual([
      ['upper-case-keyword', 'info', PATH, 1],
      // An error of a security rule with high security severity (no-root-user: 8.0) is critical.
      ['no-root-user', 'critical', PATH, 3],
      ['upper-case-keyword', 'info', PATH, 4]
    ])
    expect(issues[1].description).toBe('The final stage runs as `root`: switch to an unprivileged user as the last `USER`.')
  })

  it('is an empty array when nothing was found', () => {
    expect(render([])).toEqual([])
  })

  it('gives every issue a fingerprint of its own, also for the same rule on identical lines', () => {
    const text = 'FROM alpine:3.20\nrun id\nrun id\nrun id\n'
    const list = [...lintAll('a/Dockerfile', text), ...lintAll('b/Dockerfile', text)]
    const sources = new Map([['a/Dockerfile', text], ['b/Dockerfile', text]])
    for (const issues of [render(list, sources), render(list)]) {
      expect(issues).toHaveLength(6)
      expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(6)
    }
  })

  it('keeps the fingerprints when lines are inserted above the findings', () => {
    const before = render(lintAll(PATH, DOCKERFILE), new Map([[PATH, DOCKERFILE]]))
    const edited = `# syntax=docker/dockerfile:1\n\n# A comment added on top.\n${DOCKERFILE}`
    const after = render(lintAll(PATH, edited), new Map([[PATH, edited]]))
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 3))
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint))
  })

  it('changes the fingerprint of a finding whose line changed, not those of findings further down', () => {
    // Like GitHub's line hash, a line's hash covers the next 100 non-blank characters.
    const text = `from alpine:3.20\nRUN ${'echo layer && '.repeat(10)}true\nUSER root\nrun id\n`
    const before = render(lintAll(PATH, text), new Map([[PATH, text]]))
    const edited = text.replace('alpine:3.20', 'alpine:3.21')
    const after = render(lintAll(PATH, edited), new Map([[PATH, edited]]))
    expect(after.map((i) => i.check_name)).toEqual(['upper-case-keyword', 'no-root-user', 'upper-case-keyword'])
    expect(after.map((i, n) => i.fingerprint === before[n].fingerprint)).toEqual([false, true, true])
  })

  it('reports parse errors and rules it has no metadata for', () => {
    const issues = render([...unparsable, unknown])
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['parse-error', 'major'],
      ['not-a-known-rule', 'minor']
    ])
  })

  it('writes repository-relative, /-separated paths, and messages on one line', () => {
    const issues = render([windows, windowsAbsolute, { ...windows, path: './docker/Dockerfile' }, hostile])
    expect(issues.map((i) => i.location.path)).toEqual([
      'docker/web/Dockerfile',
      'C:/repo/app/Dockerfile',
      'docker/Dockerfile',
      'dir "a" <b> & \u0007bell\n/Dockerfile.ü🐳'
    ])
    expect(issues[3].description).not.toMatch(/[\u0000-\u001f]/)
    expect(issues[3].description).toContain('🐳 Ünïcödé')
  })

  it('ranks severities on GitLab’s scale', () => {
    const [rootUser] = sampleRules.filter((r) => r.id === 'no-root-user')
    const secret = { ...rootUser, id: 'secret', securitySeverity: 9.5 }
    const severities = [
      at('Dockerfile', 1, 'upper-case-keyword', 'x', { severity: 'note' }),
      at('Dockerfile', 2, 'upper-case-keyword', 'x', { severity: 'warning' }),
      at('Dockerfile', 3, 'upper-case-keyword', 'x', { severity: 'error' }),
      at('Dockerfile', 4, 'no-root-user', 'x', { severity: 'warning' }),
      at('Dockerfile', 5, 'secret', 'x', { severity: 'error' })
    ]
    const issues = JSON.parse(toGitLab(severities, { rules: [...sampleRules, secret] })) as Issue[]
    expect(issues.map((i) => i.severity)).toEqual(['info', 'minor', 'major', 'major', 'blocker'])
  })
})
