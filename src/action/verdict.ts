// The `fail-on` gate: whether the counted findings fail the step, and the sentence that says why.
import type { FailOn } from '../inputs.js'
import { atOrAbove, plural, type Counts } from '../report/counts.js'

/** Why the step fails under `fail-on`, or undefined when it passes. */
export function failure(counts: Counts, failOn: FailOn): string | undefined {
  const levels = atOrAbove(failOn)
  const total = levels.reduce((sum, level) => sum + counts[level], 0)
  if (total === 0) return undefined
  const parts = levels.filter((level) => counts[level] > 0).map((level) => plural(counts[level], level))
  return `Found ${plural(total, 'finding')} at or above the fail-on level "${failOn}" (${parts.join(', ')}); see the job summary.`
}
