// ShellCheck's findings in the pull request's review and in SARIF: shown like any other finding, with
// a short text that points to ShellCheck's wiki, a one-click suggestion when ShellCheck's fix maps
// onto the Dockerfile, and a SARIF rule per code.
import { describe, expect, it } from '@jest/globals'
import { planReview } from '../../src/github/comments.js'
import { diffOf } from '../../src/github/diff.js'
import type { Finding } from '../../src/lint.js'
import { toSarif } from '../../src/report/sarif.js'
import { rules } from '../../src/rules/index.js'
import { addedWhole } from '../github/review-fixtures.js'
import { shellcheck } from './helpers.js'

const TEXT = 'FROM debian:12\nRUN apt-get update \\\n    && echo $name \\\n    && echo ok\nUSER 1000\n'

describe('the review', () => {
  it('comments on the exact line, with ShellCheck’s message, its wiki page and ShellCheck’s fix as a suggestion', async () => {
    const findings = await shellcheck(TEXT)
    expect(findings.map((f) => `${f.ruleId} ${f.line}`)).toEqual(['SC2086 3', 'SC2154 3'])
    const diffs = new Map([['Dockerfile', diffOf({ patch: addedWhole(TEXT), changes: 1 })]])
    const plan = planReview(findings, diffs, new Map([['Dockerfile', TEXT]]), [], { suggestions: true })
    expect(plan.comments.map((c) => c.line)).toEqual([3])
    const body = plan.comments[0].body
    expect(body).toContain('**🔵 Note: ShellCheck SC2086** · [SC2086](https://www.shellcheck.net/wiki/SC2086)')
    expect(body).toContain('**🟡 Warning: ShellCheck SC2154** · [SC2154](https://www.shellcheck.net/wiki/SC2154)')
    expect(body).toContain('Double quote to prevent globbing and word splitting\\.')
    expect(body).toContain('see [the ShellCheck wiki](https://www.shellcheck.net/wiki/SC2086) for why it matters and how to fix it')
    expect(body).toContain('```suggestion\n    && echo "$name" \\\n```')
  })
})

describe('SARIF', () => {
  const finding = (ruleId: string, severity: Finding['severity'], message: string, line: number): Finding => ({ path: 'Dockerfile', ruleId, severity, message, line, column: 1, endLine: line, endColumn: 2 })

  it('describes each code found once, after our rules, at the most severe level it was reported at', () => {
    const findings = [finding('SC2154', 'warning', 'x is referenced but not assigned.', 2), finding('SC2154', 'error', 'y is referenced but not assigned.', 3), finding('SC2086', 'note', 'Double quote to prevent globbing and word splitting.', 2)]
    const run = toSarif(findings, rules, { version: '1' }).runs[0]
    const descriptors = run.tool.driver.rules!
    expect(descriptors.slice(-2)).toEqual([
      {
        id: 'SC2086',
        name: 'SC2086',
        shortDescription: { text: 'Double quote to prevent globbing and word splitting.' },
        fullDescription: { text: 'ShellCheck SC2086: Double quote to prevent globbing and word splitting.' },
        help: {
          text: 'ShellCheck SC2086: Double quote to prevent globbing and word splitting. See https://www.shellcheck.net/wiki/SC2086 for why it matters and how to fix it.',
          markdown: 'ShellCheck SC2086: a problem ShellCheck found in the shell code of this `RUN` — see [the ShellCheck wiki](https://www.shellcheck.net/wiki/SC2086) for why it matters and how to fix it.'
        },
        helpUri: 'https://www.shellcheck.net/wiki/SC2086',
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['shellcheck', 'shell'], precision: 'high', 'problem.severity': 'recommendation' }
      },
      expect.objectContaining({ id: 'SC2154', shortDescription: { text: 'x is referenced but not assigned.' }, defaultConfiguration: { level: 'error' } })
    ])
    expect(run.results!.map((r) => descriptors[r.ruleIndex!].id)).toEqual(['SC2154', 'SC2154', 'SC2086'])
    expect(descriptors.length).toBe(rules.filter((rule) => !rule.deprecated).length + 2)
  })

  it('takes the descriptors of other tools’ checks when given', () => {
    const run = toSarif([finding('X1', 'warning', 'm', 1)], rules, { version: '1', otherRules: [{ id: 'X1', shortDescription: { text: 'other' } }] }).runs[0]
    expect(run.tool.driver.rules![run.results![0].ruleIndex!]).toEqual({ id: 'X1', shortDescription: { text: 'other' } })
  })
})
