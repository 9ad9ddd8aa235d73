// Finding and reading Dockerfiles on disk, shared by the CLI and the action. Paths given back are
// relative to the directory searched, with '/' separators, because that is what patterns, SARIF
// URIs and GitHub's file lists all use.
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, posix, relative, sep } from 'node:path'
import { globMatcher } from './glob.js'

/** Which files are Dockerfiles unless configured otherwise (design §3, the `patterns` input). */
export const DEFAULT_PATTERNS: readonly string[] = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/Containerfile.*'
]

/** Directories never searched: they hold no Dockerfiles of the project, only copies and history. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules'])

/** BuildKit's per-Dockerfile ignore files (`Dockerfile.dockerignore`) match `Dockerfile.*` but are not Dockerfiles. */
const NOT_A_DOCKERFILE = /\.dockerignore$/

/** Whether a repository-relative path is a Dockerfile under `patterns`: the one test for the CLI and the action. */
export function dockerfileMatcher(patterns: readonly string[]): (path: string) => boolean {
  const matches = globMatcher(patterns)
  return (path) => matches(path) && !NOT_A_DOCKERFILE.test(path)
}

/**
 * Larger files are refused. Linting is linear but costs about 1.3 s and 100 MB per MB of text
 * (dockerfile-ast dominates), and no hand-written Dockerfile comes near 1 MB.
 */
export const MAX_DOCKERFILE_BYTES = 1024 * 1024

/** A file or directory that could not be read or was left out, with why, for one line of output. */
export interface FileProblem {
  path: string
  message: string
}

export interface Discovery {
  /** Matching files, relative to the root, '/'-separated, sorted. */
  files: string[]
  /** Directories that could not be read: the search went on without them. */
  errors: FileProblem[]
  /** Matching symlinks that were not followed (they lead out of the root, or nowhere). */
  skipped: FileProblem[]
  /**
   * Every directory walked (absolute, `/`-separated) with the `.dockerignore` files in it (`.dockerignore`,
   * `<name>.dockerignore`): what `directoryLister` would list, known without listing each directory again.
   */
  ignoreFiles: Map<string, ReadonlySet<string>>
}

/**
 * Every file under `root` whose root-relative path matches `patterns` (a leading `!` excludes).
 * A symlinked file is read only when it leads to a file inside `root`. Symlinked directories are
 * never entered: what they point to inside `root` is walked anyway, what lies outside must not be
 * read, and not entering them is what makes link cycles harmless.
 */
export async function findDockerfiles(root: string, patterns: readonly string[] = DEFAULT_PATTERNS): Promise<Discovery> {
  const isDockerfile = dockerfileMatcher(patterns)
  const found: Discovery = { files: [], errors: [], skipped: [], ignoreFiles: new Map() }
  const realRoot = realpathSync(root)

  // Synchronous: a directory listing takes microseconds, and awaiting each one left the process idle
  // between them (nothing else runs while a repository is searched).
  const walk = (dir: string, rel: string): void => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      found.errors.push({ path: rel || '.', message: describeError(error) })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const ignoreFiles = new Set<string>()
    found.ignoreFiles.set(toSlashes(dir), ignoreFiles)
    for (const entry of entries) {
      if (entry.name.endsWith('.dockerignore')) ignoreFiles.add(entry.name)
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(join(dir, entry.name), relPath)
        continue
      }
      if (!isDockerfile(relPath)) continue
      if (entry.isFile()) {
        found.files.push(relPath)
      } else if (entry.isSymbolicLink()) {
        const target = realTarget(join(dir, entry.name))
        if (!target) found.skipped.push({ path: relPath, message: 'broken symlink' })
        else if (!isInside(realRoot, target)) found.skipped.push({ path: relPath, message: 'symlink leads outside the searched directory' })
        else if (statSync(target).isFile()) found.files.push(relPath)
      }
    }
  }

  walk(root, '')
  return found
}

function realTarget(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/** Why a file could not be read, in the words the CLI prints (`path: no such file`). */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super(`${path}: ${reason}`)
  }
}

/**
 * A Dockerfile's text as the engine wants it: invalid UTF-8 becomes U+FFFD, CRLF and a BOM are kept
 * (the engine handles both and keeps columns right). With `root`, the file's real path must lie inside it.
 * Throws FileError.
 */
