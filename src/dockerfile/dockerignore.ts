// The `.dockerignore` of a build context, read and matched as BuildKit does (moby/patternmatcher and
// its ignorefile package): which paths of the context `docker build` leaves out. Paths here are
// context-relative, '/'-separated and clean (`cleanPath`); `.` is the context root.
import { cleanPath, perFile } from './helpers.js'
import type { Dockerfile } from './model.js'
import { stripBom } from './positions.js'

export interface IgnorePattern {
  /** The pattern as moby keeps it: cleaned, relative, without its `!`. */
  text: string
  /** A `!` line: an exception that brings the paths it matches back into the context. */
  exception: boolean
  /** 1-based line of the file. */
  line: number
  /** Whether the pattern matches `path` itself (moby's `Pattern.match`). */
  matches(path: string): boolean
}

export interface Dockerignore {
  patterns: readonly IgnorePattern[]
  /**
   * The pattern that leaves `path` out of the context: the last one that matches it or one of its
   * parent directories, when that is not an exception (moby's `MatchesOrParentMatches`). Undefined when
   * the path is sent.
   */
  excludedBy(path: string): IgnorePattern | undefined
  /**
   * The pattern that leaves out `path` and everything under it, so that a COPY of it finds nothing:
   * undefined when any of it may be sent. A source with wildcards counts when its directory is left
   * out, or when it is itself a pattern of the file (`*.md`) that no later exception follows; `.` (the
   * whole context) when a line that leaves out everything (`*`, `**`) has no exception after it.
   */
  excludesAll(path: string): IgnorePattern | undefined
}

/** A `.dockerignore` BuildKit refuses to read: the build fails before any COPY. */
export class DockerignoreError extends Error {
  constructor(
    readonly line: number,
    reason: string
  ) {
    super(`line ${line}: ${reason}`)
  }
}

/** Regex metacharacters that mean nothing in a pattern and are matched as themselves (moby's `shouldEscape`). */
const LITERAL = new Set('.+()|{}$')
const WILDCARD = /[*?[]/
/** The patterns BuildKit takes for "the whole context" (its `copySourceRootIgnored`). */
const EVERYTHING = new Set(['*', '**', '**/*'])

/** Reads a `.dockerignore` as BuildKit does; throws DockerignoreError where BuildKit fails the build. */
export function parseDockerignore(text: string): Dockerignore {
  const patterns: IgnorePattern[] = []
  stripBom(text).split('\n').forEach((raw, index) => {
    // ignorefile.ReadAll: `#` only at the very start makes a comment; `!` and a leading `/` are normalised.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.startsWith('#')) return
    let pattern = line.trim()
    if (!pattern) return
    const exception = pattern.startsWith('!')
    if (exception) pattern = pattern.slice(1).trim()
    if (!pattern) throw new DockerignoreError(index + 1, 'a `!` with no pattern after it ("illegal exclusion pattern")')
    pattern = cleanPath(pattern)
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1)
    if (!isValidGlob(pattern)) throw new DockerignoreError(index + 1, `\`${pattern}\` is not a valid pattern ("syntax error in pattern")`)
    const matches = compile(pattern)
    if (!matches) throw new DockerignoreError(index + 1, `\`${pattern}\` is not a valid pattern`)
    patterns.push({ text: pattern, exception, line: index + 1, matches })
  })
  return {
    patterns,
    excludedBy: (path) => decidingPattern(patterns, path),
    excludesAll: (path) => excludesAll(patterns, path)
  }
}

/**
 * The `.dockerignore` that applies to this Dockerfile (`SourceFile.dockerignore`, passed on by `lint`),
 * read once per file; undefined when there is none or BuildKit would refuse it.
 */
export function dockerignoreOf(dockerfile: Dockerfile): Dockerignore | undefined {
  const file = dockerfile.context?.dockerignore
  if (!file) return undefined
  const parsed = perFile(dockerfile, readDockerignore)
  return parsed === null ? undefined : parsed
}

function readDockerignore(dockerfile: Dockerfile): Dockerignore | null {
  try {
    return parseDockerignore(dockerfile.context?.dockerignore?.text ?? '')
  } catch (error) {
    if (error instanceof DockerignoreError) return null
    throw error
  }
}

/** The last pattern that matches `path` or a parent of it, unless that is an exception. */
function decidingPattern(patterns: readonly IgnorePattern[], path: string): IgnorePattern | undefined {
  const index = lastMatch(patterns, path)
  return index >= 0 && !patterns[index].exception ? patterns[index] : undefined
}

function lastMatch(patterns: readonly IgnorePattern[], path: string): number {
  for (let i = patterns.length - 1; i >= 0; i--) if (matchesOrParent(patterns[i], path)) return i
  return -1
}

