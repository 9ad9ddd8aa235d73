// Everything the run posts through the API: the pull request's summary comment and review, and
// the SARIF upload. Read-only tokens are told apart up front where the event says so, and caught
// on every write anyway; either way the run falls back to annotations, the job summary and the
// SARIF file, with one notice. Nothing here fails the step: only `fail-on` does.
import type * as sarif from 'sarif'
import type { Inputs } from '../inputs.js'
import type { GitHub, Repository } from '../github/client.js'
import { messageOf } from '../github/client.js'
import type { Diffs } from '../github/filter.js'
import type { PullRequest } from '../github/pull-request.js'
import type { UploadEvent } from '../github/sarif-upload.js'
import type { SummaryInput } from '../github/summary.js'
import type { Finding } from '../lint.js'
import { accessNotice, type Refusal } from './access.js'
import { commentOnPullRequest } from './pull-request.js'
import { uploadStep } from './upload.js'

export interface Publication {
  inputs: Pick<Inputs, 'comment' | 'suggestions' | 'uploadSarif'>
  api: () => GitHub
  repo: Repository
  event: UploadEvent
  pr?: PullRequest
  summary: Omit<SummaryInput, 'overflow'>
  /** Undefined when the change is unknown: then nothing is commentable. */
  diffs?: Diffs
  sources: ReadonlyMap<string, string>
  log: sarif.Log
  workspace: string
}

export interface Published {
  /** The counted findings without an inline comment, for the job summary. */
  overflow: Finding[]
  summaryUrl: string
  warnings: string[]
  /** The one notice about what the token could not do. */
  notice?: string
}

export async function publish(p: Publication): Promise<Published> {
  const published: Published = { overflow: [], summaryUrl: '', warnings: [] }
  const refusals: Refusal[] = []
  const readOnly = p.pr?.readOnly
  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step()
    } catch (error) {
      // A bug of ours in reporting still must not fail the step.
      published.warnings.push(`Could not ${what}: ${messageOf(error)}`)
    }
  }

  if (p.pr && p.inputs.comment !== 'off') {
    const pr = p.pr
    const mode = p.inputs.comment
    if (readOnly) {
      refusals.push({ what: 'comment on the pull request', permission: 'pull-requests: write', why: readOnly })
    } else {
      await attempt('comment on the pull request', async () => {
        const outcome = await commentOnPullRequest(p.api(), pr, { mode, suggestions: p.inputs.suggestions, summary: p.summary, diffs: p.diffs ?? new Map(), sources: p.sources })
        Object.assign(published, { overflow: outcome.overflow, summaryUrl: outcome.url ?? '' })
        published.warnings.push(...outcome.warnings)
        if (outcome.refusal) refusals.push(outcome.refusal)
      })
    }
  }

  if (p.inputs.uploadSarif) {
    if (readOnly) {
      refusals.push({ what: 'upload the SARIF file to code scanning', permission: 'security-events: write', why: readOnly })
    } else {
      await attempt('upload the SARIF file to code scanning', async () => {
        const outcome = await uploadStep(p.api(), p.repo, p.event, p.pr, p.log, p.workspace)
        if (outcome.warning) published.warnings.push(outcome.warning)
        if (outcome.refusal) refusals.push(outcome.refusal)
      })
    }
  }

  const notice = accessNotice(refusals, readOnly)
  return notice ? { ...published, notice } : published
}
