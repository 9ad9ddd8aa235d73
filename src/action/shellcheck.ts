// The `shellcheck` input: which ShellCheck program the action runs on RUN bodies. `off`: none. A
// path: that program (a bare name is looked up on PATH, a relative path is taken from the
// workspace). `auto`: the `shellcheck` on PATH (GitHub's Ubuntu runners have one), else the pinned
// release of ./shellcheck-release.ts from the runner's tool cache, else downloaded with
// @actions/tool-cache, its SHA-256 checked against the pinned digest BEFORE it is unpacked, then
// cached. Whatever fails is one warning saying what and how to fix it, and the lint goes on
// without ShellCheck: a binary that failed its digest check is deleted, never unpacked or run.
//
// For tests only (no workflow should set them): DOCKERFILE_GUARD_SHELLCHECK_URL replaces the base
// of the download URL (`<base>/v<version>/<asset>`), and DOCKERFILE_GUARD_SHELLCHECK_SHA256 the
// digest expected of that download. The digest is honoured only together with the URL, so the
// digests pinned for GitHub's own assets cannot be replaced.
import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { access, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve, sep } from 'node:path'
import type { ShellcheckInput } from '../inputs.js'
import type { Finding } from '../lint.js'
import { findOnPath, type ShellcheckBatch } from '../shellcheck/check.js'
import { RELEASES_URL, SHELLCHECK_VERSION, shellcheckAsset, type ShellcheckAsset } from './shellcheck-release.js'

/** The tool-cache name of the releases this module downloads: its own, so no other action's entry is trusted. */
export const TOOL_NAME = 'dockerfile-guard-shellcheck'
export const URL_VARIABLE = 'DOCKERFILE_GUARD_SHELLCHECK_URL'
export const SHA256_VARIABLE = 'DOCKERFILE_GUARD_SHELLCHECK_SHA256'

export interface ShellcheckProgram {
  /** The program to run; absent when ShellCheck does not run. */
  binary?: string
  /** One line for the log: which ShellCheck runs, and where it came from. */
  source: string
  /** Set when the input asked for ShellCheck and none could be had: what failed, and how to fix it. */
  warning?: string
}

export interface ResolveOptions {
  /** Where a relative `shellcheck` path is taken from. */
  workspace: string
  /** Node's names of the runner's platform and architecture; default: this process's. */
  platform?: NodeJS.Platform
  arch?: string
}

/** Where the pinned asset is downloaded from, and the SHA-256 the download must have. */
export interface ReleaseSource {
  url: string
  sha256: string
  /** Set when the test variables chose them. */
  testing: boolean
}

const FIX =
  'Install ShellCheck in an earlier step (e.g. `sudo apt-get install -y shellcheck` or `brew install shellcheck`) or give its path in the `shellcheck` input, or set `shellcheck: off`. The other rules ran.'

const skipped = (why: string): ShellcheckProgram => ({ source: 'ShellCheck: not run.', warning: `ShellCheck checks were skipped: ${why}. ${FIX}` })

/**
 * The action's ShellCheck step, after `batch` linted every file: finds the program the input asks
 * for (downloading it only when some RUN has shell code to check), says in the log which one, and
 * runs it once over all the scripts. ShellCheck's findings, or the one warning why there are none.
 */
export async function shellcheckStep(batch: ShellcheckBatch, input: ShellcheckInput, workspace: string): Promise<{ findings: Finding[]; warning?: string }> {
  if (input === 'off' || batch.scripts === 0) return { findings: [] }
  const program = await resolveShellcheck(input, { workspace })
  core.info(program.source)
  if (!program.binary) return { findings: [], warning: program.warning }
  const { findings, warning } = await batch.run(program.binary)
  return { findings, warning }
}

/**
 * The ShellCheck program the input asks for, or why there is none. Never throws. Reads PATH,
 * RUNNER_TEMP, RUNNER_TOOL_CACHE (as @actions/tool-cache does) and the test variables from process.env.
 */
export async function resolveShellcheck(input: ShellcheckInput, options: ResolveOptions): Promise<ShellcheckProgram> {
  const env = process.env
  const platform = options.platform ?? process.platform
  if (input === 'off') return { source: 'ShellCheck: off (the shellcheck input).' }
  if (input !== 'auto') return givenProgram(input.path, options.workspace, env, platform)

  const onPath = findOnPath('shellcheck', env, platform)
  if (onPath) return { binary: onPath, source: `ShellCheck: ${onPath} (on PATH).` }
  const arch = options.arch ?? process.arch
  const asset = shellcheckAsset(platform, arch)
  if (!asset) return skipped(`no shellcheck is on PATH, and there is no pinned ShellCheck ${SHELLCHECK_VERSION} release for ${platform}/${arch} to download`)
  try {
    return await pinnedRelease(asset, arch, releaseSource(asset, env))
  } catch (error) {
    return skipped(error instanceof Error ? error.message : String(error))
  }
}

