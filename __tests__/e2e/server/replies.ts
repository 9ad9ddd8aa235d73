// Responses as GitHub words them: error bodies, the faults a test can queue, and pagination.

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** Why the request is one GitHub rejects (its schema, or a rule the schema cannot express); recorded as a violation. */
  violation?: string[]
}

const REST_DOCS = 'https://docs.github.com/rest'

/** GitHub's error body: `message`, the operation's documentation URL, and the status as a string. */
export function error(status: number, message: string, docs = REST_DOCS, extra: object = {}): Reply {
  return { status, body: { message, ...extra, documentation_url: docs, status: String(status) } }
}

export const notFound = (docs = REST_DOCS): Reply => error(404, 'Not Found', docs)

/** A request that breaks the operation's schema: `Invalid request.` and one line per problem. */
export const invalidRequest = (docs: string, problems: string[], status = 422): Reply => error(status, `Invalid request.\n\n${problems.join('\n')}`, docs)

/** What a token without the needed write permission gets (fork PRs, Dependabot, missing `permissions:`). */
export const notAccessible = (docs: string): Reply => error(403, 'Resource not accessible by integration', docs)

/** 422 with plain-text errors, as the review endpoints answer for lines outside the diff. */
export const unprocessable = (docs: string, errors: string[]): Reply => error(422, 'Unprocessable Entity', docs, { errors })

/** 422 with structured errors, as for an issue comment over 65,536 characters. */
export const validationFailed = (docs: string, errors: { resource: string; field: string; code: string; message?: string }[]): Reply =>
  error(422, 'Validation Failed', docs, { errors })

// Faults a test can queue for a route (see GitHubServer.queue).

export const SERVER_ERROR: Reply = { status: 500, body: { message: 'Server Error' } }
export const BAD_GATEWAY: Reply = { status: 502, body: { message: 'Server Error' } }
export const SERVICE_UNAVAILABLE: Reply = { status: 503, body: { message: 'Service Unavailable' } }

/** GitHub's secondary rate limit: 403, `retry-after`, and the message @octokit/plugin-throttling recognises. */
export function secondaryRateLimit(retryAfterSeconds = 1): Reply {
  return {
    ...error(
      403,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID C0DE:1234:5678:9ABC:DEF0.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
    ),
    headers: { 'retry-after': String(retryAfterSeconds) }
  }
}

/** The primary rate limit: 403 with `x-ratelimit-remaining: 0` and the reset time in epoch seconds. */
export function rateLimitExceeded(resetInSeconds = 1): Reply {
  return {
    ...error(403, 'API rate limit exceeded for installation ID 1.', 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'),
    headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds) }
  }
}

/**
 * One page of `items` with GitHub's `Link` header (`prev`, `next`, `last`, `first`). `per_page`
 * defaults to 30 and is capped at 100, as on GitHub; `limit` caps the whole list (3,000 PR files).
 */
export function paginate(items: unknown[], url: URL, limit = Infinity): Reply {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1)
  const listed = items.slice(0, limit)
  const last = Math.max(Math.ceil(listed.length / perPage), 1)
  const link = (n: number, rel: string): string => {
    const target = new URL(url)
    target.searchParams.set('per_page', String(perPage))
    target.searchParams.set('page', String(n))
    return `<${target}>; rel="${rel}"`
  }
  const links = [page > 1 && link(Math.min(page - 1, last), 'prev'), page < last && link(page + 1, 'next'), page < last && link(last, 'last'), page > 1 && link(1, 'first')]
  const headers: Record<string, string> = {}
  if (links.some(Boolean)) headers.link = links.filter(Boolean).join(', ')
  return { status: 200, body: listed.slice((page - 1) * perPage, page * perPage), headers }
}
