import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { XMLValidator } from 'fast-xml-parser'
import type { Finding } from '../../src/lint.js'
import { rules as registry } from '../../src/rules/index.js'
import { toSonarQube, type SonarReport } from '../../src/report/sonarqube.js'
import { ruleDocUrl } from '../../src/version.js'
import { sampleRules } from './sample-rules.js'
import { DOCKERFILE, at, findings, hostile, unknown, unparsable, windows, windowsAbsolute } from './interchange-fixtures.js'

// SonarQube's "Generic formatted issue reports" since 10.3 (docs.sonarsource.com, analyzing source
// code › importing external issues › generic issue import format), with the checks the scanner's
// ExternalIssueReportValidator makes: a `rules` array (id, name, engineId mandatory; impacts a
// non-empty array of {softwareQuality, severity}; cleanCodeAttribute one of Sonar's fourteen) and
// an `issues` array (ruleId, primaryLocation {message, filePath, textRange {startLine, …}}; no
// `severity` or `type`, which belong to the deprecated format). Columns are 0-based.
const schema = {
  type: 'object',
  required: ['rules', 'issues'],
  properties: {
    rules: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'engineId', 'impacts'],
        properties: {
          id: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          engineId: { type: 'string', minLength: 1 },
          cleanCodeAttribute: {
            enum: ['CONVENTIONAL', 'FORMATTED', 'IDENTIFIABLE', 'CLEAR', 'COMPLETE', 'EFFICIENT', 'LOGICAL', 'DISTINCT', 'FOCUSED', 'MODULAR', 'TESTED', 'LAWFUL', 'RESPECTFUL', 'TRUSTWORTHY']
          },
          impacts: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['softwareQuality', 'severity'],
              properties: { softwareQuality: { enum: ['SECURITY', 'RELIABILITY', 'MAINTAINABILITY'] }, severity: { enum: ['HIGH', 'MEDIUM', 'LOW'] } }
            }
          }
        }
      }
    },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'primaryLocation'],
        not: { anyOf: [{ required: ['severity'] }, { required: ['type'] }] },
        properties: {
          ruleId: { type: 'string', minLength: 1 },
          effortMinutes: { type: 'integer' },
          primaryLocation: {
            type: 'object',
            required: ['message', 'filePath'],
            properties: {
              message: { type: 'string', minLength: 1 },
              filePath: { type: 'string', minLength: 1 },
              textRange: {
                type: 'object',
                required: ['startLine'],
                properties: {
                  startLine: { type: 'integer', minimum: 1 },
                  endLine: { type: 'integer', minimum: 1 },
                  startColumn: { type: 'integer', minimum: 0 },
                  endColumn: { type: 'integer', minimum: 0 }
                }
              }
            }
          }
        }
      }
    }
  }
}
const validate = new Ajv({ allErrors: true }).compile(schema)

const render = (list: readonly Finding[], rules = sampleRules): SonarReport => {
  const report = JSON.parse(toSonarQube(list, { rules })) as SonarReport
  validate(report)
  expect(validate.errors ?? []).toEqual([])
  // What the scanner checks beyond the shape: rule ids unique, every issue's rule listed.
  const ids = report.rules.map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const issue of report.issues) expect(ids).toContain(issue.ruleId)
  return report
}

/** The text a Sonar range covers, with 0-based columns and an exclusive end. */
const covered = (text: string, range: { startLine: number; startColumn?: number; endColumn?: number }): string =>
  text.split('\n')[range.startLine - 1].slice(range.startColumn, range.endColumn)

