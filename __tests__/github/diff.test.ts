import { describe, expect, it } from '@jest/globals'
import { addedLines, commentableLines, diffOf, hunkAt, parsePatch } from '../../src/github/diff.js'

const hunks = (patch: string) => parsePatch(patch).hunks.map(({ lines, added }) => ({ lines, added }))

describe('parsePatch', () => {
  it.each([
    ['a new file', '@@ -0,0 +1,3 @@\n+FROM alpine:3.20\n+USER app\n+CMD ["sh"]', [{ lines: [1, 2, 3], added: [1, 2, 3] }]],
    [
      'a modified line between context lines',
      '@@ -1,4 +1,4 @@\n FROM alpine:3.20\n-USER root\n+USER app\n RUN make\n CMD ["sh"]',
      [{ lines: [1, 2, 3, 4], added: [2] }]
    ],
    ['omitted counts (one line each)', '@@ -1 +1 @@\n-FROM alpine\n+FROM alpine:3.20', [{ lines: [1], added: [1] }]],
    [
      'two hunks, the second shifted by the first',
      '@@ -1,3 +1,4 @@\n FROM a\n+RUN one\n RUN two\n RUN three\n@@ -20,3 +21,2 @@ RUN section\n RUN x\n-RUN y\n RUN z',
      [
        { lines: [1, 2, 3, 4], added: [2] },
        { lines: [21, 22], added: [] }
      ]
    ],
    ['a hunk that only deletes has no line to comment on', '@@ -3,2 +2,0 @@\n-RUN a\n-RUN b', []],
    [
      'no newline at end of file, before and after',
      '@@ -1,2 +1,2 @@\n FROM a\n-CMD x\n\\ No newline at end of file\n+CMD y\n\\ No newline at end of file',
      [{ lines: [1, 2], added: [2] }]
    ],
    ['CRLF content keeps its lines', '@@ -1,2 +1,3 @@\n FROM a\r\n+USER app\r\n CMD x\r\n', [{ lines: [1, 2, 3], added: [2] }]],
    ['a context line that lost its leading space', '@@ -1,3 +1,4 @@\n FROM a\n\n+USER app\n CMD x', [{ lines: [1, 2, 3, 4], added: [3] }]],
    ['text after the counted lines is not content', '@@ -1 +1,2 @@\n FROM a\n+USER app\n+not part of the hunk\n', [{ lines: [1, 2], added: [2] }]],
    ['an empty patch', '', []]
  ])('%s', (_, patch, expected) => {
    expect(hunks(patch)).toEqual(expected)
  })

  it('lists every commentable and every added line across hunks', () => {
    const diff = parsePatch('@@ -1,2 +1,3 @@\n FROM a\n+USER app\n CMD x\n@@ -10,2 +11,2 @@\n-RUN a\n+RUN b\n RUN c')
    expect(commentableLines(diff)).toEqual([1, 2, 3, 11, 12])
    expect(addedLines(diff)).toEqual([2, 11])
  })

  it('finds the hunk of a line, and none between hunks', () => {
    const diff = parsePatch('@@ -1,2 +1,3 @@\n FROM a\n+USER app\n CMD x\n@@ -10,2 +11,2 @@\n-RUN a\n+RUN b\n RUN c')
    expect(hunkAt(diff, 3)).toBe(diff.hunks[0])
    expect(hunkAt(diff, 11)).toBe(diff.hunks[1])
    expect(hunkAt(diff, 5)).toBeUndefined()
    expect(hunkAt(diff, 13)).toBeUndefined()
  })
})

describe('diffOf', () => {
  it('reads the patch of a files-list entry', () => {
    expect(diffOf({ patch: '@@ -0,0 +1 @@\n+FROM a', changes: 1 })).toEqual({ known: true, hunks: [{ lines: [1], added: [1] }] })
  })

  it('marks a changed file without a patch (too large a diff) as changed somewhere unknown', () => {
    expect(diffOf({ changes: 2081 })).toEqual({ known: false, hunks: [] })
    expect(diffOf({ patch: null, changes: 5 })).toEqual({ known: false, hunks: [] })
  })

  it('knows that a pure rename changed no line', () => {
    expect(diffOf({ changes: 0 })).toEqual({ known: true, hunks: [] })
  })
})
