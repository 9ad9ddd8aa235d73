// A file's text at a commit, through the contents API: how `pull_request_target` runs read the
// pull request's Dockerfiles without checking them out. The text is data for the linter; nothing
// from the pull request is written to disk or run.
import { FileError, MAX_DOCKERFILE_BYTES } from '../files.js'
import type { GitHub, Repository } from './client.js'
import { messageOf, statusOf } from './client.js'

export async function fileAt(octokit: GitHub, repo: Repository, path: string, ref: string): Promise<string> {
  let data: unknown
  try {
    // The raw media type answers with the bytes themselves, also for files over the 1 MB the JSON form holds.
    ;({ data } = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } }))
  } catch (error) {
    throw new FileError(path, statusOf(error) === 404 ? `not found at ${ref.slice(0, 7)}` : `could not be read through the API (${messageOf(error)})`)
  }
  const bytes = await bodyBytes(data)
  if (bytes.length > MAX_DOCKERFILE_BYTES) throw new FileError(path, `too large for a Dockerfile (the limit is ${MAX_DOCKERFILE_BYTES / 1024 / 1024} MB)`)
  return bytes.toString('utf8')
}

/** With `parseSuccessResponseBody: false` Octokit hands over the response stream untouched. */
async function bodyBytes(data: unknown): Promise<Buffer> {
  if (typeof data === 'string') return Buffer.from(data, 'utf8')
  if (data instanceof ArrayBuffer) return Buffer.from(data)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of data as AsyncIterable<Uint8Array>) {
    chunks.push(Buffer.from(chunk))
    size += chunk.length
    // Stop reading early: the size is all that matters past the limit.
    if (size > MAX_DOCKERFILE_BYTES) break
  }
  return Buffer.concat(chunks)
}
