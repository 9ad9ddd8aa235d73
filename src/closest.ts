// "Did you mean …?": the known name nearest to a mistyped one, for configuration keys and rule ids
// and for the variables of a Dockerfile.

/** The known name nearest to `name` (case ignored) within `maxEdits` edits, other than `name` itself. */
export function closest(name: string, known: Iterable<string>, maxEdits: number): string | undefined {
  let best: string | undefined
  let bestDistance = maxEdits + 1
  for (const candidate of known) {
    const d = candidate === name ? Infinity : editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

/** Edits that turn `a` into `b`: a letter added, dropped or changed, or two neighbours swapped (`PAHT`, `PATH`). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}