/** The program a path names: a bare name on PATH, a relative path from the workspace. */
async function givenProgram(path: string, workspace: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Promise<ShellcheckProgram> {
  const bare = !path.includes('/') && !path.includes(sep)
  const binary = bare ? findOnPath(path, env, platform) : resolve(workspace, path)
  if (!binary) return skipped(`the shellcheck input names \`${path}\`, which is not on PATH`)
  if (!(await isExecutable(binary, platform))) return skipped(`the shellcheck input names \`${path}\`, and ${binary} is not an executable file`)
  return { binary, source: `ShellCheck: ${binary} (the shellcheck input).` }
}

async function isExecutable(path: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false
    if (platform !== 'win32') await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** GitHub's release asset and its pinned digest; for tests, another server and (only with it) another digest. */
export function releaseSource(asset: ShellcheckAsset, env: NodeJS.ProcessEnv): ReleaseSource {
  const base = env[URL_VARIABLE]?.trim().replace(/\/+$/, '')
  if (!base) return { url: `${RELEASES_URL}/v${SHELLCHECK_VERSION}/${asset.name}`, sha256: asset.sha256, testing: false }
  const sha256 = env[SHA256_VARIABLE]?.trim().toLowerCase() || asset.sha256
  return { url: `${base}/v${SHELLCHECK_VERSION}/${asset.name}`, sha256, testing: true }
}

/** The pinned release for this runner: from the tool cache, else downloaded, checked, unpacked and cached. Throws what failed. */
async function pinnedRelease(asset: ShellcheckAsset, arch: string, { url, sha256, testing: test }: ReleaseSource): Promise<ShellcheckProgram> {
  const testing = test ? ` (from ${URL_VARIABLE}, a setting for tests only)` : ''
  // The cache entry is named after the digest it was checked against, so one checked against another digest is never taken for it.
  const cacheArch = `${arch}-sha256-${sha256.slice(0, 16)}`
  const caching = Boolean(process.env.RUNNER_TOOL_CACHE)
  const program = basename(asset.binary)

  const cached = caching ? tc.find(TOOL_NAME, SHELLCHECK_VERSION, cacheArch) : ''
  if (cached) return { binary: join(cached, program), source: `ShellCheck ${SHELLCHECK_VERSION}: ${join(cached, program)} (the pinned release, from the tool cache).` }

  const work = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'dockerfile-guard-shellcheck-'))
  let keep = false
  try {
    const binary = await downloadChecked(asset, url, sha256, work, testing)
    if (!caching) {
      keep = true
      return { binary, source: `ShellCheck ${SHELLCHECK_VERSION}: ${binary} (the pinned release, downloaded and checked${testing}; not cached: RUNNER_TOOL_CACHE is not set).` }
    }
    const directory = await tc.cacheDir(dirname(binary), TOOL_NAME, SHELLCHECK_VERSION, cacheArch)
    return { binary: join(directory, program), source: `ShellCheck ${SHELLCHECK_VERSION}: ${join(directory, program)} (the pinned release, downloaded, checked against its pinned SHA-256 and cached${testing}).` }
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true })
  }
}

/** Downloads the asset into `work`, checks its digest, and only then unpacks it there: the program's path. Throws what failed. */
async function downloadChecked(asset: ShellcheckAsset, url: string, sha256: string, work: string, testing: string): Promise<string> {
  core.info(`No shellcheck on PATH: downloading ShellCheck ${SHELLCHECK_VERSION} from ${url}${testing}.`)
  const archive = await tc.downloadTool(url, join(work, asset.name)).catch((error: unknown) => {
    throw new Error(`could not download ${url} (${reason(error)})`)
  })
  const actual = createHash('sha256')
    .update(await readFile(archive))
    .digest('hex')
  if (actual !== sha256) throw new Error(`the downloaded ${asset.name} has SHA-256 ${actual}, not the ${sha256} pinned for it, so it was deleted without being unpacked or run`)
  const unpacked = join(work, 'unpacked')
  try {
    await (asset.name.endsWith('.zip') ? tc.extractZip(archive, unpacked) : tc.extractTar(archive, unpacked, 'xJ'))
  } catch (error) {
    throw new Error(`could not unpack ${asset.name} (${reason(error)})`)
  } finally {
    await rm(archive, { force: true })
  }
  const binary = join(unpacked, asset.binary)
  if (!(await isExecutable(binary, process.platform))) throw new Error(`${asset.name} holds no executable ${asset.binary}`)
  return binary
}

function reason(error: unknown): string {
  if (error instanceof tc.HTTPError) return `HTTP ${error.httpStatusCode ?? 'error'}`
  return error instanceof Error ? error.message : String(error)
}
