import { describe, expect, it } from '@jest/globals'
import noRootUser from '../../src/rules/no-root-user.js'
import parseError from '../../src/rules/parse-error.js'
import { docFiles, ruleDoc, ruleList, ruleListText, rulesIndex } from '../../src/report/rule-doc.js'
import { dockerfileBlock } from '../../src/report/rule-text.js'
import { retired, sampleRules, upperCaseKeyword } from './sample-rules.js'

describe('ruleDoc', () => {
  const page = ruleDoc(noRootUser)

  it('states what the rule is and how it is set up', () => {
    expect(page).toMatch(/^# no-root-user\n\n\*\*The image should not run as root\*\*\n/)
    expect(page).toContain('| Severity | error |')
    expect(page).toContain('| Enabled by default | yes |')
    expect(page).toContain('| Security severity | 8.0 (high) |')
    expect(page).toContain('| CIS Docker Benchmark | 4.1 |')
    expect(page).toContain('`security`, `least-privilege`, `CWE-250`')
  })

  it('explains why, how to fix, with both examples', () => {
    expect(page).toContain(`## Why it matters\n\n${noRootUser.rationale}`)
    expect(page).toContain(`## How to fix\n\n${noRootUser.fix}`)
    expect(page).toContain(`Flagged:\n\n\`\`\`dockerfile\n${noRootUser.examples.bad}\`\`\``)
    expect(page).toContain(`Fixed:\n\n\`\`\`dockerfile\n${noRootUser.examples.good}\`\`\``)
  })

  it('lists the rules of other tools, same and related apart', () => {
    expect(page).toContain('About the same concern, with different semantics:\n\n- hadolint: [DL3002](https://github.com/hadolint/hadolint/wiki/DL3002)\n- Trivy: `DS002`')
    expect(ruleDoc(upperCaseKeyword)).toContain(
      'Catches and passes the same cases as:\n\n- BuildKit (`docker build --check`): [ConsistentInstructionCasing](https://docs.docker.com/reference/build-checks/consistent-instruction-casing/)'
    )
    expect(ruleDoc(parseError)).not.toContain('## In other tools')
  })

  it('shows how to configure and suppress it', () => {
    expect(page).toContain('  no-root-user: off # off | note | warning | error')
    expect(ruleDoc(upperCaseKeyword)).toContain('  upper-case-keyword: note # off | note | warning | error')
    expect(page).toContain('# dockerfile-guard ignore=no-root-user')
    expect(ruleDoc(upperCaseKeyword)).toContain('| Enabled by default | no (turn it on in the configuration) |')
  })

  it('marks deprecated rules', () => {
    expect(ruleDoc(retired)).toContain('This rule is deprecated')
    expect(page).not.toContain('deprecated')
  })
})

describe('dockerfileBlock', () => {
  it('shows control characters instead of writing them into the docs', () => {
    expect(dockerfileBlock('FROM a\u0000\n')).toBe('```dockerfile\nFROM a\u2400\n```')
  })

  it('uses a fence longer than any inside the example', () => {
    expect(dockerfileBlock('RUN echo ```\n')).toBe('````dockerfile\nRUN echo ```\n````')
  })
})

describe('docs index', () => {
  it('lists every rule in registry order with links to its page', () => {
    const index = rulesIndex(sampleRules)
    const rows = index.split('\n').filter((line) => /^\| \[[a-z][a-z0-9-]*\]\(/.test(line))
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(sampleRules.map((rule) => `| [${rule.id}](${rule.id}.md)`))
    expect(index).toContain('| 8.0 high | (DL3002) |')
  })

  it('gives the level of each rule under each preset', () => {
    const index = rulesIndex(sampleRules)
    // recommended, security, strict, hadolint: no-root-user is related to DL3002 (no rule here is its equivalent)
    expect(index).toContain('| [no-root-user](no-root-user.md) | The image should not run as root | error | error | error | warning |')
    // off by default, not a security rule, no hadolint code
    expect(index).toContain('| [upper-case-keyword](upper-case-keyword.md) | Instructions should be written in upper case | – | – | note | – |')
  })

  it("maps every hadolint code to the rules that stand for it, or says it is not covered", () => {
    const index = rulesIndex(sampleRules)
    const codes = index.split('\n').filter((line) => line.startsWith('| [DL'))
    expect(codes).toHaveLength(71)
    expect(index).toContain(
      '| [DL3002](https://github.com/hadolint/hadolint/wiki/DL3002) | Last USER should not be root | warning | [no-root-user](no-root-user.md) (related) |'
    )
    expect(index).toMatch(/\| \[DL3004\]\([^)]+\) \| Do not use sudo \| error \| not covered: not yet \|/)
    expect(index).toContain('Every rule of hadolint: 71 ids, 0 with an equivalent here, 1 with related rules only, 70 not covered.')
  })

  it('has a coverage section for every other tool after the rule table, with counts', () => {
    const index = rulesIndex(sampleRules)
    const headings = index.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual(['## hadolint codes', '## Trivy checks', '## Checkov checks', '## BuildKit checks', '## KICS queries'])
    expect(index.indexOf('## hadolint codes')).toBeGreaterThan(index.indexOf('| [retired-rule](retired-rule.md)'))
    expect(index).toContain('Every rule of Trivy: 29 ids, 0 with an equivalent here, 1 with related rules only, 28 not covered.')
    expect(index).toContain('Every rule of BuildKit (`docker build --check`): 22 ids, 1 with an equivalent here, 0 with related rules only, 21 not covered.')
    // related rules are marked, equivalents linked bare, ids linked where the tool has a page per rule
    expect(index).toContain("| `DS002` | Image user should not be 'root' | [no-root-user](no-root-user.md) (related) |")
    expect(index).toContain("| `67fd0c4a` | Last User Is 'root' | [no-root-user](no-root-user.md) |")
    expect(index).toContain(
      '| [ConsistentInstructionCasing](https://docs.docker.com/reference/build-checks/consistent-instruction-casing/) | All commands within the Dockerfile should use the same casing | [upper-case-keyword](upper-case-keyword.md) |'
    )
    // an id no rule claims gives the reason from src/other-tools.ts
    expect(index).toMatch(/\| `InvalidBaseImagePlatform` \| [^|]+ \| not covered: it needs the base image's manifest/)
    expect(index).toContain('| `InvalidBaseImagePlatform` |')
    // Checkov's numbered ids in numeric order
    const checkov = index.split('\n').filter((line) => line.startsWith('| `CKV')).map((line) => line.split('`')[1])
    expect(checkov.slice(0, 3)).toEqual(['CKV_DOCKER_1', 'CKV_DOCKER_2', 'CKV_DOCKER_3'])
    expect(checkov.indexOf('CKV_DOCKER_10')).toBeGreaterThan(checkov.indexOf('CKV_DOCKER_9'))
  })

  it('has one page per rule and the index', () => {
    expect([...docFiles(sampleRules).keys()]).toEqual(['README.md', 'parse-error.md', 'no-root-user.md', 'upper-case-keyword.md', 'retired-rule.md'])
  })
})

describe('ruleList', () => {
  it('gives every rule that runs, with all five tool keys', () => {
    const list = ruleList(sampleRules)
    expect(list.map((rule) => rule.id)).toEqual(['parse-error', 'no-root-user', 'upper-case-keyword'])
    expect(list[1]).toEqual({
      id: 'no-root-user',
      title: 'The image should not run as root',
      severity: 'error',
      enabledByDefault: true,
      tags: ['security', 'least-privilege', 'CWE-250'],
      securitySeverity: 8,
      fixable: false,
      equivalents: { hadolint: [], trivy: [], checkov: [], buildkit: [], kics: ['67fd0c4a'] },
      related: { hadolint: ['DL3002'], trivy: ['DS002'], checkov: ['CKV_DOCKER_8'], buildkit: [], kics: [] }
    })
    expect(list[2]).toMatchObject({ enabledByDefault: false, securitySeverity: null, fixable: true })
  })

  it('prints as an aligned table', () => {
    expect(ruleListText(sampleRules).split('\n')).toEqual([
      'RULE                SEVERITY  DEFAULT  SECURITY  SAME AS                               TITLE',
      'parse-error         error     on       -         -                                     The Dockerfile could not be parsed',
      'no-root-user        error     on       8.0       kics:67fd0c4a                         The image should not run as root',
      'upper-case-keyword  note      off      -         buildkit:ConsistentInstructionCasing  Instructions should be written in upper case',
      ''
    ])
  })
})
