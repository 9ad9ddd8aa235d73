import { describe, expect, it } from '@jest/globals'
import type { Fix } from '../../src/fix.js'
import { suggestedLines, suggestionBlock } from '../../src/github/suggestion.js'

const source = 'FROM alpine:3.20\nRUN apk add curl \\\n    && make\nuser root\nCMD ["sh"]\n'
const fix = (line: number, column: number, endLine: number, endColumn: number, text: string): Fix => ({ line, column, endLine, endColumn, text })

describe('suggestedLines', () => {
  it.each<[string, string, number, number, Fix[], string[] | undefined]>([
    ['a word on one line', source, 4, 4, [fix(4, 1, 4, 5, 'USER')], ['USER root']],
    ['every commented line is written out, changed or not', source, 2, 4, [fix(4, 1, 4, 5, 'USER')], ['RUN apk add curl \\', '    && make', 'USER root']],
    ['a fix that removes a whole line', source, 3, 4, [fix(3, 1, 4, 1, '')], ['user root']],
    ['a fix that removes every commented line', source, 4, 4, [fix(4, 1, 5, 1, '')], []],
    ['a fix that empties a line keeps it', source, 4, 4, [fix(4, 1, 4, 10, '')], ['']],
    ['a fix that adds a line', source, 4, 4, [fix(4, 1, 4, 10, 'USER app\nUSER 10001')], ['USER app', 'USER 10001']],
    ['two fixes on the lines', source, 1, 4, [fix(4, 1, 4, 5, 'USER'), fix(1, 13, 1, 17, '3.21')], ['FROM alpine:3.21', 'RUN apk add curl \\', '    && make', 'USER root']],
    ['overlapping fixes: the one that starts first wins', source, 4, 4, [fix(4, 6, 4, 10, 'app'), fix(4, 1, 4, 10, 'USER 0')], ['USER 0']],
    ['the same fix from two findings, applied once', source, 4, 4, [fix(4, 1, 4, 1, '# '), fix(4, 1, 4, 1, '# ')], ['# user root']],
    ['the last line of a file without a final newline', 'FROM a\nuser root', 2, 2, [fix(2, 1, 2, 5, 'USER')], ['USER root']],
    ['a fix outside the commented lines', source, 4, 4, [fix(1, 13, 1, 17, '3.21')], undefined],
    ['a fix that reaches past the commented lines', source, 3, 3, [fix(3, 1, 4, 5, 'x')], undefined],
    ['a fix that joins the last commented line with the next', source, 4, 4, [fix(4, 10, 5, 1, ' ')], undefined],
    ['a fix that changes nothing', source, 4, 4, [fix(4, 1, 4, 5, 'user')], undefined],
    ['lines past the end of the file', source, 6, 7, [fix(6, 1, 6, 1, 'x')], undefined]
  ])('%s', (_, text, first, last, fixes, expected) => {
    expect(suggestedLines(text, first, last, fixes)).toEqual(expected)
  })

  it('leaves the carriage returns of a CRLF file out of the suggestion', () => {
    expect(suggestedLines('FROM a\r\nuser root\r\nCMD x\r\n', 2, 2, [fix(2, 1, 2, 5, 'USER')])).toEqual(['USER root'])
  })

  it('reads columns as the linter does after a byte-order mark, and never replaces the line that holds it', () => {
    const withBom = '\ufeffFROM a\nuser root\n'
    expect(suggestedLines(withBom, 2, 2, [fix(2, 1, 2, 5, 'USER')])).toEqual(['USER root'])
    expect(suggestedLines(withBom, 1, 1, [fix(1, 1, 1, 5, 'FROM')])).toBeUndefined()
  })
})

describe('suggestionBlock', () => {
  it('fences the replacement lines', () => {
    expect(suggestionBlock(['USER app'])).toBe('```suggestion\nUSER app\n```')
  })

  it('uses a longer fence than any backtick run in the replacement, so no line can close it', () => {
    const block = suggestionBlock(['RUN echo "```"', 'LABEL x="`````"'])
    expect(block).toBe('``````suggestion\nRUN echo "```"\nLABEL x="`````"\n``````')
  })

  it('writes a deletion as an empty block, and an empty line as one', () => {
    expect(suggestionBlock([])).toBe('```suggestion\n```')
    expect(suggestionBlock([''])).toBe('```suggestion\n\n```')
  })
})