function matchesOrParent(pattern: IgnorePattern, path: string): boolean {
  if (pattern.matches(path)) return true
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    if (pattern.matches(path.slice(0, slash))) return true
  }
  return false
}

function excludesAll(patterns: readonly IgnorePattern[], path: string): IgnorePattern | undefined {
  const noExceptionAfter = (index: number) => !patterns.slice(index + 1).some((p) => p.exception)
  if (path === '.') {
    const index = patterns.findLastIndex((p) => !p.exception && EVERYTHING.has(p.text))
    return index >= 0 && noExceptionAfter(index) ? patterns[index] : undefined
  }
  const dirs = path.split('/')
  const wildcard = dirs.findIndex((dir) => WILDCARD.test(dir))
  if (wildcard >= 0) {
    const index = patterns.findLastIndex((p) => !p.exception && p.text === path)
    if (index >= 0 && noExceptionAfter(index)) return patterns[index]
    return wildcard > 0 ? excludesAll(patterns, dirs.slice(0, wildcard).join('/')) : undefined
  }
  // Only an exception after the deciding pattern can bring back something under the path.
  const index = lastMatch(patterns, path)
  if (index < 0 || patterns[index].exception) return undefined
  return patterns.slice(index + 1).some((p) => p.exception && mayMatchUnder(p.text, dirs)) ? undefined : patterns[index]
}

/**
 * Whether a pattern may match a path strictly under `dirs`: its first directories match them one by
 * one and it goes deeper. A `**` may match anything, so it counts from where it stands.
 */
function mayMatchUnder(pattern: string, dirs: readonly string[]): boolean {
  const parts = pattern.split('/')
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].includes('**') || i === dirs.length) return true
    if (!compile(parts[i])?.(dirs[i])) return false
  }
  return false
}

/**
 * moby's `Pattern.compile`: `*` and `?` stop at `/`, `**` crosses it, `[…]` is a class and `\` escapes.
 * A pattern with no wildcard is compared as it is, `dir/**` as a prefix and `**…` (with no other
 * wildcard) as a suffix. Undefined when the regular expression it makes is not valid.
 */
function compile(pattern: string): ((path: string) => boolean) | undefined {
  const chars = Array.from(pattern)
  let regex = '^'
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact'
  for (let k = 0, first = true; k < chars.length; first = false) {
    const ch = chars[k++]
    if (ch === '*' && chars[k] === '*') {
      k++
      if (chars[k] === '/') k++
      if (k < chars.length) {
        regex += '(.*/)?'
        kind = 'regexp'
      } else if (kind === 'exact') {
        kind = 'prefix'
      } else {
        regex += '.*'
        kind = 'regexp'
      }
      if (first) kind = 'suffix'
    } else if (ch === '*' || ch === '?') {
      regex += ch === '*' ? '[^/]*' : '[^/]'
      kind = 'regexp'
    } else if (LITERAL.has(ch)) {
      regex += `\\${ch}`
    } else if (ch === '\\' && k < chars.length) {
      regex += `\\${chars[k++]}`
      kind = 'regexp'
    } else if (ch === '[' || ch === ']') {
      regex += ch
      kind = 'regexp'
    } else {
      regex += ch
    }
  }
  if (kind === 'exact') return (path) => path === pattern
  if (kind === 'prefix') return (path) => path.startsWith(pattern.slice(0, -2))
  if (kind === 'suffix') {
    const suffix = pattern.slice(2)
    return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1))
  }
  try {
    const re = new RegExp(`${regex}$`)
    return (path) => re.test(path)
  } catch {
    return undefined
  }
}

/**
 * The syntax check moby makes with Go's `filepath.Match`: every `[…]` class closed and holding at least
 * one character or range, no `-` or `]` where a character is expected, no `\` at the very end.
 */
function isValidGlob(pattern: string): boolean {
  let i = 0
  /** Reads one character of a class (escaped or not); false where Go's `getEsc` fails. */
  const classChar = (): boolean => {
    if (i >= pattern.length || pattern[i] === '-' || pattern[i] === ']') return false
    if (pattern[i] === '\\' && ++i >= pattern.length) return false
    i += pattern.codePointAt(i)! > 0xffff ? 2 : 1
    return i < pattern.length
  }
  while (i < pattern.length) {
    const ch = pattern[i++]
    if (ch === '\\') {
      if (i++ >= pattern.length) return false
    } else if (ch === '[') {
      if (pattern[i] === '^') i++
      for (let ranges = 0; !(pattern[i] === ']' && ranges > 0); ranges++) {
        if (!classChar()) return false
        if (pattern[i] === '-') {
          i++
          if (!classChar()) return false
        }
      }
      i++
    }
  }
  return true
}
