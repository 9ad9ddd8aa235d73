import { describe, expect, it } from '@jest/globals'
import { commentBody, type KeyedFinding } from '../../src/github/comment-body.js'
import { findingKeys, findingMarker, markedKeys } from '../../src/github/markers.js'
import type { Finding } from '../../src/lint.js'
import noRootUser from '../../src/rules/no-root-user.js'

function finding(line: number, path = 'Dockerfile', ruleId = 'no-root-user'): Finding {
  return { path, ruleId, severity: 'error', message: 'Runs as root.', line, column: 1, endLine: line, endColumn: 5 }
}

const keyOf = (f: Finding, source: string) => findingKeys([f], new Map([[f.path, source]])).get(f)!

describe('findingKeys', () => {
  it('keeps a finding’s key when lines move or spacing changes', () => {
    expect(keyOf(finding(2), 'FROM a\nUSER root\n')).toBe(keyOf(finding(5), 'FROM a\n\n# run as\n\n  USER   root \n'))
  })

  it('gives a different key to another rule, another file or another line text', () => {
    const key = keyOf(finding(2), 'FROM a\nUSER root\n')
    expect(keyOf(finding(2, 'Dockerfile', 'pin-base-image'), 'FROM a\nUSER root\n')).not.toBe(key)
    expect(keyOf(finding(2, 'web/Dockerfile'), 'FROM a\nUSER root\n')).not.toBe(key)
    expect(keyOf(finding(2), 'FROM a\nUSER 0\n')).not.toBe(key)
  })

  it('tells identical lines apart by their order', () => {
    const findings = [finding(4), finding(2)]
    const keys = findingKeys(findings, new Map([['Dockerfile', 'FROM a\nUSER root\nFROM b\nUSER root\n']]))
    expect(keys.get(findings[1])).toMatch(/:1$/)
    expect(keys.get(findings[0])).toMatch(/:2$/)
    expect(keys.get(findings[0])!.replace(/:2$/, '')).toBe(keys.get(findings[1])!.replace(/:1$/, ''))
  })

  it('puts nothing from the path or the file in a marker', () => {
    const hostile = finding(1, 'x --><img src=x>/Dockerfile', 'Bad Rule -->')
    const key = keyOf(hostile, 'USER root --> <b>\n')
    expect(findingMarker(key)).toMatch(/^<!-- dockerfile-guard:finding bad-rule----:[0-9a-f]{16}:1 -->$/)
  })
})

describe('markedKeys', () => {
  it('reads back the keys of the markers on their own lines, and only those', () => {
    const body = ['Some text', findingMarker('no-root-user:0123456789abcdef:1'), `${findingMarker('pin-base-image:0123456789abcdef:2')}\r`, `quoted ${findingMarker('x:0123456789abcdef:1')}`].join('\n')
    expect(markedKeys(body)).toEqual(['no-root-user:0123456789abcdef:1', 'pin-base-image:0123456789abcdef:2'])
  })
})

describe('commentBody', () => {
  const rules = new Map([[noRootUser.id, noRootUser]])
  const group = (n: number, message = 'Runs as root.'): KeyedFinding[] =>
    Array.from({ length: n }, (_, i) => ({ finding: { ...finding(1), message }, key: `no-root-user:0123456789abcdef:${i + 1}` }))

  it('explains a rule once when it flags a line twice', () => {
    const body = commentBody(group(2), rules)
    expect(body.match(/Why it matters/g)).toHaveLength(1)
    expect(body.match(/Runs as root/g)).toHaveLength(2)
  })

  it('drops the suggestion, then the explanations, before going over the length limit', () => {
    const suggestion = ['RUN ' + 'x'.repeat(3000)]
    expect(commentBody(group(1), rules, suggestion, 10_000)).toContain('```suggestion')
    const withoutSuggestion = commentBody(group(1), rules, suggestion, 2_000)
    expect(withoutSuggestion).not.toContain('suggestion')
    expect(withoutSuggestion).toContain('Why it matters')
    const compact = commentBody(group(3), rules, suggestion, 1_000)
    expect(compact).not.toContain('Why it matters')
    expect(compact.length).toBeLessThanOrEqual(1_000)
  })

  it('shows what fits of very many findings on one line, and keeps every marker', () => {
    const body = commentBody(group(40, 'y'.repeat(5000)), rules, undefined, 6_000)
    expect(body.length).toBeLessThanOrEqual(6_000)
    expect(body).toMatch(/_\d+ more findings on this line: see the summary comment\._/)
    expect(markedKeys(body)).toHaveLength(40)
  })
})
