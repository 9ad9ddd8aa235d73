// Every input of action.yml, read and validated in one place into one typed object (checkout's
// input-helper). The only module that reads inputs. The parsing is pure: it takes the reader, so
// tests pass a plain function instead of mocking @actions/core.
import * as core from '@actions/core'
import { DEFAULT_PATTERNS } from './files.js'

export const SCOPES = ['auto', 'changed', 'all'] as const
export const FILTERS = ['added', 'diff', 'file', 'none'] as const
export const COMMENTS = ['review', 'summary', 'off'] as const
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const

export type Scope = (typeof SCOPES)[number]
export type Filter = (typeof FILTERS)[number]
export type Comment = (typeof COMMENTS)[number]
export type FailOn = (typeof FAIL_ON)[number]
/** The `shellcheck` input: `auto` (PATH, else the pinned, digest-checked release), `off`, or the program's path. */
export type ShellcheckInput = 'auto' | 'off' | { path: string }

export interface Inputs {
  /** Token for the GitHub API; masked in the log as soon as it is read. */
  token: string
  /** Glob patterns that name Dockerfiles, relative to the repository root. */
  patterns: string[]
  /** `auto` is resolved later, from the event. */
  scope: Scope
  /** Which findings count for review, annotations and `fail-on`. */
  filter: Filter
  /** The configuration file, relative to the workspace; empty: look for the usual names at its root. */
  config: string
  comment: Comment
  suggestions: boolean
  annotations: boolean
  /** Where to write SARIF, relative to the workspace (or absolute); empty: do not write it. */
  sarifFile: string
  uploadSarif: boolean
  /** The code-scanning category (`runs[].automationDetails.id`). */
  category: string
  /** Look up each base image's digest at its registry before linting, for pin-image-digest (src/registry/). */
  resolveDigests: boolean
  failOn: FailOn
  /** Which ShellCheck runs on RUN bodies (src/action/shellcheck.ts finds it). */
  shellcheck: ShellcheckInput
}

/** Reads one input by its action.yml name: trimmed, and '' when not given (core.getInput's contract). */
export type InputReader = (name: string) => string

/** Reads the inputs of this step, masking the token before anything else can log it. */
export function readInputs(): Inputs {
  const read: InputReader = (name) => core.getInput(name)
  const token = read('github-token')
  if (token) core.setSecret(token)
  return parseInputs(read)
}

/**
 * Validates the inputs. The runner always passes action.yml's defaults, so an empty value means
 * the workflow blanked it: that falls back to the same default, except for `sarif-file`, where
 * empty means "do not write".
 */
export function parseInputs(read: InputReader): Inputs {
  const patterns = read('patterns')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return {
    token: read('github-token'),
    patterns: patterns.length > 0 ? patterns : [...DEFAULT_PATTERNS],
    scope: oneOf(read, 'scope', SCOPES, 'auto'),
    filter: oneOf(read, 'filter', FILTERS, 'added'),
    config: read('config'),
    comment: oneOf(read, 'comment', COMMENTS, 'review'),
    suggestions: boolean(read, 'suggestions', true),
    annotations: boolean(read, 'annotations', true),
    sarifFile: read('sarif-file'),
    uploadSarif: boolean(read, 'upload-sarif', false),
    category: read('category') || 'dockerfile-guard',
    resolveDigests: boolean(read, 'resolve-digests', false),
    failOn: oneOf(read, 'fail-on', FAIL_ON, 'error'),
    shellcheck: shellcheckInput(read('shellcheck'))
  }
}

/**
 * `auto` (also when blanked), `off`, or anything else as the path of the program. A YAML boolean
 * means what it says (`false`: off), rather than naming /usr/bin/false as ShellCheck.
 */
function shellcheckInput(value: string): ShellcheckInput {
  const word = value.toLowerCase()
  if (word === '' || word === 'auto' || TRUE.includes(value)) return 'auto'
  if (word === 'off' || FALSE.includes(value)) return 'off'
  return { path: value }
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name)
  if (value === '') return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new Error(`${name} must be one of ${allowed.join(', ')}; got "${value}"`)
}

// YAML 1.2 core-schema booleans, exactly the spellings core.getBooleanInput accepts.
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function boolean(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name)
  if (value === '') return fallback
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new Error(`${name} must be true or false; got "${value}"`)
}
