// Issue comments on a pull request (every PR is an issue): where the sticky summary lives.
import type { Context, Handler } from './context.js'
import { notFound, paginate, validationFailed, type Reply } from './replies.js'
import { issueComment } from './shapes.js'

/** GitHub's limit on a comment body, in characters. */
export const MAX_BODY = 65536

export const issueHandlers: Record<string, Handler> = {
  'issues/list-comments': (c) => {
    const pull = c.state.pulls.get(Number(c.params.issue_number))
    if (!pull) return notFound(c.docs)
    const since = c.url.searchParams.get('since')
    return paginate(since ? pull.issueComments.filter((comment) => comment.updated_at >= since) : pull.issueComments, c.url)
  },

  'issues/create-comment': (c) => {
    const pull = c.state.pulls.get(Number(c.params.issue_number))
    if (!pull) return notFound(c.docs)
    const tooLong = bodyTooLong(c)
    if (tooLong) return tooLong
    const created = issueComment(c.state.repository, pull.number, c.state.nextId(), c.body.body, c.actor, c.now)
    pull.issueComments.push(created)
    return { status: 201, body: created, headers: { location: created.url } }
  },

  'issues/update-comment': (c) => {
    const found = c.state.findComment('issueComments', Number(c.params.comment_id))
    if (!found) return notFound(c.docs)
    const tooLong = bodyTooLong(c)
    if (tooLong) return tooLong
    Object.assign(found.comment, { body: c.body.body, updated_at: c.now })
    return { status: 200, body: found.comment }
  },

  'issues/delete-comment': (c) => {
    const found = c.state.findComment('issueComments', Number(c.params.comment_id))
    if (!found) return notFound(c.docs)
    found.pull.issueComments.splice(found.index, 1)
    return { status: 204 }
  }
}

function bodyTooLong(c: Context): Reply | undefined {
  if ([...String(c.body.body)].length <= MAX_BODY) return undefined
  return validationFailed(c.docs, [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY} characters)` }])
}
