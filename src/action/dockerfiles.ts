// Which Dockerfiles this run lints, and their text. `scope: auto` resolves from the event; when
// the changed files cannot be known, every Dockerfile in the workspace is linted instead.
import * as core from '@actions/core'
import { join } from 'node:path'
import { describeError, FileError, findDockerfiles, readDockerfile, type FileProblem } from '../files.js'
import { globMatcher } from '../glob.js'
import type { Inputs, Scope } from '../inputs.js'
import type { SourceFile } from '../lint.js'
import { plural } from '../report/counts.js'
import { changedFiles, type Event, type GitHub } from './changed-files.js'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export function resolveScope(scope: Scope, eventName: string): Exclude<Scope, 'auto'> {
  if (scope !== 'auto') return scope
  return PULL_REQUEST_EVENTS.includes(eventName) ? 'changed' : 'all'
}

export interface Selection {
  /** Workspace-relative, '/'-separated paths. */
  paths: string[]
  /** Matching files that are left out (symlinks out of the workspace, unreadable directories). */
  problems: FileProblem[]
}

/** `api` is called only when the scope needs the GitHub API. */
export async function selectDockerfiles(inputs: Pick<Inputs, 'scope' | 'patterns'>, workspace: string, event: Event, api: () => GitHub): Promise<Selection> {
  if (resolveScope(inputs.scope, event.eventName) === 'changed') {
    const changed = await changedFiles(api(), event)
    if ('paths' in changed) {
      const matches = globMatcher(inputs.patterns)
      // files.ts skips BuildKit's `Dockerfile.dockerignore` the same way: `Dockerfile.*` matches it.
      const paths = changed.paths.filter((path) => matches(path) && !path.endsWith('.dockerignore'))
      core.info(`Linting ${plural(paths.length, 'Dockerfile')} among the ${plural(changed.paths.length, 'file')} that ${changed.source} added or modified.`)
      return { paths, problems: [] }
    }
    core.info(`Linting every Dockerfile in the workspace: ${changed.reason}.`)
  }
  const found = await findDockerfiles(workspace, inputs.patterns)
  core.info(`Linting ${plural(found.files.length, 'Dockerfile')} found in the workspace.`)
  return { paths: found.files, problems: [...found.errors, ...found.skipped] }
}

/** Reads each file; one that cannot be read (gone, too large, a symlink out of the workspace) is a problem, not a stop. */
export async function readDockerfiles(workspace: string, paths: readonly string[]): Promise<{ files: SourceFile[]; problems: FileProblem[] }> {
  const files: SourceFile[] = []
  const problems: FileProblem[] = []
  for (const path of paths) {
    try {
      files.push({ path, text: await readDockerfile(join(workspace, path), { root: workspace }) })
    } catch (error) {
      problems.push({ path, message: error instanceof FileError ? error.reason : describeError(error) })
    }
  }
  return { files, problems }
}
