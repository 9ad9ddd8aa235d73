// The pull request a run is about, as the event payload describes it, and what its token may do.
import type { Repository } from './client.js'

export interface PullRequest {
  repo: Repository
  number: number
  /** The commit the review comments and the SARIF results are about. */
  headSha: string
  /** `pull_request_target`: the workspace holds the base branch, the token can write. */
  target: boolean
  /**
   * Why the token is read-only, when the payload says so up front: a pull request from a fork of
   * a public repository gets a read-only GITHUB_TOKEN, whatever the workflow's `permissions`.
   */
  readOnly?: string
}

/** The part of the workflow context this module reads (`github.context` fits). */
export interface PullRequestEvent {
  eventName: string
  repo: Repository
  payload: {
    pull_request?: {
      number: number
      head?: { sha?: string; repo?: { full_name?: string } | null }
      base?: { repo?: { full_name?: string; private?: boolean } }
    }
  }
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export function pullRequestOf(event: PullRequestEvent): PullRequest | undefined {
  const pull = event.payload.pull_request
  if (!pull || !PULL_REQUEST_EVENTS.includes(event.eventName)) return undefined
  const target = event.eventName === 'pull_request_target'
  const base = pull.base?.repo
  // A deleted fork leaves `head.repo` null.
  const fork = pull.head?.repo?.full_name !== base?.full_name
  // On a private repository an admin may send write tokens to fork pull requests: try, and catch the 403.
  const readOnly = !target && fork && base?.private === false ? 'this pull request comes from a fork, and GitHub gives such runs a read-only token' : undefined
  return { repo: event.repo, number: pull.number, headSha: pull.head?.sha ?? '', target, ...(readOnly ? { readOnly } : {}) }
}
