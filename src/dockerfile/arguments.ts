// An instruction's arguments and flags, read exactly as dockerfile-ast's Instruction.getRawArguments
// and ModifiableInstruction.getFlags read them (dockerfile-ast 0.7.1, ported line for line, quirks
// included), but straight to offsets. The library builds an Argument with a line/character Range per
// word and re-splits on every getArguments call: that was the largest part of the model's own time.
// The split is pinned to the library's behaviour by __tests__/dockerfile/arguments.test.ts, which
// compares the two on generated instructions.
import type { Arg, Flag } from './model.js'

/**
 * Splits the arguments of the instruction whose text runs from `contentStart` to `contentEnd`, the
 * keyword taking `keywordLength` characters; `base` is where dockerfile-ast counts the offsets from
 * (the keyword's start, which is `contentStart` for every instruction it builds).
 */
export function splitArguments(text: string, contentStart: number, contentEnd: number, base: number, keywordLength: number, escape: string): Arg[] {
  const args: Arg[] = []
  const from = contentStart + keywordLength // fullArgs[i] is text[from + i]
  const length = Math.max(contentEnd - from, 0)
  const offset = base + keywordLength
  let start = false
  let comment = false
  let found = -1
  // whether a space or tab was found after an escaped newline
  let escapedWhitespaceDetected = false
  // whether the scan is in an escaped newline sequence
  let escaping = false
  let escapeMarker = -1
  const word = new WordBuilder(text)
  const escapeCode = escape.charCodeAt(0)
  for (let i = 0; i < length; i++) {
    const char = text[from + i]
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
      if (escaping) {
        escapedWhitespaceDetected = true
        if (char === '\r' || char === '\n') {
          // a newline: whitespace before it does not count
          escapedWhitespaceDetected = false
          if (comment) {
            comment = false
            start = true
          }
        }
        continue
      } else if (found !== -1) {
        args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + (escapeMarker === -1 ? i : escapeMarker)) })
        escapeMarker = -1
        found = -1
      }
    } else if (char === escape) {
      const next = i + 1 < length ? text[from + i + 1] : ''
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          switch (text[from + j]) {
            case ' ':
            case '\t':
              continue
            case '\r':
            case '\n':
              if (text[from + j] === '\r') j++ // taken for `\r\n`, as dockerfile-ast does
              comment = false
              escaping = true
              start = true
              if (found !== -1) escapeMarker = i
              i = j
              break whitespaceCheck
            default:
              escapeMarker = i
              if (found === -1) i = j - 1
              break whitespaceCheck
          }
        }
      } else if (next === '\r') {
        comment = false
        escaping = true
        start = true
        if (found !== -1 && escapeMarker === -1) escapeMarker = i
        i += 2
      } else if (next === '\n') {
        comment = false
        escaping = true
        start = true
        if (found !== -1 && escapeMarker === -1) escapeMarker = i
        i++
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + escapeMarker) })
          found = -1
        }
        escapeMarker = -1
        escapedWhitespaceDetected = false
        escaping = false
        if (next === '$') {
          word.append(from + i, 2) // the escape and the `$`
        } else if (next === '') {
          break // the end of the text
        } else {
          word.append(from + i + 1, 1) // the character escaped
        }
        if (found === -1) found = i
        i++
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + escapeMarker) })
          found = -1
        }
        escapedWhitespaceDetected = false
        escaping = false
        escapeMarker = -1
        // The characters up to the next blank or escape only lengthen the word: taken in one step.
        let end = i + 1
        while (end < length && !endsRun(text.charCodeAt(from + end), escapeCode)) end++
        word.append(from + i, end - i)
        if (found === -1) found = i
        i = end - 1
      }
      // a character other than whitespace: no longer at the start of a line
      start = false
    }
  }
  if (found !== -1) args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + (escapeMarker === -1 ? length : escapeMarker)) })
  return args
}

/** A blank (space, tab, `\r`, `\n`) or the escape character, by char code. */
function endsRun(code: number, escapeCode: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === escapeCode
}

/**
 * The value of the word being read. dockerfile-ast appends one character at a time; this keeps the
 * current run of characters as offsets and copies it when the run breaks: the same string, without a
 * new string per character.
 */
class WordBuilder {
  private value = ''
  private start = -1
  private end = -1

  constructor(private readonly text: string) {}

  /** Appends the `length` characters at `at`. */
  append(at: number, length: number): void {
    if (at === this.end) {
      this.end += length
      return
    }
    if (this.start >= 0) this.value += this.text.slice(this.start, this.end)
    this.start = at
    this.end = at + length
  }

  /** The word, and a fresh start for the next one. */
  take(): string {
    const value = this.start >= 0 ? this.value + this.text.slice(this.start, this.end) : this.value
    this.value = ''
    this.start = this.end = -1
    return value
  }
}

/**
 * The offset dockerfile-ast reports for `offset`: its positions never fall between the `\r` and the
 * `\n` of a line break (the text has no lone `\r`: see parse.ts).
 */
function position(text: string, offset: number): number {
  return text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13 ? offset - 1 : offset
}

/** The instructions dockerfile-ast reads flags for (the others' stopSearchingForFlags always stops). */
const FLAGGED = new Set(['ADD', 'COPY', 'FROM', 'HEALTHCHECK', 'RUN'])

/**
 * The flags among the words of an instruction, as dockerfile-ast's getFlags reads them: `--name[=value]`
 * words, up to the word that ends its search. Its getArguments then drops as many leading words as it
 * found flags, whichever words they were.
 */
export function readFlags(keyword: string, words: readonly Arg[], text: string): Flag[] {
  const flags: Flag[] = []
  if (!FLAGGED.has(keyword)) return flags
  for (const word of words) {
    const value = word.value
    if (endsFlags(keyword, value)) break
    if (!value.startsWith('--')) continue
    // The library finds the `=` in the text as written, and uses that index in the value too.
    const index = text.slice(word.start, word.end).indexOf('=')
    const nameIndex = value.indexOf('=')
    let name = value.substring(2)
    let flagValue: string | undefined
    if (index === value.length - 1) {
      name = value.substring(2, index)
      flagValue = ''
    } else if (index !== -1) {
      name = value.substring(2, nameIndex)
      flagValue = value.substring(nameIndex + 1)
    }
    flags.push({ name, value: flagValue, options: flagOptions(flagValue), start: word.start, end: word.end })
  }
  return flags
}

/** The word where dockerfile-ast's stopSearchingForFlags stops: for HEALTHCHECK its `CMD` or `NONE`, else one without `--`. */
function endsFlags(keyword: string, value: string): boolean {
  if (keyword !== 'HEALTHCHECK') return !value.includes('--')
  const upper = value.toUpperCase()
  return upper === 'CMD' || upper === 'NONE'
}

/** `type=cache,target=/x` → { type: 'cache', target: '/x' } */
export function flagOptions(value: string | undefined): Record<string, string> {
  const options: Record<string, string> = {}
  if (!value) return options
  for (let start = 0; start <= value.length; ) {
    let end = value.indexOf(',', start)
    if (end < 0) end = value.length
    const eq = value.indexOf('=', start)
    if (eq < 0 || eq > end) options[value.slice(start, end).trim()] = ''
    else options[value.slice(start, eq).trim()] = value.slice(eq + 1, end).trim()
    start = end + 1
  }
  return options
}
