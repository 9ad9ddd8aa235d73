// BuildKit's `# check=` parser directive, honoured as `docker build --check` honours it, for the rules
// that claim a BuildKit equivalent: `skip=` drops their findings, `error=true` makes them errors.
import { describe, expect, it } from '@jest/globals'
import { lint, type LintOptions } from '../src/lint.js'
import { rules as registry } from '../src/rules/index.js'
import noMaintainer from '../src/rules/no-maintainer.js'
import noRootUser from '../src/rules/no-root-user.js'
import type { Rule } from '../src/rules/types.js'

/** A test rule flagging every instruction with `keyword`, claiming `buildkit` as its BuildKit equivalents. */
function ruleFor(id: string, keyword: string, buildkit?: string[]): Rule {
  return {
    ...noRootUser,
    id,
    severity: 'note',
    equivalents: buildkit ? { buildkit } : undefined,
    related: undefined,
    check: function* (df) {
      for (const i of df.instructions) if (i.keyword === keyword) yield { at: i.keywordSpan, message: keyword }
    }
  }
}

const jsonArgs = ruleFor('test-json-args', 'CMD', ['JSONArgsRecommended'])
const multiple = ruleFor('test-multiple', 'ENTRYPOINT', ['MultipleInstructionsDisallowed', 'DuplicateStageName'])
const ours = ruleFor('test-ours', 'RUN') // no BuildKit equivalent: not one of Docker's checks
const rules = [jsonArgs, multiple, ours]

const BODY = 'FROM alpine:3.20\nRUN a\nENTRYPOINT b\nCMD c\n'
const run = (text: string, options: LintOptions = { rules, allRules: true }) => lint({ path: 'Dockerfile', text }, options)
const found = (text: string) => run(text).map((f) => [f.ruleId, f.severity])

const ALL = [
  ['test-ours', 'note'],
  ['test-multiple', 'note'],
  ['test-json-args', 'note']
]

describe('# check= directive', () => {
  it('reports everything without a directive', () => {
    expect(found(BODY)).toEqual(ALL)
  })

  it('skip= drops the findings of the rules that claim a named BuildKit check, in the whole file', () => {
    expect(found(`# check=skip=JSONArgsRecommended\n${BODY}`)).toEqual([['test-ours', 'note'], ['test-multiple', 'note']])
    // A rule claiming several checks is skipped by any of them; names are trimmed, as BuildKit does.
    expect(found(`# check=skip=DuplicateStageName,JSONArgsRecommended\n${BODY}`)).toEqual([['test-ours', 'note']])
    expect(found(`# check = skip = JSONArgsRecommended ,MultipleInstructionsDisallowed\n${BODY}`)).toEqual(ALL)
    // BuildKit's names are case-sensitive, and unknown ones are harmless.
    expect(found(`# check=skip=jsonargsrecommended,NoSuchCheck\n${BODY}`)).toEqual(ALL)
  })

  it('skip=all drops every rule claiming a BuildKit equivalent, never the others', () => {
    expect(found(`# check=skip=all\n${BODY}`)).toEqual([['test-ours', 'note']])
    // Our own suppressions still work next to it.
    expect(found(`# check=skip=all\n${BODY}# dockerfile-guard global ignore=test-ours\n`)).toEqual([])
  })

  it('error=true reports the rules claiming a BuildKit equivalent as errors, whatever their level', () => {
    expect(found(`# check=error=true\n${BODY}`)).toEqual([
      ['test-ours', 'note'],
      ['test-multiple', 'error'],
      ['test-json-args', 'error']
    ])
    const levels = { 'test-json-args': 'warning', 'test-multiple': 'off' } as const
    expect(run(`# check=error=true\n${BODY}`, { rules, levels }).map((f) => [f.ruleId, f.severity])).toEqual([
      ['test-ours', 'note'],
      ['test-json-args', 'error']
    ])
    // Go's booleans: `1`, `T`, `True`…; `error=false` changes nothing.
    expect(found(`# check=error=1\n${BODY}`)).toContainEqual(['test-json-args', 'error'])
    expect(found(`# check=error=false\n${BODY}`)).toEqual(ALL)
  })

  it('combines skip and error with `;`, as BuildKit parses them', () => {
    const expected = [['test-ours', 'note'], ['test-multiple', 'error']]
    expect(found(`# check=skip=JSONArgsRecommended;error=true\n${BODY}`)).toEqual(expected)
    expect(found(`# check=error=true;skip=JSONArgsRecommended\n${BODY}`)).toEqual(expected)
    expect(found(`# CHECK = error=True;skip=JSONArgsRecommended   \r\n${BODY.replace(/\n/g, '\r\n')}`)).toEqual(expected)
    // BuildKit splits into at most three options: the third keeps any further `;` (here in a skipped name).
    expect(found(`# check=error=false;skip=NoSuchCheck;skip=JSONArgsRecommended;error=true\n${BODY}`)).toEqual(ALL)
  })

  it('takes the value up to its first space, as BuildKit does', () => {
    expect(found(`# check=skip=JSONArgsRecommended error=true\n${BODY}`)).toEqual([['test-ours', 'note'], ['test-multiple', 'note']])
    expect(found(`# check=error=true ; skip=JSONArgsRecommended\n${BODY}`)).toEqual([
      ['test-ours', 'note'],
      ['test-multiple', 'error'],
      ['test-json-args', 'error']
    ])
  })

  it('counts only as a parser directive at the top of the file, as Docker reads it', () => {
    const skipAll = '# check=skip=all\n'
    // After another directive BuildKit knows: still a directive. The first `check` wins.
    expect(found(`# syntax=docker/dockerfile:1\n${skipAll}${BODY}`)).toEqual([['test-ours', 'note']])
    expect(found(`${skipAll}# check=error=true\n${BODY}`)).toEqual([['test-ours', 'note']])
    // After a comment, a blank line, an unknown directive, an instruction, or indented: a comment.
    expect(found(`# a comment\n${skipAll}${BODY}`)).toEqual(ALL)
    expect(found(`\n${skipAll}${BODY}`)).toEqual(ALL)
    expect(found(`# foo=bar\n${skipAll}${BODY}`)).toEqual(ALL)
    expect(found(`${BODY}${skipAll}`)).toEqual(ALL)
    expect(found(`  ${skipAll}${BODY}`)).toEqual(ALL)
  })

  it.each([
    'error=maybe',
    'eror=true',
    'skip=all;level=high',
    'skip',
    'skip=all;',
    ';error=true',
    'Skip=all'
  ])('ignores a value BuildKit rejects (it fails the build): %s', (value) => {
    expect(found(`# check=${value}\n${BODY}`)).toEqual(ALL)
  })

  it('accepts what BuildKit accepts without effect here: an empty skip list, experimental=', () => {
    expect(found(`# check=skip=\n${BODY}`)).toEqual(ALL)
    expect(found(`# check=experimental=all;skip=JSONArgsRecommended\n${BODY}`)).toEqual([['test-ours', 'note'], ['test-multiple', 'note']])
  })
})

