// The review on the API: our earlier inline comments, the one review a run posts, and retiring
// comments whose findings are gone (deleted, or hidden as outdated when someone replied).
import type { GitHub } from './client.js'
import { statusOf } from './client.js'
import type { DraftComment, ExistingComment, StaleComment } from './comments.js'
import { retireMarkers } from './markers.js'
import type { PullRequest } from './pull-request.js'

/** Every review comment of the pull request (ours are told apart by their markers, comments.ts). */
export async function listReviewComments(octokit: GitHub, pr: PullRequest): Promise<ExistingComment[]> {
  return octokit.paginate(octokit.rest.pulls.listReviewComments, { ...pr.repo, pull_number: pr.number, per_page: 100 })
}

/**
 * One review with every comment, on the head commit the findings are about. `event: COMMENT`:
 * a linter informs; whether the change may merge is the `fail-on` check's call.
 */
export async function postReview(octokit: GitHub, pr: PullRequest, comments: readonly DraftComment[], body: string): Promise<string> {
  const { data } = await octokit.rest.pulls.createReview({ ...pr.repo, pull_number: pr.number, commit_id: pr.headSha, event: 'COMMENT', body, comments: [...comments] })
  return data.html_url
}

export interface Retired {
  deleted: number
  minimized: number
}

/**
 * Deletes our comments whose findings are gone; one somebody replied to is kept for the thread's
 * sake, hidden as outdated, and its markers are retired so the next run leaves it alone.
 */
export async function retireComments(octokit: GitHub, pr: PullRequest, stale: readonly StaleComment[], bodies: ReadonlyMap<number, string>): Promise<Retired> {
  const retired: Retired = { deleted: 0, minimized: 0 }
  for (const comment of stale) {
    if (!comment.replies) {
      try {
        await octokit.rest.pulls.deleteReviewComment({ ...pr.repo, comment_id: comment.id })
      } catch (error) {
        // Already deleted by someone else: what we wanted.
        if (statusOf(error) !== 404) throw error
      }
      retired.deleted++
      continue
    }
    if (comment.node_id) {
      await octokit.graphql('mutation($subject: ID!) { minimizeComment(input: { subjectId: $subject, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', { subject: comment.node_id })
    }
    const body = bodies.get(comment.id)
    if (body !== undefined) await octokit.rest.pulls.updateReviewComment({ ...pr.repo, comment_id: comment.id, body: retireMarkers(body) })
    retired.minimized++
  }
  return retired
}
