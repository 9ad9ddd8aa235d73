import { describe, expect, it } from '@jest/globals'
import { failure } from '../../src/action/verdict.js'
import { countBySeverity } from '../../src/report/counts.js'
import type { Finding } from '../../src/lint.js'
import type { Severity } from '../../src/rules/types.js'

const findings = (...severities: Severity[]): Finding[] =>
  severities.map((severity, i) => ({ path: 'Dockerfile', ruleId: 'r', severity, message: 'm', line: i + 1, column: 1, endLine: i + 1, endColumn: 2 }))

describe('failure', () => {
  const counts = countBySeverity(findings('error', 'warning', 'warning', 'note'))

  it.each([
    ['error', 'Found 1 finding at or above the fail-on level "error" (1 error); see the job summary.'],
    ['warning', 'Found 3 findings at or above the fail-on level "warning" (1 error, 2 warnings); see the job summary.'],
    ['note', 'Found 4 findings at or above the fail-on level "note" (1 error, 2 warnings, 1 note); see the job summary.']
  ] as const)('fails at %s with a sentence that counts what tripped it', (level, message) => {
    expect(failure(counts, level)).toBe(message)
  })

  it('passes when nothing reaches the level', () => {
    expect(failure(countBySeverity(findings('warning', 'note')), 'error')).toBeUndefined()
    expect(failure(countBySeverity([]), 'note')).toBeUndefined()
  })

  it('never fails with fail-on never', () => {
    expect(failure(counts, 'never')).toBeUndefined()
  })
})
