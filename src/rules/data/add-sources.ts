// What an ADD source is, decided the way BuildKit decides it (frontend/dockerfile/dfgitutil): a Git
// repository, an HTTP(S) download, or a path in the build context.

export type RemoteKind = 'http' | 'git'

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i
const SCP_LIKE = /^[\w.-]+@[\w.-]+:/ // git@github.com:org/repo.git

/** 'git' or 'http' for a remote source; undefined for a local path. */
export function remoteKind(source: string): RemoteKind | undefined {
  if (/^(git|ssh):\/\//i.test(source) || SCP_LIKE.test(source)) return 'git'
  if (!/^https?:\/\//i.test(source)) return undefined
  // An HTTP(S) URL is a Git repository only when its path ends in `.git`.
  return /\.git$/i.test(urlPath(source)) ? 'git' : 'http'
}

/** True when the source is a URL of any scheme (COPY cannot fetch it). */
export function isUrl(source: string): boolean {
  return URL_SCHEME.test(source) || SCP_LIKE.test(source)
}

/**
 * Whether a Git source names one commit: a full commit hash as the `#ref[:dir]` fragment, or a
 * `checksum=`/`commit=` query (BuildKit 0.24+). Undefined when an unknown variable decides it.
 */
export function isGitCommitPinned(source: string): boolean | undefined {
  const hash = source.indexOf('#')
  const query = new URLSearchParams(source.slice(0, hash < 0 ? undefined : hash).split('?')[1] ?? '')
  if (query.get('checksum') || query.get('commit') || isCommit(query.get('ref') ?? '')) return true
  if (hash < 0) return false
  const ref = source.slice(hash + 1).split(':')[0]
  return ref.includes('$') ? undefined : isCommit(ref)
}

function isCommit(ref: string): boolean {
  return /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref)
}

function urlPath(url: string): string {
  return url.replace(/[?#].*$/s, '')
}

/**
 * Archives ADD unpacks (hadolint's list, plus zstd which BuildKit also unpacks). Docker sniffs the
 * content, so these are the names that say "this is meant to be unpacked".
 */
const ARCHIVE = /\.(tar|z|bz2|gz|lz|lzma|tz|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst|tzst)$/i

export function isArchive(path: string): boolean {
  return ARCHIVE.test(path)
}
