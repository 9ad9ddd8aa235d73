import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/lint.js'
import { lint } from '../../src/lint.js'
import { toMarkdown } from '../../src/report/markdown.js'
import { ruleDocUrl } from '../../src/version.js'
import { sampleRules } from './sample-rules.js'

const lintAll = (path: string, text: string): Finding[] => lint({ path, text }, { rules: sampleRules, allRules: true })
const findings = [...lintAll('api/Dockerfile', 'from alpine:3.20\nUSER root\n'), ...lintAll('web/Dockerfile', 'FROM alpine:3.20\nUSER 0\n')]
const report = toMarkdown(findings, sampleRules, { version: '1.2.3', files: 4 })

describe('toMarkdown', () => {
  it('starts with the verdict and the counts', () => {
    const [verdict, , counts] = report.split('\n')
    expect(verdict).toBe('### ❌ dockerfile-guard found 2 errors')
    expect(counts).toBe('🔴 **2** errors · 🟡 **0** warnings · 🔵 **1** note in 2 of 4 Dockerfiles')
  })

  it('gives the most severe finding the verdict', () => {
    const notes = findings.filter((f) => f.severity === 'note')
    expect(toMarkdown(notes, sampleRules, { version: '1', files: 1 })).toMatch(/^### ℹ️ dockerfile-guard found 1 note\n/)
    expect(toMarkdown([], sampleRules, { version: '1', files: 3 })).toMatch(/^### ✅ dockerfile-guard found no problems\n\n.* in 3 Dockerfiles\n/)
  })

  it('lists each file in a table with links to the rule docs', () => {
    expect(report).toContain(
      [
        '#### api/Dockerfile',
        '',
        '| Line | Severity | Rule | Message |',
        '| ---: | --- | --- | --- |',
        `| 1 | 🔵 note | [upper-case-keyword](${ruleDocUrl('upper-case-keyword')}) | Write \`from\` as \`FROM\`\\. |`,
        `| 2 | 🔴 error | [no-root-user](${ruleDocUrl('no-root-user')}) | The final stage runs as \`root\`\\: switch to an unprivileged user as the last \`USER\`\\. |`
      ].join('\n')
    )
    expect(report).toContain('#### web/Dockerfile')
  })

  it('links lines when the caller can', () => {
    const linked = toMarkdown(findings.slice(0, 1), sampleRules, {
      version: '1',
      files: 1,
      lineUrl: (path, line) => `https://github.com/o/r/blob/abc/${path}#L${line}`
    })
    expect(linked).toContain('| [1](https://github.com/o/r/blob/abc/api/Dockerfile#L1) |')
    const refused = toMarkdown(findings.slice(0, 1), sampleRules, { version: '1', files: 1, lineUrl: () => 'javascript:alert(1)' })
    expect(refused).toContain('\n| 1 | ')
  })

  it('explains the rules hit, most severe first, once each', () => {
    const advice = report.slice(report.indexOf('### How to harden this image'))
    const headings = advice.split('\n').filter((line) => line.startsWith('#### '))
    expect(headings).toEqual([
      `#### 🔴 The image should not run as root ([no-root-user](${ruleDocUrl('no-root-user')}), 2 findings)`,
      `#### 🔵 Instructions should be written in upper case ([upper-case-keyword](${ruleDocUrl('upper-case-keyword')}), 1 finding)`
    ])
    expect(advice).toContain('**How to fix:** Create an unprivileged user')
  })

  it('ends with the version and how to suppress', () => {
    expect(report.trimEnd().split('\n').at(-1)).toMatch(/^<sub>dockerfile-guard 1\.2\.3 · .*`# dockerfile-guard ignore=<rule-id>`/)
  })

  it('escapes file names and messages from the repository', () => {
    const hostile: Finding = {
      ...findings[1],
      path: 'evil/<img src=x>@octocat|[x](javascript:y).Dockerfile',
      message: 'Quoted `a|b` then <!-- @octocat --> | [x](https://evil.example)\n| --- |'
    }
    const markdown = toMarkdown([hostile], sampleRules, { version: '1', files: 1 })
    expect(markdown).not.toMatch(/<img|<!--|@octocat|\]\(javascript|\]\(https:\/\/evil|https:\/\/evil/)
    const row = markdown.split('\n').find((line) => line.startsWith('| 2 |'))
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  it('stays under the comment size limit, saying how many findings it left out', () => {
    const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({ ...findings[1], line: i + 1, path: `app${i % 7}/Dockerfile` }))
    const markdown = toMarkdown(many, sampleRules, { version: '1', files: 7 })
    expect(markdown.length).toBeLessThanOrEqual(65_536)
    const shown = markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line)).length
    expect(shown).toBeGreaterThan(100)
    expect(markdown).toContain(`_${5000 - shown} more findings not shown here`)
    expect(markdown).toContain('### How to harden this image')
    expect(toMarkdown(many, sampleRules, { version: '1', files: 7, maxLength: 10_000 }).length).toBeLessThanOrEqual(10_000)
    expect(toMarkdown(many, sampleRules, { version: '1', files: 7, maxLength: 1_200 }).length).toBeLessThanOrEqual(1_200)
  })
})
