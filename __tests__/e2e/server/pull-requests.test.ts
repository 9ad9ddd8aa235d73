// The fake GitHub's pull-request behaviour, through the Octokit the action uses: paginated files,
// reviews placed on the diff (or refused with GitHub's 422), the sticky comment's life cycle,
// compare and contents, minimizing over GraphQL, and event payloads that match the seeded PR.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { pullRequestEvent, pushEvent } from '../../fixtures/github/events.js'
import { GitHubServer, user, type FileSeed } from './index.js'
import { responseProblems } from './openapi.js'

const HEAD = 'e'.repeat(40)
const BASE = 'b'.repeat(40)
// Hunk 0: RIGHT 1-4 (2 and 3 added), LEFT 1-3 (2 removed). Hunk 1: RIGHT 21-22 (22 added), LEFT 20-21.
const PATCH = '@@ -1,3 +1,4 @@\n FROM alpine:3.20\n-RUN apk add curl\n+RUN apk add --no-cache curl\n+USER root\n CMD ["sh"]\n@@ -20,2 +21,2 @@\n EXPOSE 80\n-ENV A=1\n+ENV A=2'
const DOCKERFILE: FileSeed = { filename: 'app/Dockerfile', status: 'modified', patch: PATCH }
const repo = { owner: 'acme', repo: 'shop', pull_number: 7 }

let github: GitHubServer
let octokit: ReturnType<typeof getOctokit>
beforeEach(async () => {
  github = await GitHubServer.start()
  github.state.addPull({ number: 7, head: HEAD, base: BASE, files: [DOCKERFILE] })
  octokit = getOctokit('ghs_token', { baseUrl: github.url })
})
afterEach(() => github.stop())

const files = (n: number): FileSeed[] => Array.from({ length: n }, (_, i) => ({ filename: `svc${i}/Dockerfile`, status: 'added', patch: '@@ -0,0 +1 @@\n+FROM scratch' }))
const rejection = (promise: Promise<unknown>) => promise.then(() => 'accepted', (e: { status: number; response: { data: { errors?: unknown } } }) => [e.status, e.response.data.errors])

describe('listing pull request files', () => {
  it('pages with per_page and Link headers, as octokit.paginate follows them', async () => {
    github.state.push(7, HEAD, files(150))
    const listed = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, per_page: 100 })
    expect(listed.map((f) => f.filename)).toEqual(files(150).map((f) => f.filename))
    expect(github.requests.map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }])
    const first = await fetch(`${github.url}/repos/acme/shop/pulls/7/files`)
    expect((await first.json()) as unknown[]).toHaveLength(30)
    expect(first.headers.get('link')).toBe(`<${github.url}/repos/acme/shop/pulls/7/files?per_page=30&page=2>; rel="next", <${github.url}/repos/acme/shop/pulls/7/files?per_page=30&page=5>; rel="last"`)
    expect(responseProblems('pulls/list-files', 200, listed)).toEqual([])
  })

  it('stops at 3,000 files, as GitHub does', async () => {
    github.state.push(7, HEAD, files(3005))
    expect(await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, per_page: 100 })).toHaveLength(3000)
  })
})

