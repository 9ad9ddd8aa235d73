import { describe, expect, it } from '@jest/globals'
import { lint } from '../../src/lint.js'
import { toJson } from '../../src/report/json.js'
import { sampleRules } from './sample-rules.js'

describe('toJson', () => {
  it('prints exactly the documented shape', () => {
    const findings = lint({ path: 'app/Dockerfile', text: 'FROM alpine:3.20\nUSER root\n' }, { rules: sampleRules })
    expect(JSON.parse(toJson(findings, { version: '1.2.3', files: 2 }))).toEqual({
      version: '1.2.3',
      files: 2,
      findings: [
        {
          file: 'app/Dockerfile',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          ruleId: 'no-root-user',
          severity: 'error',
          message: 'The final stage runs as `root`: switch to an unprivileged user as the last `USER`.'
        }
      ]
    })
  })

  it('keeps the key order scripts may rely on, and ends with a newline', () => {
    const output = toJson([], { version: '1', files: 0 })
    expect(Object.keys(JSON.parse(output))).toEqual(['version', 'files', 'findings'])
    expect(output.endsWith('}\n')).toBe(true)
  })
})
