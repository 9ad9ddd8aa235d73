// What a pull request gets: the sticky summary comment, edited in place, and one review with the
// inline comments that are new, then the cleanup of comments whose findings are gone. A constant
// handful of requests: list the summary and our comments, write the summary, post one review.
// A refusal (read-only token) or any other API failure is reported, never thrown: reporting must
// not fail the step.
import * as core from '@actions/core'
import type { Comment } from '../inputs.js'
import type { Finding } from '../lint.js'
import { plural } from '../report/counts.js'
import { isPermissionError, messageOf, type GitHub } from '../github/client.js'
import { reviewBody } from '../github/comment-body.js'
import { planReview, type ExistingComment, type ReviewPlan } from '../github/comments.js'
import type { Diffs } from '../github/filter.js'
import type { PullRequest } from '../github/pull-request.js'
import { listReviewComments, postReview, retireComments } from '../github/review.js'
import { findSticky, writeSticky, type StickyComment } from '../github/sticky-comment.js'
import { summaryBody, type SummaryInput } from '../github/summary.js'
import type { Refusal } from './access.js'

export interface PullRequestInput {
  mode: Exclude<Comment, 'off'>
  suggestions: boolean
  /** Everything the summary shows but the review's overflow, which this step decides. */
  summary: Omit<SummaryInput, 'overflow'>
  diffs: Diffs
  /** The text of each linted file, for the finding markers and the suggestions. */
  sources: ReadonlyMap<string, string>
}

export interface PullRequestOutcome {
  /** The counted findings the review had no room for: the summary lists them, the job summary too. */
  overflow: Finding[]
  /** The sticky comment's URL, once written. */
  url?: string
  refusal?: Refusal
  /** Failures other than permissions, for the log's warnings. */
  warnings: string[]
}

const NO_REVIEW: ReviewPlan = { comments: [], present: [], stale: [], overflow: [], uncommentable: [] }

export async function commentOnPullRequest(octokit: GitHub, pr: PullRequest, input: PullRequestInput): Promise<PullRequestOutcome> {
  const review = input.mode === 'review'
  const outcome: PullRequestOutcome = { overflow: [], warnings: [] }
  const refused = (error: unknown, what = 'comment on the pull request'): PullRequestOutcome => ({
    ...outcome,
    refusal: { what, permission: 'pull-requests: write', why: messageOf(error) }
  })

  let sticky: StickyComment | undefined
  let existing: ExistingComment[] = []
  try {
    ;[sticky, existing] = await Promise.all([findSticky(octokit, pr), review ? listReviewComments(octokit, pr) : []])
  } catch (error) {
    if (isPermissionError(error)) return refused(error)
    return { ...outcome, warnings: [`Could not read the pull request's comments, so none were posted: ${messageOf(error)}`] }
  }

  const plan = (cap?: number) => planReview(input.summary.counted, input.diffs, input.sources, existing, { suggestions: input.suggestions, cap })
  let planned = review ? plan() : NO_REVIEW
  const summarize = async (): Promise<void> => {
    outcome.overflow = planned.overflow
    const written = await writeSticky(octokit, pr, summaryBody({ ...input.summary, overflow: planned.overflow }), sticky)
    sticky = written.comment
    outcome.url = written.comment.html_url
    core.info(`Summary comment ${written.action}: ${outcome.url}`)
  }
  try {
    await summarize()
  } catch (error) {
    if (isPermissionError(error)) return refused(error)
    outcome.warnings.push(`Could not write the summary comment: ${messageOf(error)}`)
  }
  if (!review) return outcome

  if (planned.comments.length > 0) {
    try {
      const url = await postReview(octokit, pr, planned.comments, reviewBody(planned.comments.length, outcome.url))
      core.info(`Review posted with ${plural(planned.comments.length, 'inline comment')}: ${url}`)
    } catch (error) {
      if (isPermissionError(error)) return refused(error, 'post the review')
      // GitHub takes a review whole or not at all (a line that left the diff through a push during
      // the run rejects it with 422): the summary then lists what the review would have said.
      outcome.warnings.push(`Could not post the review (${messageOf(error)}); the summary comment lists its findings instead.`)
      planned = plan(0)
      await summarize().catch((again: unknown) => outcome.warnings.push(`Could not write the summary comment: ${messageOf(again)}`))
    }
  }
  logPlan(planned)

  try {
    const bodies = new Map(existing.map((comment) => [comment.id, comment.body ?? '']))
    const retired = await retireComments(octokit, pr, planned.stale, bodies)
    if (retired.deleted || retired.minimized) core.info(`Earlier comments whose findings are gone: ${retired.deleted} deleted, ${retired.minimized} hidden as outdated (someone replied).`)
  } catch (error) {
    outcome.warnings.push(`Could not remove the earlier comments whose findings are gone: ${messageOf(error)}`)
  }
  return outcome
}

function logPlan(plan: ReviewPlan): void {
  const parts = [
    plan.comments.length === 0 && 'nothing new to comment, so no review',
    plan.present.length > 0 && `${plural(plan.present.length, 'finding')} already commented`,
    plan.overflow.length > 0 && `${plural(plan.overflow.length, 'finding')} over the inline-comment cap (listed in the summary)`,
    plan.uncommentable.length > 0 && `${plural(plan.uncommentable.length, 'finding')} on lines the diff does not show (listed in the summary)`
  ].filter(Boolean)
  if (parts.length) core.info(`Review: ${parts.join('; ')}.`)
}