describe('reviews', () => {
  const review = (comments: object[]) => octokit.rest.pulls.createReview({ ...repo, commit_id: HEAD, event: 'COMMENT', body: 'dockerfile-guard', comments: comments as [] })

  it('places comments on added, context and removed lines, and multi-line ranges within a hunk', async () => {
    const { data } = await review([
      { path: 'app/Dockerfile', line: 3, side: 'RIGHT', body: 'added' },
      { path: 'app/Dockerfile', line: 21, body: 'context' },
      { path: 'app/Dockerfile', start_line: 2, line: 4, side: 'RIGHT', start_side: 'RIGHT', body: 'range' },
      { path: 'app/Dockerfile', line: 2, side: 'LEFT', body: 'removed' }
    ])
    expect(data).toMatchObject({ state: 'COMMENTED', commit_id: HEAD, user: { login: 'github-actions[bot]' } })
    const { data: comments } = await octokit.rest.pulls.listReviewComments(repo)
    expect(comments.map((c) => [c.body, c.start_line, c.line, c.side, c.pull_request_review_id])).toEqual([
      ['added', null, 3, 'RIGHT', data.id], ['context', null, 21, 'RIGHT', data.id], ['range', 2, 4, 'RIGHT', data.id], ['removed', null, 2, 'LEFT', data.id]
    ])
    expect(comments[0].diff_hunk).toBe('@@ -1,3 +1,4 @@\n FROM alpine:3.20\n-RUN apk add curl\n+RUN apk add --no-cache curl\n+USER root')
    expect(responseProblems('pulls/create-review', 200, data)).toEqual([])
    expect(responseProblems('pulls/list-review-comments', 200, comments)).toEqual([])
  })

  it.each([
    ['a line outside every hunk', { line: 10 }, "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"],
    ['an old-file line number on the RIGHT side', { line: 20 }, "Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"],
    ['a range across two hunks', { start_line: 3, line: 21 }, 'Pull request review thread start line must be part of the same hunk as the line.'],
    ['a range that ends where it starts', { start_line: 3, line: 3 }, 'Pull request review thread start line must precede the end line.'],
    ['a file the PR does not change', { path: 'Dockerfile', line: 1 }, 'Pull request review thread path is invalid']
  ])('refuses the whole review for %s, with 422 and GitHub\'s text', async (_, comment, message) => {
    const outcome = await rejection(review([{ path: 'app/Dockerfile', line: 1, body: 'fine' }, { path: 'app/Dockerfile', body: 'bad', ...comment }]))
    expect(outcome).toEqual([422, [message]])
    expect(github.state.pull(7)).toMatchObject({ reviews: [], reviewComments: [] })
    expect(github.violations).toEqual([])
  })

  it('marks a comment outdated (line null) when a new push moves its line out of the diff', async () => {
    await review([{ path: 'app/Dockerfile', line: 3, body: 'root' }, { path: 'app/Dockerfile', line: 22, body: 'env' }])
    github.state.push(7, 'f'.repeat(40), [{ ...DOCKERFILE, patch: '@@ -20,2 +20,2 @@\n EXPOSE 80\n-ENV A=1\n+ENV A=2' }])
    const { data } = await octokit.rest.pulls.listReviewComments(repo)
    expect(data.map((c) => [c.body, c.line, c.original_line])).toEqual([['root', null, 3], ['env', null, 22]])
    expect(await rejection(octokit.rest.pulls.createReview({ ...repo, commit_id: 'a'.repeat(40), event: 'COMMENT', body: 'x' }))).toEqual([422, [`No commit found for SHA: ${'a'.repeat(40)}`]])
  })

  it('deletes review comments, and 404s on one that is gone', async () => {
    await review([{ path: 'app/Dockerfile', line: 3, body: 'root' }])
    const [comment] = github.state.pull(7).reviewComments
    expect((await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id })).status).toBe(204)
    expect(await rejection(octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: comment.id }))).toEqual([404, undefined])
  })
})

