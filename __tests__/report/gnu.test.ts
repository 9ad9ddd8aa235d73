import { describe, expect, it } from '@jest/globals'
import { toGnu } from '../../src/report/gnu.js'
import { findings, hostile, unknown, unparsable, windows, windowsAbsolute } from './interchange-fixtures.js'

// How editors read the lines: GCC's `file:line:column: severity: message` (VS Code's `$gcc`
// problem matcher, Vim's `%f:%l:%c: %t%*[^:]: %m`, Emacs' `gnu` compilation regexp), with the
// file name taken up to the first `:<digits>:<digits>: `.
const LINE = /^(?<file>.+?):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|note): (?<message>.*) \[(?<rule>[^\]]+)\]$/

const parse = (output: string): Record<string, string>[] => {
  expect(output === '' || output.endsWith('\n')).toBe(true)
  return output
    .split('\n')
    .slice(0, -1)
    .map((line) => {
      const match = LINE.exec(line)
      expect(match).not.toBeNull()
      return { ...match!.groups }
    })
}

describe('toGnu', () => {
  it('writes one `file:line:column: severity: message [rule]` line per finding', () => {
    expect(toGnu(findings)).toBe(
      [
        'services/api/Dockerfile:1:1: note: Write `from` as `FROM`. [upper-case-keyword]',
        'services/api/Dockerfile:3:1: error: The final stage runs as `root`: switch to an unprivileged user as the last `USER`. [no-root-user]',
        'services/api/Dockerfile:4:1: note: Write `run` as `RUN`. [upper-case-keyword]',
        ''
      ].join('\n')
    )
    expect(parse(toGnu(findings)).map((f) => [f.file, f.line, f.column, f.severity, f.rule])).toEqual([
      ['services/api/Dockerfile', '1', '1', 'note', 'upper-case-keyword'],
      ['services/api/Dockerfile', '3', '1', 'error', 'no-root-user'],
      ['services/api/Dockerfile', '4', '1', 'note', 'upper-case-keyword']
    ])
  })

  it('writes nothing when nothing was found', () => {
    expect(toGnu([])).toBe('')
  })

  it('reports parse errors and unknown rules, and keeps Windows paths as given', () => {
    expect(parse(toGnu([...unparsable, unknown, windows, windowsAbsolute])).map((f) => [f.file, f.severity, f.rule])).toEqual([
      ['bin/Dockerfile', 'error', 'parse-error'],
      ['legacy/Dockerfile', 'warning', 'not-a-known-rule'],
      ['docker\\web\\Dockerfile', 'error', 'no-root-user'],
      ['C:\\repo\\app\\Dockerfile', 'note', 'upper-case-keyword']
    ])
  })

  it('keeps every finding on one line, whatever its path and message hold', () => {
    const [line] = parse(toGnu([hostile]))
    expect(line.file).toBe('dir "a" <b> & \u2407bell\u240a/Dockerfile.ü🐳')
    expect(line.message).toMatch(/^Quote "q" 'a' <b>&amp; ]]> \u2400\u2401\u2408\u240b\u240c\u241b\[31m\u2409tab\u240d\u240anew\u2421 /)
    expect(line.message).toContain('🐳 Ünïcödé')
    // No escape sequence reaches the terminal the report is printed on.
    expect(toGnu([hostile])).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
  })
})
