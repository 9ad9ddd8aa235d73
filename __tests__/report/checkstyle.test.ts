import { describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { toCheckstyle } from '../../src/report/checkstyle.js'
import { findings, HOSTILE_PATH, hostile, unknown, unparsable, windows } from './interchange-fixtures.js'

// Read the way warnings-ng's CheckStyleParser does: checkstyle/file[@name]/error[@line,@column,@severity,@message,@source].
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  trimValues: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'file' || name === 'error'
})

interface Parsed {
  checkstyle: { version: string; file?: { name: string; error?: Record<string, string>[] }[] }
}

const parse = (xml: string): Parsed => {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as Parsed
}

// What XML 1.0 forbids even as a character reference; fast-xml-parser's validator does not check it.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u

describe('toCheckstyle', () => {
  it('writes one <error> per finding, in a <file> per linted file, with the rule id as source', () => {
    const report = parse(toCheckstyle([...findings, ...unparsable], { files: ['services/api/Dockerfile', 'clean/Dockerfile', 'bin/Dockerfile'] }))
    expect(report.checkstyle.version).toBe('4.3')
    expect(report.checkstyle.file?.map((f) => f.name)).toEqual(['services/api/Dockerfile', 'clean/Dockerfile', 'bin/Dockerfile'])
    const [api, clean, bin] = report.checkstyle.file!
    expect(api.error).toEqual([
      { line: '1', column: '1', severity: 'info', message: 'Write `from` as `FROM`.', source: 'upper-case-keyword' },
      {
        line: '3',
        column: '1',
        severity: 'error',
        message: 'The final stage runs as `root`: switch to an unprivileged user as the last `USER`.',
        source: 'no-root-user'
      },
      { line: '4', column: '1', severity: 'info', message: 'Write `run` as `RUN`.', source: 'upper-case-keyword' }
    ])
    expect(clean.error).toBeUndefined()
    expect(bin.error).toMatchObject([{ severity: 'error', source: 'parse-error', message: expect.stringMatching(/^The file could not be parsed/) }])
  })

  it('is a valid, empty report when nothing was found', () => {
    const empty = parse(toCheckstyle([])).checkstyle
    expect(empty.version).toBe('4.3')
    expect(empty.file).toBeUndefined()
    expect(parse(toCheckstyle([], { files: ['Dockerfile'] })).checkstyle.file).toEqual([{ name: 'Dockerfile' }])
    expect(toCheckstyle([]).endsWith('</checkstyle>\n')).toBe(true)
  })

  it('escapes every attribute: quotes, markup, line breaks; characters XML forbids become U+FFFD', () => {
    const xml = toCheckstyle([hostile])
    expect(xml).not.toMatch(NOT_XML)
    // Every `<` left in the document starts markup; every `&` starts a reference.
    expect(xml.match(/<(?![?/a-z])/g)).toBeNull()
    expect(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g)).toBeNull()
    const [file] = parse(xml).checkstyle.file!
    expect(file.name).toBe('dir "a" <b> & \ufffdbell\n/Dockerfile.ü🐳')
    expect(file.error![0].message).toBe(
      'Quote "q" \'a\' <b>&amp; ]]> \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd[31m\ttab\r\nnew\u007f \ufffd \ufffd \u202e 🐳 Ünïcödé'
    )
    expect(HOSTILE_PATH).toContain('\n') // kept, as a character reference, so the name stays exact
  })

  it('reports findings of rules it has no metadata for, and keeps Windows paths as given', () => {
    const report = parse(toCheckstyle([unknown, windows]))
    expect(report.checkstyle.file?.map((f) => [f.name, f.error?.[0].source])).toEqual([
      ['legacy/Dockerfile', 'not-a-known-rule'],
      ['docker\\web\\Dockerfile', 'no-root-user']
    ])
  })

})
