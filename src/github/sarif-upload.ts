// Uploading the SARIF log to code scanning through the REST API (`upload-sarif: true`), filed
// under the ref and commit that were linted, so that the alerts land on the right pull request or
// branch.
import type * as sarif from 'sarif'
import { gzipSync } from 'node:zlib'
import type { GitHub, Repository } from './client.js'
import { isPermissionError, messageOf, statusOf } from './client.js'
import type { PullRequest } from './pull-request.js'

export interface SarifTarget {
  ref: string
  commitSha: string
}

/** The part of the workflow context this module reads (`github.context` fits). */
export interface UploadEvent {
  eventName: string
  /** GITHUB_REF (unset on some events) and GITHUB_SHA. */
  ref?: string
  sha: string
  payload: { ref?: string; after?: string; [key: string]: unknown }
}

const REF = /^refs\/(heads|tags|pull)\/./
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i

/**
 * Where the results belong. A pull request's go to its head (`refs/pull/N/head` at the head
 * commit), or to its merge ref when the workspace that was linted is the merge commit
 * (`checkedOut`, the workspace's HEAD); `pull_request_target` read the head through the API. A
 * push's go to the pushed branch at the pushed commit; anything else, to GITHUB_REF at GITHUB_SHA.
 * Undefined when the event names no ref code scanning accepts (a run on a detached commit).
 */
export function sarifTarget(event: UploadEvent, pr?: PullRequest, checkedOut?: string): SarifTarget | undefined {
  let target: SarifTarget
  if (pr && !pr.target && checkedOut && checkedOut === event.sha && checkedOut !== pr.headSha) {
    target = { ref: `refs/pull/${pr.number}/merge`, commitSha: event.sha }
  } else if (pr) {
    target = { ref: `refs/pull/${pr.number}/head`, commitSha: pr.headSha }
  } else if (event.eventName === 'push') {
    target = { ref: event.payload.ref ?? event.ref ?? '', commitSha: event.payload.after ?? event.sha }
  } else {
    target = { ref: event.ref ?? '', commitSha: event.sha }
  }
  return REF.test(target.ref) && SHA.test(target.commitSha) ? target : undefined
}

/** Uploads the log (gzip, then base64, as the API takes it) and gives the upload's id. */
export async function uploadSarif(octokit: GitHub, repo: Repository, log: sarif.Log, target: SarifTarget): Promise<string> {
  const compressed = gzipSync(Buffer.from(JSON.stringify(log))).toString('base64')
  const { data } = await octokit.rest.codeScanning.uploadSarif({ ...repo, ref: target.ref, commit_sha: target.commitSha, sarif: compressed, tool_name: 'dockerfile-guard' })
  return data.id ?? ''
}

// GitHub's answers when code scanning cannot take uploads (codeql-action matches the same texts).
const NOT_ENABLED = /Advanced Security must be enabled|Code Security must be enabled|Code Scanning is not enabled/i

export type UploadFailure = { kind: 'not-enabled' | 'permission' | 'other'; message: string }

/** Why an upload failed, in the terms the user acts on. */
export function uploadFailure(error: unknown): UploadFailure {
  const message = messageOf(error)
  if (statusOf(error) === 403 && NOT_ENABLED.test(message)) return { kind: 'not-enabled', message }
  if (isPermissionError(error)) return { kind: 'permission', message }
  return { kind: 'other', message }
}
