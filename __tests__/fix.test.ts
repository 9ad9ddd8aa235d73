import { describe, expect, it } from '@jest/globals'
import { applyFixes, type Fix } from '../src/fix.js'

const fix = (line: number, column: number, endLine: number, endColumn: number, text: string): Fix => ({ line, column, endLine, endColumn, text })

describe('applyFixes', () => {
  const text = 'FROM alpine:3.20\nADD app.py /app/\nuser root\n'

  it('applies every fix, wherever it is in the file', () => {
    expect(applyFixes(text, [fix(3, 1, 3, 5, 'USER'), fix(2, 1, 2, 4, 'COPY')])).toBe('FROM alpine:3.20\nCOPY app.py /app/\nUSER root\n')
  })

  it('applies a fix carried by two findings once, and of two overlapping fixes the first', () => {
    const insert = fix(2, 4, 2, 4, ' --chown=app')
    expect(applyFixes(text, [insert, insert])).toBe('FROM alpine:3.20\nADD --chown=app app.py /app/\nuser root\n')
    expect(applyFixes(text, [fix(2, 1, 2, 11, 'COPY main.py'), fix(2, 5, 2, 11, 'x.py')])).toBe('FROM alpine:3.20\nCOPY main.py /app/\nuser root\n')
  })

  it('deletes whole lines, keeps CRLF line ends and the byte-order mark the positions leave out', () => {
    expect(applyFixes(text, [fix(2, 1, 3, 1, '')])).toBe('FROM alpine:3.20\nuser root\n')
    expect(applyFixes('\ufeffFROM a\r\nuser root\r\n', [fix(2, 1, 2, 5, 'USER')])).toBe('\ufeffFROM a\r\nUSER root\r\n')
  })
})
