// The `upload-sarif` step: the SARIF log to code scanning, under the ref and commit that were
// linted. Whatever goes wrong is a warning (or, for a missing permission, part of the one access
// notice): the SARIF file is written either way, and reporting never fails the step.
import * as core from '@actions/core'
import type * as sarif from 'sarif'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitHub, Repository } from '../github/client.js'
import type { PullRequest } from '../github/pull-request.js'
import { sarifTarget, uploadFailure, uploadSarif, type UploadEvent } from '../github/sarif-upload.js'
import type { Refusal } from './access.js'

export interface UploadOutcome {
  refusal?: Refusal
  warning?: string
}

const WHAT = 'upload the SARIF file to code scanning'

export async function uploadStep(octokit: GitHub, repo: Repository, event: UploadEvent, pr: PullRequest | undefined, log: sarif.Log, workspace: string): Promise<UploadOutcome> {
  const target = sarifTarget(event, pr, await checkedOut(workspace))
  if (!target) return { warning: `The SARIF file was not uploaded: the ${event.eventName} event names no branch, tag or pull request (GITHUB_REF is ${event.ref ? `"${event.ref}"` : 'not set'}) for code scanning to file it under.` }
  try {
    const id = await uploadSarif(octokit, repo, log, target)
    core.info(`SARIF uploaded to code scanning for ${target.ref} at ${target.commitSha.slice(0, 7)} (upload ${id}).`)
    return {}
  } catch (error) {
    const failure = uploadFailure(error)
    if (failure.kind === 'permission') return { refusal: { what: WHAT, permission: 'security-events: write', why: failure.message } }
    if (failure.kind === 'not-enabled') {
      return { warning: `The SARIF file was not uploaded: code scanning is not enabled for this repository (GitHub answered "${failure.message}"). Enable it in the repository's security settings, or set upload-sarif to false; the SARIF file is still written.` }
    }
    return { warning: `Could not ${WHAT}: ${failure.message}. The SARIF file is still written.` }
  }
}

/** The commit the workspace holds when it is a detached checkout (actions/checkout on pull requests), read from .git/HEAD. */
async function checkedOut(workspace: string): Promise<string | undefined> {
  const head = await readFile(join(workspace, '.git', 'HEAD'), 'utf8').catch(() => '')
  return /^[0-9a-f]{40}$/.test(head.trim()) ? head.trim() : undefined
}
