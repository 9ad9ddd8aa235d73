// Finding and reading the configuration file: the one I/O edge of src/config/.
import { stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { FileError, readDockerfile } from '../files.js'
import type { Rule } from '../rules/types.js'
import { ConfigError, DEFAULT_CONFIG, parseConfig, type Config } from './parse.js'

/** Looked for at the repository root, in this order: our own file wins over hadolint's. */
export const CONFIG_FILES = ['.dockerfile-guard.yml', '.dockerfile-guard.yaml', '.hadolint.yaml', '.hadolint.yml'] as const

/**
 * The configuration for a repository at `root`: the file `explicit` names (relative to `root`),
 * or the first of CONFIG_FILES there, or the defaults. `confined`: the file must lie inside
 * `root` (the action's workspace); the CLI reads a file named on its command line wherever it is.
 * Throws ConfigError, naming the file.
 */
export async function loadConfig(root: string, rules: readonly Rule[], options: { explicit?: string; confined?: boolean } = {}): Promise<Config> {
  const name = options.explicit || (await firstExisting(root))
  if (!name) return DEFAULT_CONFIG
  const confined = options.confined ?? true
  let text: string
  try {
    // The same guards as for a Dockerfile: a size cap, and no symlink out of the repository.
    text = await readDockerfile(resolve(root, name), { root: confined || !options.explicit ? root : undefined, kind: 'configuration file' })
  } catch (error) {
    throw new ConfigError(name, undefined, undefined, error instanceof FileError ? error.reason : String(error))
  }
  return parseConfig(text, name, rules)
}

async function firstExisting(root: string): Promise<string | undefined> {
  for (const name of CONFIG_FILES) {
    const info = await stat(join(root, name)).catch(() => undefined)
    if (info?.isFile()) return name
  }
  return undefined
}
