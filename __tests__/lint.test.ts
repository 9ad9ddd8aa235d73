import { describe, expect, it } from '@jest/globals'
import { lint } from '../src/lint.js'
import noRootUser from '../src/rules/no-root-user.js'
import type { Rule } from '../src/rules/types.js'

const everyRun: Rule = {
  ...noRootUser,
  id: 'test-every-run',
  related: { hadolint: ['DL3008'] },
  enabledByDefault: false,
  check: function* (df) {
    for (const i of df.instructions) if (i.keyword === 'RUN') yield { at: i.keywordSpan, message: 'a RUN' }
  }
}
const rules = [noRootUser, everyRun]
const run = (text: string, options = {}) => lint({ path: 'Dockerfile', text }, { rules, allRules: true, ...options })

describe('lint()', () => {
  it('returns findings sorted by position with 1-based lines and columns', () => {
    const findings = run('FROM alpine:3.20\nRUN a\nUSER root\n  RUN b\n')
    expect(findings.map((f) => [f.ruleId, f.line, f.column, f.endColumn])).toEqual([
      ['test-every-run', 2, 1, 4],
      ['no-root-user', 3, 1, 10],
      ['test-every-run', 4, 3, 6]
    ])
  })

  it('skips rules that are off by default unless asked, and applies configured levels', () => {
    const text = 'FROM alpine:3.20\nRUN a\nUSER root\n'
    expect(lint({ path: 'D', text }, { rules }).map((f) => f.ruleId)).toEqual(['no-root-user'])
    const levels = { 'no-root-user': 'off', 'test-every-run': 'warning' } as const
    expect(lint({ path: 'D', text }, { rules, levels }).map((f) => [f.ruleId, f.severity])).toEqual([['test-every-run', 'warning']])
  })

  it('honours `# dockerfile-guard ignore=` on the lines before an instruction, for the whole instruction', () => {
    const text = 'FROM alpine:3.20\n# dockerfile-guard ignore=test-every-run\n# a second comment\nRUN a \\\n  b\nRUN c\n'
    expect(run(text).map((f) => f.line)).toEqual([6])
  })

  it('honours global ignores and hadolint pragmas mapped through related rules', () => {
    expect(run('# dockerfile-guard global ignore=no-root-user,test-every-run\nFROM alpine:3.20\nRUN a\nUSER root\n')).toEqual([])
    expect(run('FROM alpine:3.20\n# hadolint ignore=DL3008\nRUN a\nRUN b\n').map((f) => f.line)).toEqual([4])
    expect(run('# hadolint global ignore=DL3008\nFROM alpine:3.20\nRUN a\n')).toEqual([])
    // dockerfile-ast ends a line at a lone `\r` too; the ignore comment is placed by the lines findings count.
    expect(run('FROM alpine:3.20\r# hadolint ignore=DL3008\nRUN a\nRUN b\n').map((f) => f.line)).toEqual([3])
  })

  it("maps hadolint pragmas through the registry's equivalents: each code silences its rule and no other", () => {
    const text = 'FROM debian:bookworm-slim\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\nRUN apt-get install -y git\n'
    const ids = (source: string) => lint({ path: 'Dockerfile', text: source }, { allRules: true }).map((f) => `${f.ruleId}:${f.line}`)
    const all = ids(text.replace('# hadolint ignore=DL3008\n', '#\n'))
    expect(all).toEqual(expect.arrayContaining(['pin-apt-versions:3', 'pin-apt-versions:4', 'apt-no-install-recommends:3', 'combine-consecutive-runs:4']))
    const pragma = ids(text)
    expect(pragma).not.toContain('pin-apt-versions:3')
    expect(pragma).toEqual(expect.arrayContaining(['pin-apt-versions:4', 'apt-no-install-recommends:3']))
    const global = ids(`# hadolint global ignore=DL3059, DL3015\n${text}`)
    expect(global.filter((f) => f.startsWith('combine-consecutive-runs') || f.startsWith('apt-no-install-recommends'))).toEqual([])
    expect(global).toContain('pin-apt-versions:5')
  })

  it('turns a rule that throws into one warning for that rule and file; the other rules still run', () => {
    const broken: Rule = { ...everyRun, id: 'test-broken', enabledByDefault: true, check: () => { throw new TypeError('boom') } }
    const findings = lint({ path: 'D', text: 'FROM alpine:3.20\nUSER root\n' }, { rules: [broken, noRootUser] })
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ['test-broken', 'warning', 1],
      ['no-root-user', 'error', 2]
    ])
    expect(findings[0].message).toBe('dockerfile-guard could not check test-broken on this file (an internal error: boom). The other rules ran; please report it with the file.')
  })

  it('turns a binary file into one parse-error finding', () => {
    expect(run('\u0000\u0001ELF')).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', severity: 'error', line: 1, message: expect.stringContaining('binary') })
    ])
  })
})