describe('# check= with the registry', () => {
  const claiming = registry.filter((rule) => !rule.deprecated && (rule.equivalents?.buildkit?.length ?? 0) > 0)

  it('drops or raises no-maintainer, which claims MaintainerDeprecated, with the default configuration', () => {
    expect(noMaintainer.equivalents?.buildkit).toEqual(['MaintainerDeprecated'])
    const text = 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN a\n'
    const of = (prefix: string) => lint({ path: 'Dockerfile', text: prefix + text }).filter((f) => f.ruleId === noMaintainer.id)
    expect(of('').map((f) => f.severity)).toEqual([noMaintainer.severity])
    expect(of('# check=skip=MaintainerDeprecated\n')).toEqual([])
    expect(of('# syntax=docker/dockerfile:1\n# check=skip=all\n')).toEqual([])
    expect(of('# check=skip=JSONArgsRecommended;error=true\n').map((f) => [f.line, f.severity])).toEqual([[3, 'error']])
    expect(of('# check=error=maybe\n').map((f) => f.severity)).toEqual([noMaintainer.severity])
  })

  it('skips and raises each registry rule that claims a BuildKit equivalent, on its own bad example', () => {
    expect(claiming.length).toBeGreaterThan(0)
    for (const rule of claiming) {
      const options: LintOptions = { rules: [rule], allRules: true, settings: rule.examples.settings }
      const own = (text: string) => lint({ path: 'Dockerfile', text }, options).filter((f) => f.ruleId === rule.id)
      const bad = rule.examples.bad
      expect(own(bad).length).toBeGreaterThan(0)
      for (const name of rule.equivalents?.buildkit ?? []) expect(own(`# check=skip=${name}\n${bad}`)).toEqual([])
      expect(own(`# check=skip=all\n${bad}`)).toEqual([])
      expect(own(`# check=error=true\n${bad}`).map((f) => f.severity)).toEqual(own(bad).map(() => 'error'))
    }
  })

  it('leaves the registry rules whose BuildKit check is only related (different semantics) as they are', () => {
    // e.g. exec-form-cmd passes `CMD exec app`, which JSONArgsRecommended flags: related, not equivalent.
    const relatedOnly = registry.filter((rule) => !rule.deprecated && rule.related?.buildkit?.length && !rule.equivalents?.buildkit?.length)
    expect(relatedOnly.length).toBeGreaterThan(0)
    for (const rule of relatedOnly) {
      const options: LintOptions = { rules: [rule], allRules: true, settings: rule.examples.settings }
      const own = (text: string) => lint({ path: 'Dockerfile', text }, options).map((f) => [f.ruleId, f.severity])
      const names = rule.related?.buildkit?.join(',')
      expect(own(`# check=skip=${names};error=true\n${rule.examples.bad}`)).toEqual(own(rule.examples.bad))
      expect(own(`# check=skip=all\n${rule.examples.bad}`)).toEqual(own(rule.examples.bad))
    }
  })
})
