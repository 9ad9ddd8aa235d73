// Escaping for text we do not control (file names, messages that quote Dockerfile text) in the
// Markdown we post on GitHub. GitHub turns some plain *text* into links after rendering (@mentions,
// #123 references, bare URLs), so backslashes alone cannot stop those: a zero-width space breaks
// them, as Renovate and Dependabot do. Everything here returns one line of inline Markdown.

// Control characters and bidirectional overrides (which can make text read differently from what
// it is) are shown as the replacement character.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g
const LINE_BREAKS = /[ \t]*(?:\r\n|\r|\n)\s*/g
// One pass over the text, so the entities inserted here are never escaped again. Every ASCII
// punctuation mark Markdown uses gets a backslash (including GitHub's `$…$` math); `&`, `<`, `>`
// become entities; a zero-width space breaks @mentions, #references and bare URLs.
const TOKEN = /:\/\/|www\.|[\\`*_{}[\]()#+\-.!|~$<>&@:]/gi
const ZWSP = '&#8203;'
const REPLACEMENT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${ZWSP}`,
  '#': `\\#${ZWSP}`,
  '://': `\\:${ZWSP}//`
}

function escapeToken(token: string): string {
  if (/^www\.$/i.test(token)) return `${token.slice(0, 3)}${ZWSP}\\.`
  return REPLACEMENT[token] ?? `\\${token}`
}

function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\ufffd')
}

/** Plain text as inert inline Markdown: no formatting, links, images, HTML, mentions or table breaks. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(TOKEN, escapeToken)
}

/**
 * Text as one code span. GitHub renders nothing inside a code span, so the only way out is the
 * delimiter (chosen longer than any backtick run inside), a line break, or, in a table, a `|`.
 */
export function inlineCode(text: string, { table = false } = {}): string {
  let code = oneLine(text)
  if (table) code = code.replace(/\|/g, '\\|')
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  // A space keeps a backtick at either end from joining the fence; CommonMark strips it again.
  const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : ''
  return code.trim() === '' ? escapeMarkdown(text) : `${fence}${pad}${code}${pad}${fence}`
}

/**
 * A finding message: rules write `code` spans around what they quote, so paired backticks stay
 * code spans and everything between them is escaped. A quoted backtick can only shift which parts
 * are code; it cannot turn any part into live Markdown.
 */
export function escapeMessage(message: string, { table = false } = {}): string {
  const parts = message.split('`')
  // An odd number of backticks: the last one has no partner and is plain text.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`)
  return parts
    .map((part, i) => (i % 2 === 0 ? escapeMarkdown(part) : part === '' ? '\\`\\`' : inlineCode(part, { table })))
    .join('')
}

/** A message in a table cell. */
export function escapeTableCell(message: string): string {
  return escapeMessage(message, { table: true })
}

/** A link destination: http(s) only, and nothing that could end the destination early. */
export function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined
  return url.replace(/[\s<>()[\]`"'\\\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)
}
