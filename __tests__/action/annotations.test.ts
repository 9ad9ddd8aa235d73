import { describe, expect, it } from '@jest/globals'
import { annotations, PER_TYPE } from '../../src/action/annotations.js'
import type { Finding } from '../../src/lint.js'
import type { Rule, Severity } from '../../src/rules/types.js'

const rule = (id: string, securitySeverity?: number): Rule => ({
  id,
  title: `Title of ${id}`,
  severity: 'warning',
  tags: [],
  securitySeverity,
  precision: 'high',
  rationale: '',
  fix: '',
  examples: { bad: '', good: '' },
  check: () => []
})
const rules = [rule('plain'), rule('dangerous', 9.1), rule('risky', 5.0)]

const finding = (severity: Severity, line: number, ruleId = 'plain', endLine = line): Finding => ({
  path: 'app/Dockerfile',
  ruleId,
  severity,
  message: `${severity} on line ${line}`,
  line,
  column: 3,
  endLine,
  endColumn: 9
})
const many = (severity: Severity, count: number): Finding[] => Array.from({ length: count }, (_, i) => finding(severity, i + 1))

describe('annotations', () => {
  it('turns a finding into an annotation with file, lines, column, the rule title and a link to the rule', () => {
    expect(annotations([finding('warning', 4)], rules)).toEqual([
      {
        kind: 'warning',
        message: 'warning on line 4\nRule plain: https://github.com/dockerfile-guard/dockerfile-guard/blob/main/docs/rules/plain.md',
        properties: { title: 'Title of plain', file: 'app/Dockerfile', startLine: 4, endLine: 4, startColumn: 3 }
      }
    ])
  })

  it('maps note to notice and leaves the column out when the finding spans lines', () => {
    const [annotation] = annotations([finding('note', 2, 'plain', 5)], rules)
    expect(annotation?.kind).toBe('notice')
    expect(annotation?.properties).toEqual({ title: 'Title of plain', file: 'app/Dockerfile', startLine: 2, endLine: 5 })
  })

  it('puts errors first, then warnings, then notes, and the more dangerous security findings first within a level', () => {
    const list = annotations([finding('note', 1), finding('warning', 2, 'risky'), finding('error', 3), finding('warning', 4, 'dangerous'), finding('warning', 5)], rules)
    expect(list.map((a) => a.message.split('\n')[0])).toEqual(['error on line 3', 'warning on line 4', 'warning on line 2', 'warning on line 5', 'note on line 1'])
  })

  it('shows everything, with no overflow notice, when each type fits', () => {
    const list = annotations([...many('error', PER_TYPE), ...many('warning', PER_TYPE), ...many('note', PER_TYPE)], rules)
    expect(list).toHaveLength(3 * PER_TYPE)
    expect(list.some((a) => a.properties.title === 'More dockerfile-guard findings')).toBe(false)
  })

  it('keeps ten of each type and ends with one notice counting the rest, which itself takes a notice slot', () => {
    const list = annotations([...many('note', 12), ...many('warning', 11), ...many('error', 10)], rules)
    const kinds = (kind: string) => list.filter((a) => a.kind === kind).length
    expect(kinds('error')).toBe(10)
    expect(kinds('warning')).toBe(10)
    expect(kinds('notice')).toBe(10)
    expect(list.at(-1)?.message).toBe(
      '4 more findings are not shown as annotations (GitHub displays 10 of each type per step): see the job summary, and the log for the full list.'
    )
  })

  it('leaves reserved slots free for the other annotations of the step', () => {
    const list = annotations([...many('error', 10), ...many('warning', 3)], rules, { reserved: { error: 1, warning: 9 } })
    expect(list.filter((a) => a.kind === 'warning')).toHaveLength(1)
    expect(list.filter((a) => a.kind === 'error')).toHaveLength(9)
    expect(list.at(-1)?.message).toMatch(/^3 more findings are not shown/)
  })

  it('falls back to the rule id as the title for an unknown rule', () => {
    expect(annotations([finding('error', 1, 'gone')], rules)[0]?.properties.title).toBe('gone')
  })
})