export async function readDockerfile(path: string, options: { root?: string; kind?: string } = {}): Promise<string> {
  return readDockerfileSync(path, options)
}

/**
 * The same, synchronously: what the CLI and a full scan use. A Dockerfile is read in tens of
 * microseconds, while awaiting each read through the thread pool left the process idle a third of
 * the time when linting thousands of files.
 */
export function readDockerfileSync(path: string, options: { root?: string; kind?: string } = {}): string {
  try {
    if (options.root !== undefined && !isInside(realpathSync(options.root), realpathSync(path))) {
      throw new FileError(path, 'leads outside the workspace (symlink), not read')
    }
    // Checked before opening: opening a FIFO blocks, and a device may never end.
    const info = statSync(path)
    if (info.isDirectory()) throw new FileError(path, 'is a directory')
    if (!info.isFile()) throw new FileError(path, 'not a regular file')
    if (info.size > MAX_DOCKERFILE_BYTES) throw new FileError(path, `too large for a ${options.kind ?? 'Dockerfile'} (${megabytes(info.size)}; the limit is ${megabytes(MAX_DOCKERFILE_BYTES)})`)
    return readFileSync(path).toString('utf8')
  } catch (error) {
    throw error instanceof FileError ? error : new FileError(path, describeError(error))
  }
}

/** Standard input (`dockerfile-guard -`) read under the same size cap and decoding as a file. */
export async function readDockerfileStream(stream: AsyncIterable<string | Uint8Array>, path: string): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk)
    size += buffer.length
    if (size > MAX_DOCKERFILE_BYTES) throw new FileError(path, `too large for a Dockerfile (the limit is ${megabytes(MAX_DOCKERFILE_BYTES)})`)
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** An ignore file found next to a Dockerfile: its path ('/'-separated, like the Dockerfile's given) and text. */
export interface IgnoreFile {
  path: string
  text: string
}

/**
 * A look-up of the `.dockerignore` BuildKit applies to a Dockerfile when the build context is the
 * Dockerfile's directory (what `docker build .` run next to it does): `<name>.dockerignore` beside it,
 * else the `.dockerignore` there. `names` lists a directory and `read` reads a file, both with
 * '/'-separated paths. Having none is the usual case; one that cannot be read is passed over quietly,
 * and then the other is not tried (which file BuildKit would read is not known). A directory's
 * `.dockerignore` is read once, whatever number of Dockerfiles share it.
 */
export function dockerignoreFinder(names: (dir: string) => ReadonlySet<string>, read: (path: string) => string | Promise<string>): (dockerfile: string) => Promise<IgnoreFile | undefined> {
  const attempt = async (path: string): Promise<IgnoreFile | undefined> => {
    try {
      return { path, text: await read(path) }
    } catch {
      return undefined
    }
  }
  const shared = new Map<string, Promise<IgnoreFile | undefined>>()
  return async (dockerfile) => {
    const dir = posix.dirname(dockerfile)
    const listed = names(dir)
    const own = `${posix.basename(dockerfile)}.dockerignore`
    if (listed.has(own)) return attempt(posix.join(dir, own))
    if (!listed.has('.dockerignore')) return undefined
    let found = shared.get(dir)
    if (!found) shared.set(dir, (found = attempt(posix.join(dir, '.dockerignore'))))
    return found
  }
}

/**
 * The names of the entries of a directory under `root`, listed once per directory (one system call,
 * however many Dockerfiles it holds); none for a directory that cannot be listed. `known`: directories
 * whose (ignore-file) names a search already found (`Discovery.ignoreFiles`), not listed again.
 */
export function directoryLister(root = '', known?: ReadonlyMap<string, ReadonlySet<string>>): (dir: string) => ReadonlySet<string> {
  const listed = new Map<string, ReadonlySet<string>>(known)
  return (dir) => {
    let entries = listed.get(dir)
    if (!entries) {
      try {
        entries = new Set(readdirSync(join(root, dir)))
      } catch {
        entries = new Set()
      }
      listed.set(dir, entries)
    }
    return entries
  }
}

/** `err.code` in plain words. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ENOTDIR':
      return 'not a directory'
    case 'ELOOP':
      return 'too many levels of symlinks'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** Turns an OS path into the '/'-separated form used in output. */
export function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel)
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`
}
