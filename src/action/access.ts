// When the token may not write (a fork's pull request, a job without the permission), the run
// still reports through annotations, the job summary and the SARIF file. The user gets one notice
// that says what was not posted, why, and which permission to add, instead of a failure.

export type Permission = 'pull-requests: write' | 'security-events: write'

export interface Refusal {
  /** What could not be done, as a verb phrase: "comment on the pull request". */
  what: string
  permission: Permission
  /** GitHub's answer, or the reason known up front. */
  why: string
}

const FALLBACK = 'The findings are in the annotations, the job summary and the SARIF file.'

/** The one notice for every refusal of the run; undefined when there was none. */
export function accessNotice(refusals: readonly Refusal[], readOnly?: string): string | undefined {
  if (refusals.length === 0) return undefined
  const what = joined(refusals.map((refusal) => refusal.what))
  if (readOnly) {
    // A workflow's `permissions` cannot raise a fork's token, so there is nothing to add to the job.
    return `dockerfile-guard did not ${what}: ${readOnly}. ${FALLBACK} (The README explains how to comment on pull requests from forks safely.)`
  }
  const why = [...new Set(refusals.map((refusal) => refusal.why))].join('; ')
  const permissions = [...new Set(refusals.map((refusal) => `\`${refusal.permission}\``))].join(' and ')
  return `dockerfile-guard could not ${what}: GitHub answered "${why}". Give the job ${permissions} in the workflow's \`permissions:\`. ${FALLBACK}`
}

/** "a", "a or b", "a, b or c": what was not done, in a negative sentence. */
function joined(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`
}
