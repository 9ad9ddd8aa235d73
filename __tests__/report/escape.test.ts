import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown, escapeMessage, escapeTableCell, inlineCode, safeUrl } from '../../src/report/escape.js'

// What a reader sees once GitHub has rendered escaped text (escapes and entities undone).
const rendered = (markdown: string): string =>
  markdown
    .replace(/&#8203;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')

// Markdown syntax characters that are not preceded by a backslash.
const LIVE_SYNTAX = /(?<!\\)[`*_[\]()|~$!\\<>]/

const ATTACKS = [
  '@octocat please merge',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/track.png)',
  '<!-- hide the rest -->',
  'a | b | c',
  '`code` and ``more``',
  'first line\n\n# A heading\n- a list\n> a quote',
  '**bold** _it_ ~~gone~~ $x^2$',
  'see https://evil.example and www.evil.example',
  'fixes #1 and acme/repo#2',
  '<details><summary>x</summary>',
  'C:\\path\\to\\Dockerfile',
  '&lt;script&gt; &#64;user'
]

describe('escapeMarkdown', () => {
  it.each(ATTACKS)('%j renders as the same text, inert', (text) => {
    const escaped = escapeMarkdown(text)
    expect(escaped).not.toMatch(/[\r\n]/)
    expect(escaped).not.toMatch(/[<>]/)
    expect(escaped).not.toMatch(/@[\p{L}\p{N}]|(?<!&)#[\p{L}\p{N}]|:\/\/|www\./iu)
    expect(escaped.replace(/\\./g, '')).not.toMatch(LIVE_SYNTAX)
    expect(rendered(escaped)).toBe(text.replace(/\s*\n\s*/g, ' '))
  })

  it('breaks @mentions, #references, URLs and e-mail addresses', () => {
    expect(escapeMarkdown('@octocat')).toBe('@&#8203;octocat')
    expect(escapeMarkdown('#12')).toBe('\\#&#8203;12')
    expect(escapeMarkdown('https://x.example')).toBe('https\\:&#8203;//x\\.example')
    expect(escapeMarkdown('WWW.x.example')).toBe('WWW&#8203;\\.x\\.example')
    expect(escapeMarkdown('me@x.example')).not.toMatch(/@[a-z]/)
  })

  it('turns HTML into text', () => {
    expect(escapeMarkdown('<img src=x>')).toBe('&lt;img src=x&gt;')
    expect(escapeMarkdown('<!-- -->')).toBe('&lt;\\!\\-\\- \\-\\-&gt;')
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;')
  })

  it('keeps invisible characters from hiding or reordering text', () => {
    expect(escapeMarkdown('a\u0000b\u202ec\u001b[31m')).toBe('a\ufffdb\ufffdc\ufffd\\[31m')
  })

  it('leaves plain words alone', () => {
    expect(escapeMarkdown('Dockerfile')).toBe('Dockerfile')
  })
})

describe('escapeMessage', () => {
  it('keeps the code spans a rule wrote', () => {
    expect(escapeMessage('The final stage runs as `root`: switch.')).toBe('The final stage runs as `root`\\: switch\\.')
  })

  it('escapes everything outside code spans', () => {
    expect(escapeMessage('`curl` from @octocat <b>')).toBe('`curl` from @&#8203;octocat &lt;b&gt;')
  })

  it('keeps quoted text inside a code span, where GitHub renders nothing', () => {
    expect(escapeMessage('uses `[x](javascript:y) @octocat <img>`')).toBe('uses `[x](javascript:y) @octocat <img>`')
  })

  it('cannot be broken out of by a quoted backtick', () => {
    const message = 'Pin `alpine`; <img src=x>` `@octocat'
    const escaped = escapeMessage(message)
    // Whatever becomes code, no text outside a code span is live.
    const outside = escaped.split(/`[^`]*`/).join('')
    expect(outside).not.toMatch(/[<>]/)
    expect(outside).not.toMatch(/@[a-z]/)
  })

  it('treats an unpaired backtick as text', () => {
    expect(escapeMessage('odd ` tick')).toBe('odd \\` tick')
    expect(escapeMessage('empty `` pair')).toBe('empty \\`\\` pair')
  })

  it('keeps a message on one line', () => {
    expect(escapeMessage('a\n`b\nc`\r\nd')).toBe('a `b c` d')
  })
})

describe('escapeTableCell', () => {
  it.each([...ATTACKS, 'in `a|b` code', '`|`', 'x\n| --- |\ny'])('%j cannot end the cell or the row', (text) => {
    const cell = escapeTableCell(text)
    expect(cell).not.toMatch(/(?<!\\)\|/)
    expect(cell).not.toMatch(/[\r\n]/)
  })

  it('escapes pipes inside code spans too (GitHub reads them as cell ends)', () => {
    expect(escapeTableCell('run `a | b`')).toBe('run `a \\| b`')
  })
})

describe('inlineCode', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`start', '`` `start ``'],
    [' padded ', '`  padded  `'],
    ['x ``` y', '````x ``` y````']
  ])('%j → %j', (text, expected) => {
    expect(inlineCode(text)).toBe(expected)
  })
})

describe('safeUrl', () => {
  it('allows http(s) only', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl('https://github.com/o/r/blob/abc/Dockerfile#L3')).toBe('https://github.com/o/r/blob/abc/Dockerfile#L3')
  })

  it('encodes what could end a link early', () => {
    expect(safeUrl('https://x.example/a b)(<"x">')).toBe('https://x.example/a%20b%29%28%3C%22x%22%3E')
  })
})
