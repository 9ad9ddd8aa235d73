// Shared by the pull-request end-to-end tests: the GitHub-like server (./server) seeded with a
// pull request, patches as GitHub lists them, and a run of the bundled action against both.
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import { GitHubServer, type FileSeed } from './server/index.js'
import { runAction, TOKEN, type Result, type Run } from './runner.js'
import { PR_BASE, PR_HEAD, pullRequestEvent, type PullRequestOptions } from '../fixtures/github/events.js'

export { PR_BASE, PR_HEAD, TOKEN }

export const RISKY = [
  'FROM ubuntu:22.04',
  'RUN apt-get update && apt-get install -y curl',
  'ADD http://example.com/app.tar.gz /opt/',
  'RUN curl -k https://example.com/install.sh | sh',
  'ADD ./src /app',
  'USER root',
  'CMD ["/app/run"]',
  ''
].join('\n')

export const CLEAN = ['FROM alpine:3.20', 'RUN adduser -D -u 10001 app', 'COPY ./src /app', 'USER 10001', 'CMD ["/app/run"]', ''].join('\n')

export async function startGitHub(): Promise<GitHubServer> {
  return GitHubServer.start({ token: TOKEN })
}

/**
 * The patch GitHub lists for a file whose lines `added` (1-based) were added to the rest: one
 * hunk per run of added lines, with three lines of context, merged when they touch. `'all'`: a
 * new file.
 */
export function patch(text: string, added: readonly number[] | 'all'): string {
  const lines = text.replace(/\n$/, '').split('\n')
  const isAdded = (line: number) => added === 'all' || added.includes(line)
  if (added === 'all') return `@@ -0,0 +1,${lines.length} @@\n${lines.map((line) => `+${line}`).join('\n')}`
  const shown = new Set<number>()
  for (const line of added) for (let l = Math.max(1, line - 3); l <= Math.min(lines.length, line + 3); l++) shown.add(l)
  const hunks: string[] = []
  let line = 1
  while (line <= lines.length) {
    if (!shown.has(line)) {
      line++
      continue
    }
    const start = line
    const rows: string[] = []
    while (shown.has(line)) rows.push(`${isAdded(line) ? '+' : ' '}${lines[line++ - 1]}`)
    const addedBefore = [...Array(start - 1).keys()].filter((l) => isAdded(l + 1)).length
    const context = rows.filter((row) => row.startsWith(' ')).length
    hunks.push(`@@ -${start - addedBefore},${context} +${start},${rows.length} @@\n${rows.join('\n')}`)
  }
  return hunks.join('\n')
}

export interface PullRun extends Omit<Run, 'event' | 'payload' | 'apiUrl'> {
  pull?: PullRequestOptions & { target?: boolean }
}

/** Runs the bundle on a pull request event of PR #7 (unless `pull` says otherwise) against the server. */
export function runOnPull(github: GitHubServer, run: PullRun): Promise<Result> {
  const event = pullRequestEvent({ number: 7, ...run.pull })
  return runAction({ ...run, ...event, apiUrl: github.url })
}

/** Seeds PR #7 with these files at `head`. */
export function seedPull(github: GitHubServer, files: FileSeed[], head = PR_HEAD): void {
  github.state.addPull({ number: 7, head, base: PR_BASE, files })
}

/** `METHOD operation-id` of every request, for asserting how frugal a run was. */
export function callsOf(github: GitHubServer, since = 0): string[] {
  return github.requests.slice(since).map((r) => `${r.method} ${r.operationId ?? r.route ?? r.path}`)
}

export const count = (text: string, needle: string): number => text.split(needle).length - 1

// The SARIF 2.1.0 schema as __tests__/report/sarif.test.ts reads it (draft-04; Ajv's draft-07 reads it the same bar the id names).
const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats.default(ajv)
const validateSarif = ajv.compile({ $id: id, ...schema })

/** The SARIF file's problems against the schema: [] when valid. */
export function sarifProblems(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((error) => `${error.instancePath} ${error.message}`)
}
