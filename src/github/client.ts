// The Octokit the action talks to GitHub with: @actions/github's (proxy-aware, GITHUB_API_URL),
// plus retries with backoff on 5xx (plugin-retry) and on rate limits (plugin-throttling), and the
// few facts about API errors the callers decide on.
import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'

export type GitHub = ReturnType<typeof getOctokit>

/** `owner/repo`, as `github.context.repo` gives it. */
export interface Repository {
  owner: string
  repo: string
}

/** Retries after a rate limit, at most, per request. */
const RATE_LIMIT_RETRIES = 2
/** The longest wait worth it inside a CI step: a primary limit resetting in an hour is not. */
const MAX_WAIT_SECONDS = 90

export function createClient(token: string): GitHub {
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS
    core.info(`GitHub's ${kind} rate limit answered ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s` : 'giving up'}.`)
    return retrying
  }
  const octokit = getOctokit(
    token,
    {
      // Octokit's own warnings (deprecations, limit handler errors) go to the log, never as annotations.
      log: { debug: core.debug, info: core.debug, warn: core.info, error: core.info },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        // The plugin spaces writes 1 s apart, and comments and reviews 3 s apart, which protects
        // clients that write in bulk. A run writes a handful of times (the summary, one review, a
        // few deletions), so that spacing would only triple the step's time: writes still go one
        // at a time, and a secondary limit, should GitHub answer one, is waited out and retried.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 })
      }
    },
    retry,
    throttling
  )
  // The retry plugins count a request's retries on `options.request`, an object Octokit shares
  // between all requests that bring none of their own: without a copy per request, each retry in
  // a run would wait as if it were the retry of every earlier one (1 s, then 4 s, then 9 s, …).
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request }
  })
  return octokit
}

/** The HTTP status of an Octokit request error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Whether GitHub refused a write for lack of permission: 403 (`Resource not accessible by
 * integration`) or the 404 it answers instead on private repositories. Rate limits are 403s too,
 * but the throttling plugin has already waited those out; what reaches here is a refusal.
 */
export function isPermissionError(error: unknown): boolean {
  const status = statusOf(error)
  if (status === 404) return true
  const message = error instanceof Error ? error.message : String(error)
  // GraphQL reports a refusal inside a 200 answer, which Octokit throws without a status.
  if (status !== 403) return /Resource not accessible by integration/i.test(message)
  return !/rate limit/i.test(message)
}

/** The error's message, first line only: Octokit appends documentation URLs. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0].replace(/ - https:\/\/docs\.github\.com\S*$/, '')
}
