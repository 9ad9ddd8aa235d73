// Pull requests: the PR, its files, its reviews and review comments.
import type { Context, Handler } from './context.js'
import { findLine, type DiffLine, type Side } from './diff.js'
import { notFound, paginate, unprocessable, type Reply } from './replies.js'
import { diffEntry, review, reviewComment, type CommentPlace, type Json } from './shapes.js'
import type { Pull } from './state.js'

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_PULL_FILES = 3000

const DIFF_HUNK_BLANK = "Pull request review thread diff hunk can't be blank"

export const pullHandlers: Record<string, Handler> = {
  'pulls/get': (c) => withPull(c, (pull) => ({ status: 200, body: pull.data })),

  'pulls/list-files': (c) =>
    withPull(c, (pull) => paginate(pull.files.map((file) => diffEntry(c.state.repository, pull.data.head.sha, file)), c.url, MAX_PULL_FILES)),

  'pulls/list-reviews': (c) => withPull(c, (pull) => paginate(pull.reviews, c.url)),

  'pulls/list-review-comments': (c) => withPull(c, (pull) => paginate(pull.reviewComments, c.url)),

  'pulls/create-review': (c) => withPull(c, (pull) => createReview(c, pull)),

  'pulls/update-review-comment': (c) => {
    const found = c.state.findComment('reviewComments', Number(c.params.comment_id))
    if (!found) return notFound(c.docs)
    Object.assign(found.comment, { body: c.body.body, updated_at: c.now })
    return { status: 200, body: found.comment }
  },

  'pulls/delete-review-comment': (c) => {
    const found = c.state.findComment('reviewComments', Number(c.params.comment_id))
    if (!found) return notFound(c.docs)
    found.pull.reviewComments.splice(found.index, 1)
    return { status: 204 }
  }
}

function withPull(c: Context, answer: (pull: Pull) => Reply): Reply {
  const pull = c.state.pulls.get(Number(c.params.pull_number))
  return pull ? answer(pull) : notFound(c.docs)
}

/**
 * One review with its comments, all or nothing: a single comment off the diff rejects the whole
 * review with GitHub's 422, and nothing is stored.
 */
function createReview(c: Context, pull: Pull): Reply {
  const { body = '', event, comments = [] } = c.body as { body?: string; event?: string; comments?: Json[] }
  const commit = c.body.commit_id ?? pull.data.head.sha
  if (!pull.commits.has(commit)) return unprocessable(c.docs, [`No commit found for SHA: ${commit}`])
  if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body.trim()) return unprocessable(c.docs, ["Body can't be blank"])
  if (!event && pull.reviews.some((r) => r.state === 'PENDING' && r.user.login === c.actor.login)) {
    return unprocessable(c.docs, ['User can only have one pending review per pull request'])
  }
  const places: CommentPlace[] = []
  for (const comment of comments) {
    const place = locate(pull, comment)
    if (typeof place === 'string') return unprocessable(c.docs, [place])
    places.push(place)
  }
  const state = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' }[event ?? ''] ?? 'PENDING'
  const created = review(c.state.repository, pull.number, c.state.nextId(), commit, body, state, c.actor, c.now)
  pull.reviews.push(created)
  places.forEach((place, i) => {
    pull.reviewComments.push(reviewComment(c.state.repository, pull.number, c.state.nextId(), created.id, commit, comments[i].body, place, c.actor, c.now))
  })
  return { status: 200, body: created }
}

/** Where a review comment lands in the file's diff, or GitHub's reason for refusing it. */
function locate(pull: Pull, comment: Json): CommentPlace | string {
  const lines = pull.diffs.get(comment.path)
  if (!lines) return 'Pull request review thread path is invalid'
  if (comment.line === undefined) {
    // The legacy `position`: lines below the first hunk header; prefer the new side of context lines.
    const line = [...lines].reverse().find((l) => l.position === comment.position)
    return line ? { path: comment.path, line } : `Pull request review thread position is invalid and ${DIFF_HUNK_BLANK}`
  }
  const line = findLine(lines, (comment.side ?? 'RIGHT') as Side, comment.line)
  if (!line) return `Pull request review thread line must be part of the diff and ${DIFF_HUNK_BLANK}`
  if (comment.start_line === undefined) return { path: comment.path, line }
  const start: DiffLine | undefined = findLine(lines, (comment.start_side ?? comment.side ?? 'RIGHT') as Side, comment.start_line)
  if (!start || start.hunk !== line.hunk) return 'Pull request review thread start line must be part of the same hunk as the line.'
  if (start.position >= line.position) return 'Pull request review thread start line must precede the end line.'
  return { path: comment.path, line, start }
}