describe('toSonarQube', () => {
  const report = render(findings)

  it('lists each rule with findings once, with its name, engine, clean-code attribute and impacts', () => {
    expect(report.rules.map((r) => r.id)).toEqual(['upper-case-keyword', 'no-root-user'])
    expect(report.rules[1]).toMatchObject({
      id: 'no-root-user',
      name: 'The image should not run as root',
      engineId: 'dockerfile-guard',
      cleanCodeAttribute: 'TRUSTWORTHY',
      impacts: [{ softwareQuality: 'SECURITY', severity: 'HIGH' }]
    })
    expect(report.rules[0]).toMatchObject({ cleanCodeAttribute: 'CONVENTIONAL', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }] })
  })

  it('converts columns to Sonar’s: 0-based, end exclusive', () => {
    const [casing, rootUser] = report.issues
    expect(rootUser).toEqual({
      ruleId: 'no-root-user',
      primaryLocation: {
        message: 'The final stage runs as `root`: switch to an unprivileged user as the last `USER`.',
        filePath: 'services/api/Dockerfile',
        textRange: { startLine: 3, endLine: 3, startColumn: 0, endColumn: 9 }
      }
    })
    expect(covered(DOCKERFILE, rootUser.primaryLocation.textRange)).toBe('USER root')
    expect(covered(DOCKERFILE, casing.primaryLocation.textRange)).toBe('from')
  })

  it('reports a finding without width on its whole line, since Sonar rejects empty ranges', () => {
    const [parseError] = render(unparsable).issues
    expect(parseError.primaryLocation.textRange).toEqual({ startLine: 1, endLine: 1 })
  })

  it('is a valid report with no rules and no issues when nothing was found', () => {
    expect(render([])).toEqual({ rules: [], issues: [] })
  })

  it('describes each rule in HTML, escaped, with code, examples and a link to its page', () => {
    const description = report.rules[1].description!
    expect(XMLValidator.validate(`<div>${description}</div>`)).toBe(true)
    expect(description).toMatch(/^<p>The last <code>USER<\/code>/)
    expect(description).toContain('<h3>How to fix</h3>')
    expect(description).toContain(`<a href="${ruleDocUrl('no-root-user')}">`)
    // Every rule's Markdown becomes well-formed HTML: `<url>` placeholders escaped, fences as <pre>.
    const all = render(
      registry.map((rule) => at('Dockerfile', 1, rule.id, 'x')),
      registry
    )
    for (const rule of all.rules) expect(XMLValidator.validate(`<div>${rule.description}</div>`)).toBe(true)
    const remoteAdd = all.rules.find((r) => r.id === 'verify-remote-add')!.description!
    expect(remoteAdd).toContain('<code>ADD &lt;url&gt;</code>')
    const chown = all.rules.find((r) => r.id === 'no-copy-chown')!.description!
    expect(chown).toMatch(/<pre><code>[^<]*COPY/)
  })

  it('gives a rule the impact severity of its most severe finding, so configured levels show', () => {
    const raised = render([at('Dockerfile', 1, 'upper-case-keyword', 'a', { severity: 'note' }), at('Dockerfile', 2, 'upper-case-keyword', 'b', { severity: 'error' })])
    expect(raised.rules[0].impacts).toEqual([{ softwareQuality: 'MAINTAINABILITY', severity: 'HIGH' }])
  })

  it('names unknown rules by their id, and writes /-separated paths and one-line messages', () => {
    const other = render([unknown, windows, windowsAbsolute, hostile])
    expect(other.rules[0]).toEqual({
      id: 'not-a-known-rule',
      name: 'not-a-known-rule',
      engineId: 'dockerfile-guard',
      cleanCodeAttribute: 'LOGICAL',
      impacts: [{ softwareQuality: 'RELIABILITY', severity: 'MEDIUM' }]
    })
    expect(other.issues.map((i) => i.primaryLocation.filePath)).toEqual(['legacy/Dockerfile', 'docker/web/Dockerfile', 'C:/repo/app/Dockerfile', hostile.path])
    expect(other.issues[3].primaryLocation.message).not.toMatch(/[\u0000-\u001f]/)
    expect(other.issues[3].primaryLocation.message).toContain('🐳 Ünïcödé')
  })
})
