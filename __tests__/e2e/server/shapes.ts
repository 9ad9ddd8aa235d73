// Objects shaped like GitHub's (the fields and required properties of its OpenAPI schemas), so
// that what the action reads back is what it would read from github.com.
import { createHash } from 'node:crypto'
import { countChanges, type DiffLine } from './diff.js'

export type Json = Record<string, any>

export interface Repository {
  owner: string
  repo: string
}

export interface FileSeed {
  filename: string
  /** GitHub's values: added, removed, modified, renamed, copied, changed, unchanged. */
  status?: string
  /** The unified-diff hunks; leave it out for a binary or too-large file, as GitHub does. */
  patch?: string
  previous_filename?: string
  /** The counts GitHub still reports for a file whose patch it leaves out (default: counted from the patch). */
  additions?: number
  deletions?: number
}

const API = 'https://api.github.com'
const WEB = 'https://github.com'

/** The identity of GITHUB_TOKEN, which posts the action's comments. */
export const ACTIONS_BOT = user('github-actions[bot]', 41898282, 'Bot')

export function user(login: string, id: number, type: 'User' | 'Bot' = 'User'): Json {
  const url = `${API}/users/${encodeURIComponent(login)}`
  // An app's bot user links to the app: https://github.com/apps/github-actions.
  const html = type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`
  return {
    login, id, node_id: `U_${id}`, avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`, gravatar_id: '', url, html_url: html,
    followers_url: `${url}/followers`, following_url: `${url}/following{/other_user}`, gists_url: `${url}/gists{/gist_id}`, starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`, organizations_url: `${url}/orgs`, repos_url: `${url}/repos`, events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`, type, user_view_type: 'public', site_admin: false
  }
}

/** Git's blob id for `text`, as the contents API and `diff-entry.sha` report it. */
export function blobSha(text: string | Buffer): string {
  const data = Buffer.from(text)
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')
}

export function diffEntry({ owner, repo }: Repository, head: string, file: FileSeed): Json {
  const counted = countChanges(file.patch)
  const additions = file.additions ?? counted.additions
  const deletions = file.deletions ?? counted.deletions
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  return {
    sha: blobSha(`${head}:${file.filename}`), filename: file.filename, status: file.status ?? 'modified', additions, deletions, changes: additions + deletions,
    blob_url: `${WEB}/${owner}/${repo}/blob/${head}/${path}`, raw_url: `${WEB}/${owner}/${repo}/raw/${head}/${path}`,
    contents_url: `${API}/repos/${owner}/${repo}/contents/${path}?ref=${head}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename })
  }
}

/** GitHub's contents API wraps base64 at 60 characters, each line ending in a newline. */
export function contentFile({ owner, repo }: Repository, path: string, ref: string, text: string): Json {
  const data = Buffer.from(text)
  const sha = blobSha(data)
  const url = `${API}/repos/${owner}/${repo}/contents/${path}?ref=${ref}`
  const html = `${WEB}/${owner}/${repo}/blob/${ref}/${path}`
  const git = `${API}/repos/${owner}/${repo}/git/blobs/${sha}`
  // Files over 1 MB come without content (encoding "none"); the raw media type still serves them.
  const large = data.length > 1024 * 1024
  const content = large ? '' : (data.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('')
  return {
    type: 'file', encoding: large ? 'none' : 'base64', size: data.length, name: path.split('/').pop(), path, content, sha, url, git_url: git, html_url: html,
    download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`, _links: { self: url, git, html }
  }
}

export function issueComment({ owner, repo }: Repository, issue: number, id: number, body: string, author: Json, now: string): Json {
  return {
    id, node_id: `IC_${id}`, url: `${API}/repos/${owner}/${repo}/issues/comments/${id}`, html_url: `${WEB}/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
    body, user: author, created_at: now, updated_at: now, issue_url: `${API}/repos/${owner}/${repo}/issues/${issue}`,
    author_association: author.type === 'Bot' ? 'NONE' : 'OWNER', performed_via_github_app: null, pin: null, minimized: null
  }
}

export interface CommentPlace {
  path: string
  line: DiffLine
  start?: DiffLine
  subject_type?: 'line' | 'file'
}

export function reviewComment({ owner, repo }: Repository, pull: number, id: number, review: number, commit: string, body: string, place: CommentPlace, author: Json, now: string): Json {
  const self = `${API}/repos/${owner}/${repo}/pulls/comments/${id}`
  const html = `${WEB}/${owner}/${repo}/pull/${pull}#discussion_r${id}`
  const pullUrl = `${API}/repos/${owner}/${repo}/pulls/${pull}`
  const { line, start } = place
  return {
    url: self, pull_request_review_id: review, id, node_id: `PRRC_${id}`, diff_hunk: line.diffHunk, path: place.path,
    position: line.position, original_position: line.position, commit_id: commit, original_commit_id: commit, user: author, body,
    created_at: now, updated_at: now, html_url: html, pull_request_url: pullUrl, author_association: author.type === 'Bot' ? 'NONE' : 'OWNER',
    _links: { self: { href: self }, html: { href: html }, pull_request: { href: pullUrl } },
    start_line: start?.line ?? null, original_start_line: start?.line ?? null, start_side: start?.side ?? null,
    line: line.line, original_line: line.line, side: line.side, subject_type: place.subject_type ?? 'line'
  }
}

export function review({ owner, repo }: Repository, pull: number, id: number, commit: string, body: string, state: string, author: Json, now: string): Json {
  const html = `${WEB}/${owner}/${repo}/pull/${pull}#pullrequestreview-${id}`
  const pullUrl = `${API}/repos/${owner}/${repo}/pulls/${pull}`
  return {
    id, node_id: `PRR_${id}`, user: author, body, state, html_url: html, pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } }, ...(state === 'PENDING' ? {} : { submitted_at: now }),
    commit_id: commit, author_association: author.type === 'Bot' ? 'NONE' : 'OWNER'
  }
}
