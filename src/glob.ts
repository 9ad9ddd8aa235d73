// Glob patterns as the `patterns` input and the CLI use them, compiled to regular expressions.
/**
 * One predicate for a list of glob patterns over '/'-separated relative paths: `**` spans any number
 * of directories, `*` and `?` stay within one, `[a-z]`/`[!a-z]` are character classes. A leading `!`
 * excludes; as in .gitignore, the last pattern that matches a path decides.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#'))
    .map((p) => (p.startsWith('!') ? { include: false, re: globToRegExp(p.slice(1)) } : { include: true, re: globToRegExp(p) }))
  return (path) => {
    let included = false
    for (const { include, re } of compiled) if (include !== included && re.test(path)) included = include
    return included
  }
}

export function globToRegExp(glob: string): RegExp {
  const g = glob.replace(/^\.\//, '')
  let re = ''
  for (let i = 0; i < g.length; i++) {
    const c = g[i]
    const segmentStart = i === 0 || g[i - 1] === '/'
    if (c === '*' && g[i + 1] === '*' && segmentStart && (g[i + 2] === '/' || i + 2 === g.length)) {
      re += g[i + 2] === '/' ? '(?:[^/]*/)*' : '.*' // `**/` is zero or more directories; a final `**` is anything
      i += 2
    } else if (c === '*') {
      while (g[i + 1] === '*') i++
      re += '[^/]*'
    } else if (c === '?') {
      re += '[^/]'
    } else if (c === '[' && classEnd(g, i) > 0) {
      const end = classEnd(g, i)
      const negated = g[i + 1] === '!' || g[i + 1] === '^'
      const body = g.slice(i + (negated ? 2 : 1), end).replace(/[\\\]^]/g, '\\$&')
      re += negated ? `[^/${body}]` : `[${body}]`
      i = end
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${re}$`)
}

/** The index of the `]` closing the class opened at `open` (a `]` first in the class is literal), or -1. */
function classEnd(glob: string, open: number): number {
  let i = open + 1
  if (glob[i] === '!' || glob[i] === '^') i++
  const end = glob.indexOf(']', i + 1)
  return glob.slice(open, end).includes('/') ? -1 : end
}
