import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Finding } from '../../src/lint.js'
import { toJUnit } from '../../src/report/junit.js'
import { at, findings, hostile, unknown, unparsable, windows } from './interchange-fixtures.js'

// Read as CI test tabs read JUnit XML: testsuites > testsuite > testcase, with failure / error / skipped children.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase'
})

interface Counts {
  tests: string
  failures: string
  errors: string
  skipped: string
}
interface TestCase {
  classname: string
  name: string
  file: string
  failure?: { message: string; type: string; '#text': string }
  error?: unknown
  skipped?: { message: string }
}
interface TestSuite extends Counts {
  name: string
  testcase?: TestCase[]
}
interface Parsed {
  testsuites: Counts & { name: string; testsuite?: TestSuite[] }
}

const parse = (xml: string): Parsed['testsuites'] => {
  expect(XMLValidator.validate(xml)).toBe(true)
  return (parser.parse(xml) as Parsed).testsuites
}

/** The counts as a test tab works them out from the elements, for comparison with the attributes. */
const counted = (cases: readonly TestCase[]): Counts => ({
  tests: String(cases.length),
  failures: String(cases.filter((c) => c.failure).length),
  errors: String(cases.filter((c) => c.error).length),
  skipped: String(cases.filter((c) => c.skipped).length)
})
const countsOf = ({ tests, failures, errors, skipped }: Counts): Counts => ({ tests, failures, errors, skipped })

const RAN = ['parse-error', 'no-root-user', 'upper-case-keyword']
const FILES = ['services/api/Dockerfile', 'clean/Dockerfile', 'bin/Dockerfile']
const report = parse(toJUnit([...findings, ...unparsable], { ranRules: RAN, files: FILES }))
const [api, clean, bin] = report.testsuite!

describe('toJUnit', () => {
  it('has a suite per linted file and a test case per rule that ran, named by file and rule', () => {
    expect(report.name).toBe('dockerfile-guard')
    expect(report.testsuite?.map((s) => s.name)).toEqual(FILES)
    for (const suite of report.testsuite!) {
      expect(suite.testcase?.map((c) => [c.classname, c.name, c.file])).toEqual(RAN.map((rule) => [suite.name, rule, suite.name]))
    }
  })

  it('fails a rule with its findings, one `line:column severity: message` per line', () => {
    const [parseError, rootUser, casing] = api.testcase!
    expect(parseError.failure).toBeUndefined()
    expect(rootUser.failure).toEqual({
      message: 'The final stage runs as `root`: switch to an unprivileged user as the last `USER`.',
      type: 'error',
      '#text': '3:1 error: The final stage runs as `root`: switch to an unprivileged user as the last `USER`.'
    })
    expect(casing.failure).toEqual({
      message: 'Write `from` as `FROM`. (and 1 more finding)',
      type: 'note',
      '#text': '1:1 note: Write `from` as `FROM`.\n4:1 note: Write `run` as `RUN`.'
    })
  })

  it('passes the rules that found nothing, in files with and without findings', () => {
    expect(clean.testcase?.every((c) => !c.failure && !c.skipped)).toBe(true)
    expect(countsOf(clean)).toEqual({ tests: '3', failures: '0', errors: '0', skipped: '0' })
  })

  it('skips the other rules of a file that could not be parsed', () => {
    const [parseError, rootUser, casing] = bin.testcase!
    expect(parseError.failure?.message).toMatch(/^The file could not be parsed/)
    expect(rootUser.skipped).toEqual({ message: 'not checked: the file could not be parsed' })
    expect(casing.skipped).toBeDefined()
  })

  it('counts tests, failures, errors and skipped right, per suite and in total', () => {
    expect(countsOf(api)).toEqual({ tests: '3', failures: '2', errors: '0', skipped: '0' })
    expect(countsOf(bin)).toEqual({ tests: '3', failures: '1', errors: '0', skipped: '2' })
    for (const suite of report.testsuite!) expect(countsOf(suite)).toEqual(counted(suite.testcase!))
    expect(countsOf(report)).toEqual(counted(report.testsuite!.flatMap((s) => s.testcase!)))
    expect(countsOf(report)).toEqual({ tests: '9', failures: '3', errors: '0', skipped: '2' })
  })

  it('is a valid report of empty suites when nothing ran or nothing was found', () => {
    const empty = parse(toJUnit([]))
    expect(countsOf(empty)).toEqual({ tests: '0', failures: '0', errors: '0', skipped: '0' })
    expect(empty.testsuite).toBeUndefined()
    const passing = parse(toJUnit([], { ranRules: RAN, files: ['Dockerfile'] }))
    expect(countsOf(passing)).toEqual({ tests: '3', failures: '0', errors: '0', skipped: '0' })
    const noRules = parse(toJUnit([], { files: ['Dockerfile'] }))
    expect(noRules.testsuite).toMatchObject([{ name: 'Dockerfile', tests: '0' }])
  })

  it('adds the rules and files only the findings mention', () => {
    const suites = parse(toJUnit([unknown, windows], { ranRules: ['no-root-user'] })).testsuite!
    expect(suites.map((s) => [s.name, s.testcase?.map((c) => [c.name, Boolean(c.failure)])])).toEqual([
      ['legacy/Dockerfile', [['no-root-user', false], ['not-a-known-rule', true]]],
      ['docker\\web\\Dockerfile', [['no-root-user', true]]]
    ])
  })

  it('escapes file names and messages, and keeps each finding on its own line', () => {
    const second: Finding = { ...hostile, line: 9, message: 'second\nline' }
    const xml = toJUnit([hostile, second])
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u)
    const [suite] = parse(xml).testsuite!
    expect(suite.name).toBe('dir "a" <b> & \ufffdbell\n/Dockerfile.ü🐳')
    const text = suite.testcase![0].failure!['#text'].split('\n')
    expect(text).toHaveLength(2)
    expect(text[0]).toMatch(/^1:1 error: Quote "q" 'a' <b>&amp; \]\]> .*🐳 Ünïcödé$/)
    expect(text[1]).toBe('9:1 error: second\u240aline')
  })

  it('types a failure by the most severe of its findings', () => {
    const mixed = [at('Dockerfile', 1, 'no-root-user', 'a', { severity: 'note' }), at('Dockerfile', 2, 'no-root-user', 'b', { severity: 'error' })]
    expect(parse(toJUnit(mixed)).testsuite![0].testcase![0].failure?.type).toBe('error')
  })
})
