import { describe, expect, it } from '@jest/globals'
import { diffOf, parsePatch } from '../../src/github/diff.js'
import { anchorOf, counts, selectFindings, type Filter } from '../../src/github/filter.js'
import type { Finding } from '../../src/lint.js'

// Lines 3–8 in the first hunk (5 and 6 added), 20–22 in the second (21 added).
const diff = parsePatch(
  [
    '@@ -3,5 +3,6 @@',
    ' FROM alpine:3.20',
    ' RUN one',
    '-USER root',
    '+USER app',
    '+RUN two',
    ' RUN three',
    ' CMD x',
    '@@ -18,3 +20,3 @@',
    ' RUN four',
    '-RUN five',
    '+RUN 5',
    ' RUN six'
  ].join('\n')
)

function finding(line: number, endLine = line, endColumn = 10, path = 'Dockerfile'): Finding {
  return { path, ruleId: 'some-rule', severity: 'warning', message: 'm', line, column: 1, endLine, endColumn }
}

describe('counts', () => {
  it.each<[string, Finding, Record<Filter, boolean>]>([
    ['on an added line', finding(5), { added: true, diff: true, file: true, none: true }],
    ['on a context line', finding(4), { added: false, diff: true, file: true, none: true }],
    ['outside every hunk', finding(12), { added: false, diff: false, file: true, none: true }],
    ['spanning from before a hunk into its added lines', finding(1, 6), { added: true, diff: true, file: true, none: true }],
    ['spanning into a hunk only by context lines', finding(18, 20), { added: false, diff: true, file: true, none: true }],
    ['ending at the very start of an added line, which it does not cover', finding(3, 5, 1), { added: false, diff: true, file: true, none: true }]
  ])('a finding %s', (_, f, expected) => {
    for (const filter of ['added', 'diff', 'file', 'none'] as const) expect([filter, counts(f, diff, filter)]).toEqual([filter, expected[filter]])
  })

  it('counts a file the change did not touch only without a filter', () => {
    expect((['added', 'diff', 'file', 'none'] as const).map((filter) => counts(finding(5), undefined, filter))).toEqual([false, false, false, true])
  })

  it('counts every finding of a file whose patch GitHub did not send', () => {
    const unknown = diffOf({ changes: 4000 })
    expect((['added', 'diff', 'file', 'none'] as const).map((filter) => counts(finding(900), unknown, filter))).toEqual([true, true, true, true])
  })
})

describe('selectFindings', () => {
  it('splits the findings into counted and outside, by file', () => {
    const findings = [finding(5), finding(12), finding(5, 5, 10, 'other/Dockerfile'), finding(21)]
    const { counted, outside } = selectFindings(findings, new Map([['Dockerfile', diff]]), 'added')
    expect(counted).toEqual([findings[0], findings[3]])
    expect(outside).toEqual([findings[1], findings[2]])
  })
})

describe('anchorOf', () => {
  it.each<[string, Finding, ReturnType<typeof anchorOf>]>([
    ['a single line in a hunk', finding(5), { line: 5 }],
    ['a context line', finding(3), { line: 3 }],
    ['a multi-line finding inside one hunk', finding(4, 6), { line: 6, startLine: 4 }],
    ['a finding that starts before its hunk: clamped to the hunk', finding(1, 4), { line: 4, startLine: 3 }],
    ['a finding that runs past its hunk: clamped to the hunk', finding(7, 12), { line: 8, startLine: 7 }],
    ['a finding over two hunks: the one with its added line', finding(7, 21), { line: 21, startLine: 20 }],
    ['a finding over two hunks, added lines in both: the first', finding(5, 21), { line: 8, startLine: 5 }],
    ['a range ending at the start of a line, which it does not cover', finding(7, 8, 1), { line: 7 }],
    ['a line outside every hunk', finding(12), undefined],
    ['a range between the hunks', finding(10, 15), undefined]
  ])('%s', (_, f, expected) => {
    expect(anchorOf(f, diff)).toEqual(expected)
  })

  it('has no place in a file without a known diff', () => {
    expect(anchorOf(finding(5), undefined)).toBeUndefined()
    expect(anchorOf(finding(5), diffOf({ changes: 4000 }))).toBeUndefined()
  })
})
