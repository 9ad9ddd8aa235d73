// Escaping for the XML reports (Checkstyle, JUnit). File names and messages come from the
// repository, so every one of them goes through here: markup characters become entities, and the
// characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF), which
// no parser accepts even as character references, become U+FFFD.

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;'
}

/**
 * An attribute value, for use between double quotes. Tabs and line breaks are written as
 * character references, because a parser turns literal ones into spaces.
 */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c])
}

/** Element content: tabs and newlines stay as they are; a carriage return, which a parser would drop, is a reference. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/[&<>\r]/g, (c) => ENTITY[c])
}
