// `partialFingerprints.primaryLocationLineHash`, computed exactly as GitHub's codeql-action does
// (src/fingerprints.ts there), so code scanning tracks our alerts across commits and does not
// recompute different values on upload. A rolling hash over the 100 significant characters from
// the start of each line: spaces and tabs are skipped, \r\n, \r and \n are one newline, and the
// text is read as UTF-16 code units. `:<n>` counts earlier lines with the same hash.

import type { Finding } from '../lint.js'
import { byFile } from './counts.js'

const BLOCK_SIZE = 100
const MASK = (1n << 64n) - 1n
const MOD = 37n
/** 37^100 mod 2^64: the weight of the character that leaves the window. */
const FIRST_MOD = MOD ** BigInt(BLOCK_SIZE) & MASK
/** Fed once after the last character, then zeros, so the last lines get a full window. */
const EOF = 0xffff
const TAB = 9
const LF = 10
const CR = 13
const SPACE = 32

/**
 * The fingerprint of every line of `text`: element i is line i + 1. A text ending in a newline has
 * one more (empty) line, as in codeql-action. Only lines up to `lastLine` are returned, and
 * hashing stops once they have their values.
 */
export function lineHashes(text: string, lastLine = Infinity): string[] {
  const window = new Array<number>(BLOCK_SIZE).fill(0)
  // The line that starts at each window slot, or 0 when no line starts there.
  const lineAt = new Array<number>(BLOCK_SIZE).fill(0)
  const seen = new Map<string, number>()
  const hashes: string[] = []
  let hash = 0n
  let index = 0
  let line = 0
  let atLineStart = true
  let afterCR = false

  const emit = (): void => {
    const hex = hash.toString(16)
    const count = (seen.get(hex) ?? 0) + 1
    seen.set(hex, count)
    hashes.push(`${hex}:${count}`)
    lineAt[index] = 0
  }
  const roll = (code: number): void => {
    const leaving = window[index]
    window[index] = code
    // BigInt `&` works on the two's complement, so this is the unsigned 64-bit wraparound.
    hash = (MOD * hash + BigInt(code) - FIRST_MOD * BigInt(leaving)) & MASK
    index = (index + 1) % BLOCK_SIZE
  }
  const read = (code: number): void => {
    if (code === SPACE || code === TAB || (afterCR && code === LF)) {
      afterCR = false
      return
    }
    afterCR = code === CR
    if (afterCR) code = LF
    if (lineAt[index] !== 0) emit()
    if (atLineStart) {
      atLineStart = false
      lineAt[index] = ++line
    }
    if (code === LF) atLineStart = true
    roll(code)
  }

  for (let i = 0; i < text.length && hashes.length < lastLine; i++) read(text.charCodeAt(i))
  if (hashes.length >= lastLine) return hashes.slice(0, lastLine)
  read(EOF)
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineAt[index] !== 0) emit()
    roll(0)
  }
  return hashes.slice(0, lastLine)
}

/**
 * The line hash of each finding whose file text is in `sources`, hashing each file once and only as far
 * as its last finding: SARIF's primaryLocationLineHash, and the base of the other formats' fingerprints.
 */
export function findingLineHashes(findings: readonly Finding[], sources: ReadonlyMap<string, string> | undefined): Map<Finding, string> {
  const byFinding = new Map<Finding, string>()
  if (!sources) return byFinding
  for (const [path, inFile] of byFile(findings)) {
    const text = sources.get(path)
    if (text === undefined) continue
    const hashes = lineHashes(text, inFile.reduce((last, finding) => Math.max(last, finding.line), 0))
    for (const finding of inFile) {
      const hash = hashes[finding.line - 1]
      if (hash) byFinding.set(finding, hash)
    }
  }
  return byFinding
}
