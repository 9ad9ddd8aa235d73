// The step's outputs (action.yml `outputs`).
import * as core from '@actions/core'
import type { Counts } from '../report/counts.js'

export interface Outputs {
  /** Absolute path of the SARIF file, or '' when none was written. */
  sarifFile: string
  /** Dockerfiles linted. */
  files: number
  /** Counted findings by severity. */
  counts: Counts
  /** The sticky summary comment's URL, or '' when none was written. */
  summaryUrl: string
}

export function setOutputs({ sarifFile, files, counts, summaryUrl }: Outputs): void {
  core.setOutput('sarif-file', sarifFile)
  core.setOutput('files', files)
  core.setOutput('findings', counts.error + counts.warning + counts.note)
  core.setOutput('errors', counts.error)
  core.setOutput('warnings', counts.warning)
  core.setOutput('notes', counts.note)
  core.setOutput('summary-url', summaryUrl)
}
