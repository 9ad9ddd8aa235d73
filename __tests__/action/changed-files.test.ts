// Through a real Octokit (pagination, URLs, errors) over a fake fetch that plays the GitHub API.
import { describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { changedFiles, type Event } from '../../src/action/changed-files.js'

type Reply = { status?: number; body: unknown; link?: string }

function api(reply: (url: URL) => Reply) {
  const requests: URL[] = []
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input)
    requests.push(url)
    const { status = 200, body, link } = reply(url)
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (link) headers.link = link
    return new Response(JSON.stringify(body), { status, headers })
  }
  return { octokit: getOctokit('ghs_test', { request: { fetch } }), requests }
}

const repo = { owner: 'acme', repo: 'shop' }
const file = (filename: string, status = 'modified') => ({ filename, status })
const pullRequest: Event = { eventName: 'pull_request', payload: { pull_request: { number: 7 } }, repo }
const push = (before: string, after = 'b'.repeat(40)): Event => ({ eventName: 'push', payload: { before, after }, repo })

describe('changedFiles on pull requests', () => {
  it('lists every page of the files, without the removed ones', async () => {
    const { octokit, requests } = api((url) =>
      url.searchParams.get('page') === '2'
        ? { body: [{ ...file('api/Dockerfile', 'renamed'), changes: 0 }] }
        : { body: [{ ...file('Dockerfile', 'added'), patch: '@@ -0,0 +1,2 @@\n+FROM alpine\n+USER app', changes: 2 }, file('old/Dockerfile', 'removed'), { ...file('README.md'), changes: 1 }], link: `<${url.origin}${url.pathname}?per_page=100&page=2>; rel="next"` }
    )
    expect(await changedFiles(octokit, pullRequest)).toEqual({
      files: [
        { path: 'Dockerfile', diff: { known: true, hunks: [{ lines: [1, 2], added: [1, 2] }] } },
        // No patch for a changed file: it changed, where is unknown.
        { path: 'README.md', diff: { known: false, hunks: [] } },
        // A pure rename changes no line.
        { path: 'api/Dockerfile', diff: { known: true, hunks: [] } }
      ],
      source: 'pull request #7'
    })
    expect(requests.map((url) => `${url.pathname}?${url.searchParams}`)).toEqual(['/repos/acme/shop/pulls/7/files?per_page=100', '/repos/acme/shop/pulls/7/files?per_page=100&page=2'])
  })

  it('gives up on a list GitHub truncates at 3000 files', async () => {
    const { octokit } = api((url) => {
      const page = Number(url.searchParams.get('page') ?? 1)
      return { body: Array.from({ length: 100 }, (_, i) => file(`f${page}-${i}`)), link: page < 30 ? `<${url.origin}${url.pathname}?per_page=100&page=${page + 1}>; rel="next"` : undefined }
    })
    expect(await changedFiles(octokit, pullRequest)).toEqual({ reason: 'pull request #7 changes 3000 files or more, which is all GitHub lists' })
  })

  it('fails with a sentence naming the pull request and the permission when the API refuses', async () => {
    const { octokit } = api(() => ({ status: 403, body: { message: 'Resource not accessible by integration' } }))
    await expect(changedFiles(octokit, pullRequest)).rejects.toThrow(/^Could not list the files of pull request #7: Resource not accessible by integration.*read access/)
  })
})

describe('changedFiles on pushes', () => {
  const before = 'a'.repeat(40)

  it('compares the commits before and after the push', async () => {
    const { octokit, requests } = api(() => ({ body: { files: [file('Dockerfile'), file('gone.Dockerfile', 'removed')] } }))
    expect(await changedFiles(octokit, push(before))).toEqual({ files: [{ path: 'Dockerfile', diff: { known: false, hunks: [] } }], source: 'the push aaaaaaa...bbbbbbb' })
    expect(requests.map((url) => url.pathname)).toEqual([`/repos/acme/shop/compare/${before}...${'b'.repeat(40)}`])
  })

  it('has nothing to compare with when the push created the branch, and asks nothing', async () => {
    const { octokit, requests } = api(() => ({ body: {} }))
    expect(await changedFiles(octokit, push('0'.repeat(40)))).toEqual({ reason: 'the push created the branch, so there is no earlier commit to compare with' })
    expect(requests).toEqual([])
  })

  it('gives the reason when the earlier commit is gone (a force-push)', async () => {
    const { octokit } = api(() => ({ status: 404, body: { message: 'Not Found' } }))
    expect(await changedFiles(octokit, push(before))).toEqual({ reason: expect.stringMatching(/^comparing aaaaaaa\.\.\.bbbbbbb failed \(Not Found/) })
  })

  it('gives up on a comparison GitHub truncates at 300 files', async () => {
    const { octokit } = api(() => ({ body: { files: Array.from({ length: 300 }, (_, i) => file(`f${i}`)) } }))
    expect(await changedFiles(octokit, push(before))).toEqual({ reason: 'the push changes 300 files or more, which is all GitHub lists' })
  })
})

describe('changedFiles on other events', () => {
  it('has no list for a schedule', async () => {
    const { octokit } = api(() => ({ body: {} }))
    expect(await changedFiles(octokit, { eventName: 'schedule', payload: {}, repo })).toEqual({ reason: 'a schedule event has no list of changed files' })
  })
})
