// Repository endpoints: comparing commits (push events), file contents at a ref
// (`pull_request_target` reads the PR's files this way), and code-scanning SARIF uploads.
import { randomUUID } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import type { Context, Handler } from './context.js'
import { error, notFound } from './replies.js'
import { contentFile, diffEntry, type Json } from './shapes.js'

/** GitHub's 403 texts when code scanning cannot take uploads (codeql-action matches on them). */
export const CODE_SCANNING_DISABLED = {
  advancedSecurity: 'Advanced Security must be enabled for this repository to use code scanning.',
  codeSecurity: 'Code Security must be enabled for this repository to use code scanning.',
  notEnabled: 'Code Scanning is not enabled for this repository. Please enable code scanning in the repository settings.'
}

/** The compare API lists at most 300 files. */
export const MAX_COMPARE_FILES = 300
const MAX_SARIF_GZIP_BYTES = 10 * 1024 * 1024

export const repoHandlers: Record<string, Handler> = {
  'repos/compare-commits-with-basehead': (c) => {
    const [base, head] = c.params.basehead.split('...')
    const files = head === undefined ? undefined : c.state.comparisons.get(`${base}...${head}`)
    if (!files) return notFound(c.docs)
    const { owner, repo } = c.state.repository
    const web = `https://github.com/${owner}/${repo}`
    // When paginating (page or per_page given), only the first page lists the files.
    const paginated = c.url.searchParams.has('page') || c.url.searchParams.has('per_page')
    const listed = paginated && Number(c.url.searchParams.get('page') ?? 1) > 1 ? [] : files.slice(0, MAX_COMPARE_FILES)
    const body = {
      url: `https://api.github.com/repos/${owner}/${repo}/compare/${base}...${head}`, html_url: `${web}/compare/${base}...${head}`,
      permalink_url: `${web}/compare/${owner}:${base}...${owner}:${head}`, diff_url: `${web}/compare/${base}...${head}.diff`, patch_url: `${web}/compare/${base}...${head}.patch`,
      base_commit: commit(c, base, []), merge_base_commit: commit(c, base, []), status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1,
      commits: [commit(c, head, [base])], files: listed.map((file) => diffEntry(c.state.repository, head, file))
    }
    return { status: 200, body }
  },

  'repos/get-content': (c) => {
    const ref = c.url.searchParams.get('ref') ?? c.state.defaultBranch
    const text = c.state.content(c.params.path, ref)
    if (text === undefined) return notFound(c.docs)
    if (/application\/vnd\.github(\.v3)?\.raw/.test(String(c.headers.accept))) {
      return { status: 200, body: text, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
    }
    return { status: 200, body: contentFile(c.state.repository, c.params.path, ref, text) }
  },

  'code-scanning/upload-sarif': (c) => {
    if (c.state.codeScanningDisabled) return error(403, c.state.codeScanningDisabled, c.docs)
    const gzipped = Buffer.from(String(c.body.sarif), 'base64')
    if (gzipped.length > MAX_SARIF_GZIP_BYTES) return error(413, 'Payload Too Large', c.docs)
    const sarif = decodeSarif(String(c.body.sarif), gzipped)
    if (typeof sarif === 'string') return { ...error(400, `Invalid request.\n\n${sarif}`, c.docs), violation: [sarif] }
    const id = randomUUID()
    c.state.sarifs.push({ id, commit_sha: c.body.commit_sha, ref: c.body.ref, sarif, body: c.body })
    const { owner, repo } = c.state.repository
    return { status: 202, body: { id, url: `https://api.github.com/repos/${owner}/${repo}/code-scanning/sarifs/${id}` } }
  },

  'code-scanning/get-sarif': (c) => {
    if (!c.state.sarifs.some((upload) => upload.id === c.params.sarif_id)) return notFound(c.docs)
    const { owner, repo } = c.state.repository
    return { status: 200, body: { processing_status: 'complete', analyses_url: `https://api.github.com/repos/${owner}/${repo}/code-scanning/analyses?sarif_id=${c.params.sarif_id}`, errors: null } }
  }
}

/** The upload's `sarif` must be gzip then base64 of a SARIF 2.1.0 log; the reason when it is not. */
function decodeSarif(text: string, gzipped: Buffer): Json | string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return 'sarif is not base64'
  let json: string
  try {
    json = gunzipSync(gzipped).toString('utf8')
  } catch {
    return 'sarif is base64 but not gzip'
  }
  let log: Json
  try {
    log = JSON.parse(json)
  } catch {
    return 'sarif is not JSON once gunzipped'
  }
  if (log?.version !== '2.1.0' || !Array.isArray(log.runs)) return 'sarif is not a SARIF 2.1.0 log (version "2.1.0" and runs[])'
  return log
}

function commit(c: Context, sha: string, parents: string[]): Json {
  const { owner, repo } = c.state.repository
  const api = `https://api.github.com/repos/${owner}/${repo}`
  const person = { name: 'Codertocat', email: 'octocat@github.com', date: c.now }
  return {
    url: `${api}/commits/${sha}`, sha, node_id: `C_${sha.slice(0, 12)}`, html_url: `https://github.com/${owner}/${repo}/commit/${sha}`, comments_url: `${api}/commits/${sha}/comments`,
    commit: { url: `${api}/git/commits/${sha}`, author: person, committer: person, message: 'Update Dockerfile', comment_count: 0, tree: { sha: sha.split('').reverse().join(''), url: `${api}/git/trees/${sha}` } },
    author: null, committer: null, parents: parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `https://github.com/${owner}/${repo}/commit/${p}` }))
  }
}