describe('the sticky summary comment', () => {
  it('is created, found, edited and deleted like an issue comment, and refused over 65,536 characters', async () => {
    const person = github.state.addIssueComment(7, 'LGTM', user('alice', 1))
    const { data: created } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- dockerfile-guard -->\nv1' })
    await octokit.rest.issues.updateComment({ ...repo, comment_id: created.id, body: '<!-- dockerfile-guard -->\nv2' })
    const { data: listed } = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 })
    expect(listed.map((c) => [c.id, c.user?.login, c.body])).toEqual([[person.id, 'alice', 'LGTM'], [created.id, 'github-actions[bot]', '<!-- dockerfile-guard -->\nv2']])
    expect(responseProblems('issues/create-comment', 201, created)).toEqual([])
    const tooLong = await rejection(octokit.rest.issues.updateComment({ ...repo, comment_id: created.id, body: 'x'.repeat(65537) }))
    expect(tooLong).toEqual([422, [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }]])
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.id })
    expect(github.state.pull(7).issueComments).toEqual([person])
  })

  it('can be minimized through GraphQL, which REST then shows; a query it does not know is a violation', async () => {
    const { data: created } = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'old summary' })
    const mutation = 'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }'
    expect(await octokit.graphql(mutation, { id: created.node_id })).toMatchObject({ minimizeComment: { minimizedComment: { isMinimized: true } } })
    expect((await octokit.rest.issues.getComment({ ...repo, comment_id: created.id }).catch((e) => e)).status).toBe(501)
    expect(github.state.pull(7).issueComments[0].minimized).toEqual({ reason: 'outdated' })
    await expect(octokit.graphql('query { viewer { login } }')).rejects.toThrow('This fake GitHub answers only the minimizeComment mutation.')
    expect(github.violations.map((v) => v.problems[0])).toEqual(['issues/get-comment is valid but not implemented by the fake GitHub', 'unsupported GraphQL document: query { viewer { login } }'])
  })
})

describe('push comparisons and file contents', () => {
  it('compares two commits into their changed files, and 404s on an unknown pair', async () => {
    github.state.addComparison(BASE, HEAD, [DOCKERFILE, { filename: 'old/Dockerfile', status: 'removed' }])
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'shop', basehead: `${BASE}...${HEAD}` })
    expect(data.files?.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([['app/Dockerfile', 'modified', 3, 2], ['old/Dockerfile', 'removed', 0, 0]])
    expect(await rejection(octokit.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'shop', basehead: `${HEAD}...${BASE}` }))).toEqual([404, undefined])
  })

  it('serves a file at a ref as base64 or raw', async () => {
    github.state.addContent('app/Dockerfile', 'FROM alpine:3.20\nUSER root\n', HEAD)
    const { data } = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'shop', path: 'app/Dockerfile', ref: HEAD })
    expect(responseProblems('repos/get-content', 200, data)).toEqual([])
    const raw = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'shop', path: 'app/Dockerfile', ref: HEAD, mediaType: { format: 'raw' } })
    expect(raw.data).toBe('FROM alpine:3.20\nUSER root\n')
    expect(await rejection(octokit.rest.repos.getContent({ owner: 'acme', repo: 'shop', path: 'app/Dockerfile' }))).toEqual([404, undefined])
  })
})

describe('event payloads', () => {
  it("are GitHub's examples moved to the PR the server holds: same repo, fork, pull_request_target and push", async () => {
    const { data: pull } = await octokit.rest.pulls.get(repo)
    const same = pullRequestEvent({ head: HEAD, base: BASE })
    expect(same.payload.pull_request).toMatchObject({ number: 7, head: { sha: HEAD, repo: { full_name: 'acme/shop' } }, base: { sha: BASE, repo: { full_name: 'acme/shop' } } })
    expect(pull).toMatchObject({ number: 7, head: { sha: HEAD }, base: { sha: BASE, ref: 'main' }, html_url: 'https://github.com/acme/shop/pull/7' })
    const fork = pullRequestEvent({ fork: 'mallory', target: true }).payload.pull_request
    expect([fork.head.repo.full_name, fork.head.repo.fork, fork.base.repo.full_name, fork.user.login]).toEqual(['mallory/shop', true, 'acme/shop', 'mallory'])
    expect(pullRequestEvent({ target: true }).event).toBe('pull_request_target')
    const push = pushEvent({ before: BASE, after: HEAD })
    expect(push).toMatchObject({ event: 'push', payload: { ref: 'refs/heads/main', before: BASE, after: HEAD, head_commit: { id: HEAD }, repository: { full_name: 'acme/shop' } } })
  })
})
