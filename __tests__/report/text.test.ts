import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/lint.js'
import { toText } from '../../src/report/text.js'

const at = (path: string, line: number, severity: Finding['severity'], ruleId: string, message: string): Finding => ({
  path,
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  severity,
  ruleId,
  message
})

const findings = [
  at('api/Dockerfile', 2, 'error', 'no-root-user', 'Runs as root.'),
  at('api/Dockerfile', 12, 'warning', 'pin-base-image', 'Pin the image.'),
  at('web/Dockerfile', 1, 'note', 'upper-case-keyword', 'Write FROM.')
]

describe('toText', () => {
  it('groups findings by file, one aligned line each, and sums them up', () => {
    expect(toText(findings, { color: false, files: 5 })).toBe(
      [
        'api/Dockerfile:2:1   error    Runs as root.  [no-root-user]',
        'api/Dockerfile:12:1  warning  Pin the image.  [pin-base-image]',
        '',
        'web/Dockerfile:1:1  note     Write FROM.  [upper-case-keyword]',
        '',
        '3 problems (1 error, 1 warning, 1 note) in 5 files',
        ''
      ].join('\n')
    )
  })

  it('counts the files with findings when not told how many were linted', () => {
    expect(toText(findings.slice(0, 1), { color: false })).toMatch(/\n1 problem \(1 error, 0 warnings, 0 notes\) in 1 file\n$/)
  })

  it('says so when there is nothing to report', () => {
    expect(toText([], { color: false, files: 2 })).toBe('No problems in 2 files.\n')
  })

  it('colours only when asked', () => {
    expect(toText(findings, { color: false, files: 1 })).not.toContain('\u001b[')
    const colored = toText(findings, { color: true, files: 1 })
    expect(colored).toContain('\u001b[31merror  \u001b[0m')
    expect(colored).toContain('\u001b[33mwarning\u001b[0m')
  })

  it('does not let quoted Dockerfile text drive the terminal', () => {
    const output = toText([at('Dockerfile', 1, 'error', 'x', 'bad \u001b]0;pwned\u0007 and \r overwrite')], { color: false })
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    expect(output).toContain('bad \u241b]0;pwned\u2407 and \u240d overwrite')
  })
})
