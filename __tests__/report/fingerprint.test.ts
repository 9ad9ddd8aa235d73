// The expected values are codeql-action's own (github/codeql-action src/fingerprints.test.ts), so
// our fingerprints equal the ones upload-sarif would compute and alerts keep their identity.
import { describe, expect, it } from '@jest/globals'
import { lineHashes } from '../../src/report/fingerprint.js'

const GREETING = [
  'e9496ae3ebfced30:1',
  'fb7c023a8b9ccb3f:1',
  'ce8ba1a563dcdaca:1',
  'e20e36e16fcb0cc8:1',
  'b3edc88f2938467e:1',
  'c8e28b0b4002a3a0:1',
  'c129715d7a2bc9a3:1'
]

const vectors: [string, string, string[]][] = [
  ['an empty file', '', ['c129715d7a2bc9a3:1']],
  ['indented lines', ' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
  [
    'no final newline',
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1']
  ],
  ['LF endings', ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n', GREETING],
  ['CR endings', ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r', GREETING],
  ['CRLF endings', ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n', GREETING],
  ['mixed endings', ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n', GREETING],
  [
    'repeated lines',
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      ...[1, 2, 3, 4, 5, 6].map((n) => `a7f2ff13bc495cf2:${n}`),
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1'
    ]
  ]
]

describe('lineHashes (codeql-action vectors)', () => {
  it.each(vectors)('%s', (_, text, expected) => {
    expect(lineHashes(text)).toEqual(expected)
  })

  it('gives one hash per line, as codeql-action counts lines', () => {
    for (const [, text] of vectors) expect(lineHashes(text)).toHaveLength(text.split(/\r\n|\r|\n/).length)
  })

  it('can stop early without changing the hashes it gives', () => {
    const text = 'Lorem ipsum dolor sit amet.\n'.repeat(10)
    expect(lineHashes(text, 7)).toEqual(lineHashes(text).slice(0, 7))
  })

  it('depends on the text, not on its indentation', () => {
    const [a] = lineHashes('RUN apk add curl\nUSER app\n')
    const [b] = lineHashes('  RUN\tapk add curl\nUSER app\n')
    const [c] = lineHashes('RUN apk add wget\nUSER app\n')
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })
})
