// The contract every registered rule keeps, checked over the whole registry so a new rule cannot
// skip it: a test file, an up-to-date doc, examples that show what the rule does, metadata that
// renders well in SARIF, the docs and review comments, and fixes that fix.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { applyFixes as applyAll } from '../src/fix.js'
import { lint, type Finding } from '../src/lint.js'
import { ruleDoc } from '../src/report/rule-doc.js'
import { rules } from '../src/rules/index.js'
import { TOOLS, type Rule, type Tool } from '../src/rules/types.js'

const root = new URL('..', import.meta.url)
const read = (path: string): string | undefined => (existsSync(new URL(path, root)) ? readFileSync(new URL(path, root), 'utf8') : undefined)

/** Reported by the engine, not by a check: tested below through lint() rather than in a file of its own. */
const ENGINE_RULES = new Set(['parse-error'])

/** How each tool writes its rule ids, so a typo cannot hide an equivalent (hadolint's feed suppressions). */
const TOOL_ID: Record<Tool, RegExp> = {
  hadolint: /^(DL|SC)\d{4}$/,
  trivy: /^DS\d{3}$/,
  checkov: /^CKV2?_DOCKER_\d+$/,
  buildkit: /^[A-Z][A-Za-z]+$/,
  kics: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$|^[0-9a-f]{8}$/
}

/** Lints an example with the configuration (`examples.settings`) and `.dockerignore` it assumes. */
const lintExample = (text: string, { settings, dockerignore }: Rule['examples'], only?: Rule): Finding[] =>
  lint(
    { path: 'Dockerfile', text, ...(dockerignore !== undefined && { dockerignore: { path: '.dockerignore', text: dockerignore } }) },
    only ? { rules: [only], allRules: true, settings } : { rules, settings }
  )
const describeFindings = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId} at ${f.line}:${f.column}: ${f.message}`)

/** The text once the findings' fixes are applied, as `--fix` would write it. */
const applyFixes = (text: string, findings: Finding[]): string => applyAll(text, findings.flatMap((f) => (f.fix ? [f.fix] : [])))

describe('the registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = rules.map((rule) => rule.id)
    expect(ids.filter((id) => !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id))).toEqual([])
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('registers every rule file in src/rules, each named after its rule', async () => {
    const files = readdirSync(new URL('src/rules/', root)).filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts')
    const unregistered: string[] = []
    for (const name of files) {
      const module = (await import(`../src/rules/${name.replace(/\.ts$/, '.js')}`)) as { default?: Rule }
      if (!module.default || !rules.includes(module.default) || `${module.default.id}.ts` !== name) unregistered.push(name)
    }
    expect(unregistered).toEqual([])
  })
})

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('has a test file', () => {
    expect(ENGINE_RULES.has(id) || existsSync(new URL(`__tests__/rules/${id}.test.ts`, root))).toBe(true)
  })

  it('has an up-to-date doc (run `npm run docs`)', () => {
    expect(read(`docs/rules/${id}.md`)).toBe(ruleDoc(rule))
  })

  it('explains itself in sentences', () => {
    expect(rule.title).toMatch(/^[A-Z`].*[^.\s]$/)
    expect(rule.rationale.trim()).toMatch(/^[A-Z`][^]*([.!?]|```)$/)
    expect(rule.fix.trim()).toMatch(/^[A-Z`][^]*([.!?]|```)$/)
  })

  it('has a security severity exactly when it is a security rule', () => {
    if (rule.tags.includes('security')) {
      expect(rule.securitySeverity).toBeGreaterThanOrEqual(0.1)
      expect(rule.securitySeverity).toBeLessThanOrEqual(10)
      expect(Number(rule.securitySeverity!.toFixed(1))).toBe(rule.securitySeverity)
    } else {
      expect(rule.securitySeverity).toBeUndefined()
    }
    expect(rule.tags.filter((tag) => /^cwe/i.test(tag) && !/^CWE-\d+$/.test(tag))).toEqual([])
  })

  it("names other tools' rules as those tools do", () => {
    for (const references of [rule.equivalents, rule.related]) {
      for (const [tool, ids] of Object.entries(references ?? {})) {
        expect(TOOLS).toContain(tool)
        expect(ids?.length).toBeGreaterThan(0)
        expect((ids ?? []).filter((ref) => !TOOL_ID[tool as Tool].test(ref))).toEqual([])
      }
    }
    const same = TOOLS.flatMap((tool) => rule.equivalents?.[tool] ?? [])
    expect(TOOLS.flatMap((tool) => rule.related?.[tool] ?? []).filter((ref) => same.includes(ref))).toEqual([])
  })

  if (rule.deprecated) return

  it('flags its bad example', () => {
    expect(lintExample(rule.examples.bad, rule.examples, rule).filter((f) => f.ruleId === id)).not.toEqual([])
  })

  it('shows a good example that no default rule flags, nor itself', () => {
    expect(describeFindings(lintExample(rule.examples.good, rule.examples))).toEqual([])
    expect(describeFindings(lintExample(rule.examples.good, rule.examples, rule))).toEqual([])
  })

  it(rule.fixable ? 'fixes its bad example' : 'offers no mechanical fix, as its metadata says', () => {
    const findings = lintExample(rule.examples.bad, rule.examples, rule).filter((f) => f.ruleId === id)
    expect(findings.some((f) => f.fix)).toBe(rule.fixable === true)
    if (rule.fixable) expect(describeFindings(lintExample(applyFixes(rule.examples.bad, findings), rule.examples, rule))).toEqual([])
  })
})

describe('parse-error (reported by the engine)', () => {
  it('turns a file that is not a Dockerfile into one finding at its start', () => {
    const findings = lint({ path: 'image.tar', text: 'ustar\0\0\0FROM x\n' })
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'parse-error', severity: 'error', line: 1, column: 1 })])
  })

  it('still lints the other files', () => {
    lint({ path: 'image.tar', text: '\0' })
    expect(lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nUSER root\n' }).map((f) => f.ruleId)).toContain('no-root-user')
  })
})
