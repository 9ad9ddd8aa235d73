// The sticky summary comment on the API: found again among the pull request's issue comments by
// its marker, then edited in place, or created when there is none. Never a second one.
import type { GitHub } from './client.js'
import type { PullRequest } from './pull-request.js'
import { findSummaryComment } from './summary.js'

export interface StickyComment {
  id: number
  body?: string
  html_url: string
}

/**
 * Our earlier summary. Comments come oldest first and ours is the oldest with the marker, so
 * the listing stops at the page that has it. The marker is what makes a comment ours: whoever
 * posts one on purpose gets it overwritten with the summary, nothing worse.
 */
export async function findSticky(octokit: GitHub, pr: PullRequest): Promise<StickyComment | undefined> {
  let found: StickyComment | undefined
  await octokit.paginate(octokit.rest.issues.listComments, { ...pr.repo, issue_number: pr.number, per_page: 100 }, (response, done) => {
    found = findSummaryComment(response.data)
    if (found) done()
    return []
  })
  return found
}

export interface StickyResult {
  comment: StickyComment
  /** What happened, for the log. */
  action: 'created' | 'edited' | 'unchanged'
}

/** Writes the summary: edits `existing` (unless its body is already this one) or creates the comment. */
export async function writeSticky(octokit: GitHub, pr: PullRequest, body: string, existing: StickyComment | undefined): Promise<StickyResult> {
  if (existing && existing.body === body) return { comment: existing, action: 'unchanged' }
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ ...pr.repo, comment_id: existing.id, body })
    return { comment: data, action: 'edited' }
  }
  const { data } = await octokit.rest.issues.createComment({ ...pr.repo, issue_number: pr.number, body })
  return { comment: data, action: 'created' }
}
