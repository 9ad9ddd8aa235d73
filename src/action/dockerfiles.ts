// Which Dockerfiles this run lints, how each changed, and their text. `scope: auto` resolves from
// the event; when the changed files cannot be known, every Dockerfile in the workspace is linted
// instead, and every finding counts (there is no diff to narrow them to).
import * as core from '@actions/core'
import { join, posix } from 'node:path'
import { describeError, directoryLister, dockerfileMatcher, dockerignoreFinder, FileError, findDockerfiles, readDockerfile, type FileProblem, type IgnoreFile } from '../files.js'
import type { Repository } from '../github/client.js'
import { fileAt } from '../github/contents.js'
import type { Diffs } from '../github/filter.js'
import { PULL_REQUEST_EVENTS } from '../github/pull-request.js'
import type { Inputs, Scope } from '../inputs.js'
import type { SourceFile } from '../lint.js'
import { plural } from '../report/counts.js'
import { changedFiles, type Changed, type Event, type GitHub } from './changed-files.js'

export function resolveScope(scope: Scope, eventName: string): Exclude<Scope, 'auto'> {
  if (scope !== 'auto') return scope
  return PULL_REQUEST_EVENTS.includes(eventName) ? 'changed' : 'all'
}

export interface Selection {
  /** Workspace-relative, '/'-separated paths. */
  paths: string[]
  /** Matching files that are left out (symlinks out of the workspace, unreadable directories). */
  problems: FileProblem[]
  /** The diff of every file the change touched, when the change is known: `filter` and the review read them. */
  diffs?: Diffs
}

/**
 * `api` is called only when the GitHub API is needed: for `scope: changed`, and on pull requests
 * always, since the review and `filter` need the diffs whatever is linted.
 */
export async function selectDockerfiles(inputs: Pick<Inputs, 'scope' | 'patterns'>, workspace: string, event: Event, api: () => GitHub): Promise<Selection> {
  const scope = resolveScope(inputs.scope, event.eventName)
  const changed = scope === 'changed' || PULL_REQUEST_EVENTS.includes(event.eventName) ? await changes(api, event, scope) : undefined
  const diffs = changed && 'files' in changed ? new Map(changed.files.map((file) => [file.path, file.diff])) : undefined
  if (scope === 'changed' && changed && 'files' in changed) {
    const isDockerfile = dockerfileMatcher(inputs.patterns)
    const paths = changed.files.map((file) => file.path).filter(isDockerfile)
    core.info(`Linting ${plural(paths.length, 'Dockerfile')} among the ${plural(changed.files.length, 'file')} that ${changed.source} added or modified.`)
    return { paths, problems: [], diffs }
  }
  if (scope === 'changed' && changed && 'reason' in changed) core.info(`Linting every Dockerfile in the workspace: ${changed.reason}.`)
  const found = await findDockerfiles(workspace, inputs.patterns)
  core.info(`Linting ${plural(found.files.length, 'Dockerfile')} found in the workspace.`)
  return { paths: found.files, problems: [...found.errors, ...found.skipped], diffs }
}

/** With `scope: all` the list only narrows what counts, so a failure to get it is not a stop. */
async function changes(api: () => GitHub, event: Event, scope: 'changed' | 'all'): Promise<Changed> {
  if (scope === 'changed') return changedFiles(api(), event)
  try {
    return await changedFiles(api(), event)
  } catch (error) {
    core.info(`${error instanceof Error ? error.message : String(error)}: every finding counts.`)
    return { reason: 'the changed files could not be listed' }
  }
}

const PARALLEL_READS = 8

/**
 * Reads the files of a run, by workspace-relative path: a Dockerfile's text, and the `.dockerignore`
 * that applies to it (see dockerignoreFinder). `pull_request_target` runs pass one that asks the API
 * for the pull request's version.
 */
export interface Reader {
  read(path: string): Promise<string>
  dockerignore(dockerfile: string): Promise<IgnoreFile | undefined>
}

export function workspaceReader(workspace: string): Reader {
  const read = (path: string) => readDockerfile(join(workspace, path), { root: workspace })
  return { read, dockerignore: dockerignoreFinder(directoryLister(workspace), read) }
}

/**
 * Under `pull_request_target` the workspace holds the base branch, so the files the pull request
 * changed are read as it has them, at its head commit, through the API; the others are the same
 * on both sides and come from the workspace. Ignore files are always read at the head (a request
 * per directory that has one), so one the pull request adds, edits or deletes counts as it leaves it;
 * one it adds is not in the workspace's listing, and is found among the changed files.
 */
export function headReader(octokit: GitHub, repo: Repository, sha: string, changed: ReadonlySet<string>, workspace: string): Reader {
  const local = workspaceReader(workspace)
  const listed = directoryLister(workspace)
  const changedIgnores = [...changed].filter((path) => path.endsWith('.dockerignore'))
  const names = (dir: string) => new Set([...listed(dir), ...changedIgnores.filter((p) => posix.dirname(p) === dir).map((p) => posix.basename(p))])
  return {
    read: (path) => (changed.has(path) ? fileAt(octokit, repo, path, sha) : local.read(path)),
    dockerignore: dockerignoreFinder(names, (path) => fileAt(octokit, repo, path, sha))
  }
}

/** Reads each file; one that cannot be read (gone, too large, a symlink out of the workspace) is a problem, not a stop. */
export async function readDockerfiles(paths: readonly string[], reader: Reader): Promise<{ files: SourceFile[]; problems: FileProblem[] }> {
  const files: SourceFile[] = []
  const problems: FileProblem[] = []
  const readFile = async (path: string): Promise<SourceFile> => {
    const text = await reader.read(path)
    const dockerignore = await reader.dockerignore(path)
    return dockerignore ? { path, text, dockerignore } : { path, text }
  }
  // A few at a time: a read from the API is a request, and thousands of open files would run out of descriptors.
  for (let start = 0; start < paths.length; start += PARALLEL_READS) {
    const batch = paths.slice(start, start + PARALLEL_READS)
    const results = await Promise.all(batch.map((path) => readFile(path).then((file) => ({ file }), (error: unknown) => ({ error }))))
    results.forEach((result, i) => {
      if ('file' in result) files.push(result.file)
      else problems.push({ path: batch[i], message: result.error instanceof FileError ? result.error.reason : describeError(result.error) })
    })
  }
  return { files, problems }
}
