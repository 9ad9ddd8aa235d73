// Table-driven rule tests through the real engine: `valid` Dockerfiles produce no finding of the
// rule; each `invalid` one produces findings on exactly the listed lines (and messages, when given).
import { describe, expect, it } from '@jest/globals'
import { lint, type LintOptions } from '../../src/lint.js'
import type { Rule } from '../../src/rules/types.js'

export interface Invalid {
  code: string
  /** 1-based lines of the findings, in order. */
  lines: number[]
  /** Substrings expected in the messages, in order. */
  messages?: string[]
  /** When given, the fix text of the first finding. */
  fix?: string
  /** A name for the case in the test list. */
  name?: string
}

/** `dockerignore`: the text of the `.dockerignore` next to the Dockerfile, for rules that read it. */
export interface Cases {
  valid: (string | { code: string; name?: string; options?: LintOptions; dockerignore?: string })[]
  invalid: (Invalid & { options?: LintOptions; dockerignore?: string })[]
}

export function testRule(rule: Rule, cases: Cases): void {
  const run = (code: string, options: LintOptions = {}, dockerignore?: string) =>
    lint(
      { path: 'Dockerfile', text: code, ...(dockerignore !== undefined && { dockerignore: { path: '.dockerignore', text: dockerignore } }) },
      { rules: [rule], allRules: true, ...options }
    ).filter((f) => f.ruleId === rule.id)
  describe(rule.id, () => {
    describe('passes', () => {
      const valid = cases.valid.map((c): Exclude<Cases['valid'][number], string> => (typeof c === 'string' ? { code: c } : c))
      it.each(valid.map((c) => [c.name ?? c.code, c] as const))('%s', (_, c) => {
        expect(run(c.code, c.options, c.dockerignore)).toEqual([])
      })
    })
    describe('catches', () => {
      it.each(cases.invalid.map((c) => [c.name ?? c.code, c] as const))('%s', (_, c) => {
        const findings = run(c.code, c.options, c.dockerignore)
        expect(findings.map((f) => f.line)).toEqual(c.lines)
        c.messages?.forEach((m, i) => expect(findings[i]?.message).toContain(m))
        if (c.fix !== undefined) expect(findings[0]?.fix?.text).toBe(c.fix)
      })
    })
  })
}
