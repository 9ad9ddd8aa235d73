// What the action writes for the user besides annotations and comments: every finding in the
// log, the SARIF file, the job summary.
import * as core from '@actions/core'
import type * as sarif from 'sarif'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { FileProblem } from '../files.js'
import { summaryBody, type SummaryInput } from '../github/summary.js'
import type { Finding } from '../lint.js'
import { plural } from '../report/counts.js'
import { escapeMarkdown, escapeMessage, inlineCode } from '../report/escape.js'
import { toText } from '../report/text.js'

/** Every finding in the job log (annotations and the summary have room for only some). */
export function logFindings(findings: readonly Finding[], files: number): void {
  // Dockerfile text quoted in the messages must not be read as workflow commands (`::add-mask::…`).
  const resume = randomUUID()
  core.info(`::stop-commands::${resume}`)
  core.info(toText(findings, { color: true, files }).trimEnd())
  core.info(`::${resume}::`)
}

/** Writes the SARIF log to `file` (relative to the workspace, or absolute) and gives its absolute path. */
export async function writeSarif(workspace: string, file: string, log: sarif.Log): Promise<string> {
  const path = resolve(workspace, file)
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(log, null, 2) + '\n')
  return path
}

export interface Summary {
  /** What the pull request's summary comment shows (github/summary.ts). */
  report: SummaryInput
  /** Matching files that were not linted, and why. */
  problems: readonly FileProblem[]
  /** The access notice (access.ts), when the token could not write. */
  notice?: string
}

// Enough to see what went wrong; a repository with more has one cause to fix, not hundreds.
const MAX_PROBLEMS_LISTED = 20
// GitHub takes 1 MiB of job summary per step; at most 3 bytes of UTF-8 per UTF-16 unit keeps under it.
const JOB_SUMMARY_LENGTH = 300_000

/**
 * The job summary: the summary comment's content, with the room a comment lacks to list every
 * finding; then why it is not on the pull request, when it is not, and the files not linted.
 */
export async function writeSummary({ report, problems, notice }: Summary): Promise<void> {
  const sections = [summaryBody({ ...report, maxLength: JOB_SUMMARY_LENGTH })]
  if (notice) sections.push(`> [!NOTE]\n> ${escapeMessage(notice)}\n`)
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_PROBLEMS_LISTED).map(({ path, message }) => `- ${inlineCode(path)}: ${escapeMarkdown(message)}`)
    if (problems.length > listed.length) listed.push(`- and ${plural(problems.length - listed.length, 'more file')} (see the log)`)
    sections.push(`#### Not linted\n\n${listed.join('\n')}\n`)
  }
  await core.summary.addRaw(sections.join('\n')).write()
}

/** Where GitHub shows a file at the commit this run linted: the pull request's head, or the pushed commit. */
export function lineLinks(context: { serverUrl: string; sha: string; payload: { pull_request?: { number: number; head?: { sha?: string } } } }) {
  const repository = process.env.GITHUB_REPOSITORY
  const sha = context.payload.pull_request?.head?.sha ?? context.sha
  if (!repository || !sha) return undefined
  return (path: string, line: number): string => `${context.serverUrl}/${repository}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
}
