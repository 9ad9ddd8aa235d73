// The files a pull request or a push changed, with their diffs, from the GitHub API. When that
// cannot be known (a new branch, a list GitHub truncates, a base commit that a force-push made
// unreachable), the answer is the reason, and the caller lints every Dockerfile instead: linting
// more is safe, linting less would hide findings.
import type { GitHub } from '../github/client.js'
import { diffOf, type DiffEntry, type FileDiff } from '../github/diff.js'

export type { GitHub }

/** The part of the workflow's event context this module reads (`github.context` fits). */
export interface Event {
  eventName: string
  payload: { pull_request?: { number: number }; before?: string; after?: string }
  repo: { owner: string; repo: string }
}

/** An added, modified or renamed file (under its new name), and where it changed. */
export interface ChangedFile {
  path: string
  diff: FileDiff
}

/** The files that exist after the change, or why there is no such list. */
export type Changed = { files: ChangedFile[]; source: string } | { reason: string }

/** GitHub lists at most 3,000 files of a pull request and 300 of a comparison. */
const PULL_REQUEST_LIMIT = 3000
const COMPARE_LIMIT = 300
const NO_COMMIT = /^0+$/

export async function changedFiles(octokit: GitHub, event: Event): Promise<Changed> {
  const pullRequest = event.payload.pull_request
  if (pullRequest) return pullRequestFiles(octokit, event.repo, pullRequest.number)
  if (event.eventName === 'push') return pushFiles(octokit, event)
  return { reason: `a ${event.eventName} event has no list of changed files` }
}

async function pullRequestFiles(octokit: GitHub, repo: Event['repo'], number: number): Promise<Changed> {
  let files
  try {
    files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })
  } catch (error) {
    throw new Error(`Could not list the files of pull request #${number}: ${messageOf(error)} (the token needs read access to the repository's contents and pull requests)`)
  }
  if (files.length >= PULL_REQUEST_LIMIT) return { reason: `pull request #${number} changes ${files.length} files or more, which is all GitHub lists` }
  return { files: present(files), source: `pull request #${number}` }
}

async function pushFiles(octokit: GitHub, event: Event): Promise<Changed> {
  const { before = '', after = '' } = event.payload
  if (!before || NO_COMMIT.test(before)) return { reason: 'the push created the branch, so there is no earlier commit to compare with' }
  if (!after || NO_COMMIT.test(after)) return { reason: 'the push deleted the branch' }
  const basehead = `${before}...${after}`
  let files
  try {
    // The files are listed on the first page only; one commit per page keeps the answer small.
    files = (await octokit.rest.repos.compareCommitsWithBasehead({ ...event.repo, basehead, per_page: 1 })).data.files ?? []
  } catch (error) {
    return { reason: `comparing ${short(before)}...${short(after)} failed (${messageOf(error)})` }
  }
  if (files.length >= COMPARE_LIMIT) return { reason: `the push changes ${files.length} files or more, which is all GitHub lists` }
  return { files: present(files), source: `the push ${short(before)}...${short(after)}` }
}

/** Files that exist after the change: a removed file has nothing to lint, and nothing to comment on. */
function present(files: readonly (DiffEntry & { filename: string; status: string })[]): ChangedFile[] {
  return files.filter((file) => file.status !== 'removed').map((file) => ({ path: file.filename, diff: diffOf(file) }))
}

const short = (sha: string): string => sha.slice(0, 7)

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
