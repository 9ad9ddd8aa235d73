// What the action writes for the user besides annotations: every finding in the log, the SARIF
// file, the job summary.
import * as core from '@actions/core'
import type * as sarif from 'sarif'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { FileProblem } from '../files.js'
import type { Finding } from '../lint.js'
import { plural } from '../report/counts.js'
import { escapeMarkdown, inlineCode } from '../report/escape.js'
import { toMarkdown } from '../report/markdown.js'
import { toText } from '../report/text.js'
import type { Rule } from '../rules/types.js'
import { VERSION } from '../version.js'

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
  findings: readonly Finding[]
  rules: readonly Rule[]
  /** How many Dockerfiles were linted. */
  files: number
  /** Matching files that were not linted, and why. */
  problems: readonly FileProblem[]
  /** A link to a line of a file as it was linted. */
  lineUrl?: (path: string, line: number) => string | undefined
}

// Enough to see what went wrong; a repository with more has one cause to fix, not hundreds.
const MAX_PROBLEMS_LISTED = 20

/** The job summary: the same report as the pull-request comment, plus the files that were not linted. */
export async function writeSummary({ findings, rules, files, problems, lineUrl }: Summary): Promise<void> {
  const sections = [toMarkdown(findings, rules, { version: VERSION, files, lineUrl })]
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
