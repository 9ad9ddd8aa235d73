import { describe, expect, it } from '@jest/globals'
import { SUMMARY_MARKER } from '../../src/github/markers.js'
import { findSummaryComment, summaryBody } from '../../src/github/summary.js'
import type { Finding } from '../../src/lint.js'
import { lint } from '../../src/lint.js'
import { ruleDocUrl } from '../../src/version.js'
import { prose } from './review-fixtures.js'
import { sampleRules } from '../report/sample-rules.js'

const lintAll = (path: string, text: string): Finding[] => lint({ path, text }, { rules: sampleRules, allRules: true })
const [keyword, root] = lintAll('api/Dockerfile', 'from alpine:3.20\nUSER root\n')
const old = lintAll('web/Dockerfile', 'FROM alpine:3.20\nUSER 0\n')[0]

describe('summaryBody', () => {
  const body = summaryBody({ counted: [keyword, root], outside: [old], overflow: [keyword], cap: 50, rules: sampleRules, files: 2, version: '1.2.3' })

  it('starts with the hidden marker, then the verdict and the counts', () => {
    expect(body.split('\n').slice(0, 4)).toEqual([SUMMARY_MARKER, '### ❌ dockerfile-guard found 1 error', '', '🔴 **1** error · 🟡 **0** warnings · 🔵 **1** note in 1 of 2 Dockerfiles'])
  })

  it('has the tables, the advice, the collapsed lists and the footer, in that order', () => {
    const order = ['#### api/Dockerfile', '### How to harden this image', '1 finding without an inline comment', '1 finding outside this pull request', '<sub>dockerfile-guard 1.2.3'].map((text) =>
      body.indexOf(text)
    )
    expect(order.every((index) => index >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('lists the findings the review had no room for, and why', () => {
    expect(body).toContain(
      [
        '<details><summary>1 finding without an inline comment</summary>',
        '',
        'The review comments on at most 50 lines, the most severe first; these findings did not fit:',
        '',
        `- api/Dockerfile line 1: 🔵 [upper-case-keyword](${ruleDocUrl('upper-case-keyword')}): Write \`from\` as \`FROM\`\\.`,
        '',
        '</details>'
      ].join('\n')
    )
  })

  it('collapses the findings outside the change and does not count them', () => {
    expect(body).toMatch(/<details><summary>1 finding outside this pull request's changes \(not counted\)<\/summary>\n\n.*\n\n- web\/Dockerfile line 2: 🔴 /)
    expect(body).not.toContain('#### web/Dockerfile')
  })

  it('gives a clean verdict when nothing counts, still showing what was there before', () => {
    const clean = summaryBody({ counted: [], outside: [old], rules: sampleRules, files: 2 })
    expect(clean.split('\n')[1]).toBe('### ✅ dockerfile-guard found no problems')
    expect(clean).toContain('1 finding outside this pull request')
    expect(summaryBody({ counted: [], rules: sampleRules, files: 1 })).not.toContain('<details>')
  })

  it('links lines only to safe addresses', () => {
    const linked = summaryBody({ counted: [], outside: [old], rules: sampleRules, files: 1, lineUrl: (path, line) => `https://github.com/o/r/blob/abc/${path}#L${line}` })
    expect(linked).toContain('- [web/Dockerfile line 2](https://github.com/o/r/blob/abc/web/Dockerfile#L2): ')
    const refused = summaryBody({ counted: [], outside: [old], rules: sampleRules, files: 1, lineUrl: () => 'javascript:alert(1)' })
    expect(refused).toContain('- web/Dockerfile line 2: ')
  })

  it('keeps Markdown in file names and messages inert', () => {
    const hostile: Finding = {
      ...root,
      path: 'evil/<img src=x>@octocat|[x](javascript:y)<!--.Dockerfile',
      message: 'Quoted `a|b` then <!-- @octocat --> | [x](https://evil.example) ```\n| --- |'
    }
    const markdown = summaryBody({ counted: [hostile], outside: [hostile], overflow: [hostile], rules: sampleRules, files: 1 })
    const text = prose(markdown.slice(SUMMARY_MARKER.length))
    expect(text).not.toMatch(/<img|<!--|@octocat|\]\(javascript|\]\(https:\/\/evil|https:\/\/evil/)
    // The only lines that start HTML are ours.
    expect(markdown.split('\n').filter((line) => line.startsWith('<') && !/^<(\/?details|sub|!-- dockerfile-guard:summary)/.test(line))).toEqual([])
    const row = markdown.split('\n').find((line) => line.startsWith('| 2 |'))
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  it('stays under GitHub’s comment limit however many findings there are, saying what it left out', () => {
    const many = (n: number, from: Finding) => Array.from({ length: n }, (_, i): Finding => ({ ...from, line: i + 1, path: `app${i % 9}/Dockerfile` }))
    const huge = summaryBody({ counted: many(5000, root), outside: many(5000, old), overflow: many(4950, root), rules: sampleRules, files: 9 })
    expect(huge.length).toBeLessThanOrEqual(65_536)
    expect(huge.startsWith(SUMMARY_MARKER)).toBe(true)
    expect(huge).toMatch(/more findings? not shown here/)
    expect(huge.match(/- _and \d+ more: the SARIF file and the job log list every finding\._/g)).toHaveLength(2)
    expect(huge.trimEnd().split('\n').at(-1)).toMatch(/^<sub>dockerfile-guard /)
  })
})

describe('findSummaryComment', () => {
  const ours = { id: 30, body: `${SUMMARY_MARKER}\n### ✅ dockerfile-guard found no problems`, user: { login: 'github-actions[bot]' } }
  const quoting = { id: 10, body: `Why does the bot write \`${SUMMARY_MARKER}\`?`, user: { login: 'octocat' } }
  const duplicate = { ...ours, id: 40 }

  it('finds the oldest comment that starts with the marker', () => {
    expect(findSummaryComment([duplicate, quoting, ours])).toBe(ours)
  })

  it('ignores comments that only quote the marker, and others’ comments when the author is known', () => {
    expect(findSummaryComment([quoting])).toBeUndefined()
    const forged = { ...ours, id: 5, user: { login: 'octocat' } }
    expect(findSummaryComment([forged, ours], 'github-actions[bot]')).toBe(ours)
    expect(findSummaryComment([{ id: 1 }, { id: 2, body: 'hi', user: null }])).toBeUndefined()
  })
})
