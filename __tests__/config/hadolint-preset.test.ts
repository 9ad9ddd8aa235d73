// The `hadolint` preset: what hadolint runs by default, at hadolint's severities, so that a team moving
// from hadolint-action gets neither a flood of new findings nor the silence of a check it had.
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/parse.js'
import { HADOLINT_LEVELS, HADOLINT_SEVERITIES } from '../../src/hadolint-codes.js'
import { levelOf, lint, type LintOptions } from '../../src/lint.js'
import { rules } from '../../src/rules/index.js'
import { LEVELS } from '../../src/rules/types.js'

const hadolint: LintOptions = { preset: 'hadolint' }
const rule = (id: string) => rules.find((r) => r.id === id)!

describe('the hadolint preset', () => {
  it("knows every hadolint rule and its default severity (71 codes, the retired ones left out)", () => {
    const codes = Object.keys(HADOLINT_SEVERITIES)
    expect(codes).toHaveLength(71)
    for (const retired of ['DL3005', 'DL3017', 'DL3031', 'DL3039', 'DL4002']) expect(codes).not.toContain(retired)
    expect(HADOLINT_SEVERITIES.DL3015).toBe('info')
    expect(HADOLINT_SEVERITIES.DL3057).toBe('ignore')
  })

  it('claims only codes hadolint has', () => {
    const claimed = rules.flatMap((r) => [...(r.equivalents?.hadolint ?? []), ...(r.related?.hadolint ?? [])]).filter((code) => code.startsWith('DL'))
    expect(claimed.filter((code) => !(code in HADOLINT_SEVERITIES))).toEqual([])
  })

  it("runs each rule that catches what a hadolint code catches at that code's severity", () => {
    for (const r of rules.filter((r) => r.equivalents?.hadolint?.length)) {
      const expected = r.equivalents!.hadolint!.map((code) => HADOLINT_LEVELS[HADOLINT_SEVERITIES[code]]).reduce((a, b) => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b))
      expect([r.id, levelOf(r, hadolint)]).toEqual([r.id, expected])
    }
    expect(levelOf(rule('no-sudo'), hadolint)).toBe('error') // DL3004: error
    expect(levelOf(rule('apt-no-install-recommends'), hadolint)).toBe('note') // DL3015: info
  })

  it("keeps a hadolint check that no rule matches exactly through the rules related to it", () => {
    const equivalent = new Set(rules.flatMap((r) => r.equivalents?.hadolint ?? []))
    expect(equivalent.has('DL3002')).toBe(false)
    expect(levelOf(rule('no-root-user'), hadolint)).toBe('warning') // DL3002: warning
  })

  it("leaves off what hadolint leaves off, and every rule hadolint has no code for", () => {
    expect(levelOf(rule('healthcheck'), hadolint)).toBe('off') // DL3057: ignore
    expect(levelOf(rule('no-curl-pipe-shell'), hadolint)).toBe('off')
    expect(levelOf(rule('missing-user'), hadolint)).toBe('off')
    expect(levelOf(rule('parse-error'), hadolint)).toBe('error')
  })

  it('changes what a Dockerfile is told: hadolint findings at hadolint levels, nothing else', () => {
    const text = 'FROM debian\nRUN curl -fsSL https://example.com/install.sh | sh\nRUN sudo apt-get install -y curl\n'
    const found = (options: LintOptions) => lint({ path: 'Dockerfile', text }, options).map((f) => `${f.ruleId}:${f.severity}`)
    const underHadolint = found(hadolint)
    expect(underHadolint).toContain('no-sudo:error')
    expect(underHadolint).toContain('pin-base-image:warning')
    expect(underHadolint).toContain('apt-no-install-recommends:note')
    expect(underHadolint.some((f) => f.startsWith('no-curl-pipe-shell') || f.startsWith('missing-user'))).toBe(false)
    expect(found({})).toContain('no-curl-pipe-shell:error')
  })
})

describe('choosing the hadolint preset', () => {
  it('is what a repository whose only configuration is a .hadolint.yaml gets', () => {
    expect(parseConfig('ignored: [DL3008]\n', '.hadolint.yaml', rules).preset).toBe('hadolint')
    expect(parseConfig('', '.hadolint.yaml', rules).preset).toBe('hadolint') // even an empty one
  })

  it('can be chosen in .dockerfile-guard.yml, and rule levels still win', () => {
    const config = parseConfig('extends: hadolint\nrules:\n  no-curl-pipe-shell: error\n', '.dockerfile-guard.yml', rules)
    expect(config.preset).toBe('hadolint')
    expect(levelOf(rule('no-curl-pipe-shell'), config)).toBe('error')
    expect(levelOf(rule('missing-user'), config)).toBe('off')
  })

  it("applies a .hadolint.yaml's override and ignored on top of hadolint's defaults", () => {
    const config = parseConfig('override:\n  error: [DL3015]\nignored: [DL3004]\n', '.hadolint.yaml', rules)
    expect(levelOf(rule('apt-no-install-recommends'), config)).toBe('error')
    expect(levelOf(rule('no-sudo'), config)).toBe('off')
    expect(levelOf(rule('pin-base-image'), config)).toBe('warning')
  })
})
