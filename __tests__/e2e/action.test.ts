// The committed bundle, run on Node 24 as the runner runs it. Assertions are about what a user
// sees: exit code, workflow commands in the log, outputs, the SARIF file and the job summary.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assertNode24, removeRuns, runAction, TOKEN, type Api } from './runner.js'

jest.setTimeout(60_000)

const ROOT_USER = 'FROM alpine:3.20\nUSER root\n'
const UNPRIVILEGED = 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
const ROOT_ANNOTATION = '::error title=The image should not run as root,file=app/Dockerfile,line=2,endLine=2,col=1::The final stage runs as `root`'
const BEFORE = 'a'.repeat(40)
const AFTER = 'b'.repeat(40)

const repository = { Dockerfile: UNPRIVILEGED, 'app/Dockerfile': ROOT_USER, 'README.md': '# shop\n' }
const file = (filename: string, status = 'modified') => ({ filename, status })
const count = (text: string, needle: string) => text.split(needle).length - 1

beforeAll(assertNode24)
afterAll(removeRuns)

describe('on a schedule (scope all)', () => {
  it('lints every Dockerfile of the workspace and reports it everywhere, failing on an error', async () => {
    const run = await runAction({ event: 'schedule', files: { ...repository, 'vendor/Dockerfile': { symlink: '/etc/hostname' } } })

    expect(run.code).toBe(1)
    expect(run.stdout).toContain(ROOT_ANNOTATION)
    expect(run.stdout).toMatch(/^::error::Found \d+ findings? at or above the fail-on level "error" \(\d+ errors?\); see the job summary\.$/m)
    expect(run.stdout).toContain('::warning::vendor/Dockerfile was not linted: symlink leads outside the searched directory')
    expect(run.requests).toEqual([])

    const sarifFile = join(run.workspace, 'dockerfile-guard.sarif')
    expect(run.outputs['sarif-file']).toBe(sarifFile)
    expect(run.outputs.files).toBe('2')
    const [errors, warnings, notes] = [run.outputs.errors, run.outputs.warnings, run.outputs.notes].map(Number)
    expect(errors).toBeGreaterThanOrEqual(1)
    expect(Number(run.outputs.findings)).toBe(errors + warnings + notes)

    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'))
    const results = sarif.runs[0].results
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'dockerfile-guard/' })
    expect(results).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-root-user',
        level: 'error',
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'app/Dockerfile' }), region: expect.objectContaining({ startLine: 2 }) }) })]
      })
    )
    expect(results).toHaveLength(Number(run.outputs.findings))

    expect(run.summary).toContain('dockerfile-guard found')
    expect(run.summary).toContain('(https://github.com/acme/shop/blob/c0ffee0000000000000000000000000000000000/app/Dockerfile#L2)')
    expect(run.summary).toMatch(/#### Not linted\n\n- `vendor\/Dockerfile`: symlink leads outside/)
  })

  it('shows the token only to the runner, in the command that masks it', async () => {
    const run = await runAction({ event: 'schedule', files: repository })
    const lines = run.stdout.split('\n').filter((line) => line.includes(TOKEN))
    expect(lines).toEqual([`::add-mask::${TOKEN}`])
    expect(run.stderr).not.toContain(TOKEN)
  })

  it('keeps the errors GitHub displays to nine, plus the failure, and ends with a notice counting the rest', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`svc${i}/Dockerfile`, ROOT_USER]))
    const run = await runAction({ event: 'schedule', files })
    expect(count(run.stdout, '::error title=')).toBe(9)
    expect(count(run.stdout, '::error::Found ')).toBe(1)
    expect(run.stdout).toMatch(/^::notice title=More dockerfile-guard findings::\d+ more findings are not shown as annotations .*the job summary/m)
  })
})

describe('inputs', () => {
  it('passes with fail-on never, reporting the same findings', async () => {
    const run = await runAction({ event: 'workflow_dispatch', files: repository, inputs: { 'fail-on': 'never' } })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(ROOT_ANNOTATION)
    expect(run.stdout).not.toContain('::error::')
    expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1)
  })

  it('writes no SARIF file and no annotation when told not to, and still fails', async () => {
    const run = await runAction({ event: 'workflow_dispatch', files: repository, inputs: { 'sarif-file': '', annotations: 'false' } })
    expect(run.code).toBe(1)
    expect(run.outputs['sarif-file']).toBe('')
    expect(existsSync(join(run.workspace, 'dockerfile-guard.sarif'))).toBe(false)
    expect(run.stdout).not.toContain('::error title=')
    expect(run.stdout).toContain('::error::Found ')
  })

  it('stops on an invalid input with a message naming it and the allowed values', async () => {
    const run = await runAction({ event: 'workflow_dispatch', files: repository, inputs: { 'fail-on': 'erorr' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::fail-on must be one of error, warning, note, never; got "erorr"')
    expect(run.outputs).toEqual({})
  })

  it("applies the repository's .dockerfile-guard.yml: rule levels and ignore-paths", async () => {
    const config = 'rules:\n  no-root-user: warning\nignore-paths: [legacy/**]\n'
    const run = await runAction({ event: 'workflow_dispatch', files: { ...repository, 'legacy/Dockerfile': ROOT_USER, '.dockerfile-guard.yml': config } })
    expect(run.stdout).toContain('Configuration: .dockerfile-guard.yml.')
    expect(run.stdout).toContain('1 Dockerfile left out by ignore-paths in .dockerfile-guard.yml.')
    expect(run.stdout).toContain('::warning title=The image should not run as root,file=app/Dockerfile,line=2')
    expect(run.stdout).not.toContain('legacy/Dockerfile')
    expect(run.outputs).toMatchObject({ files: '2', errors: '0' })
    expect(run.code).toBe(0)
  })

  it('stops on a mistake in the configuration with an error annotation on its line, rather than linting with other rules', async () => {
    const run = await runAction({ event: 'workflow_dispatch', files: { ...repository, 'ci/guard.yml': 'rules:\n  no-root-user: fatal\n' }, inputs: { config: 'ci/guard.yml' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error title=dockerfile-guard configuration,file=ci/guard.yml,line=2,col=17::rules.no-root-user: expected one of off, note, warning, error, not `fatal`')
    expect(run.stdout).toContain('::error::ci/guard.yml:2:17: rules.no-root-user: expected one of off, note, warning, error, not `fatal`')
    expect(run.outputs).toEqual({})
  })
})

describe('on a push', () => {
  const compare: Api = (_, url) => (url.pathname === `/repos/acme/shop/compare/${BEFORE}...${AFTER}` ? { body: { files: [file('app/Dockerfile'), file('old/Dockerfile', 'removed'), file('README.md')] } } : { status: 404, body: {} })

  it('with scope changed, lints the Dockerfiles the push changed, asking the compare API with the token', async () => {
    const run = await runAction({ event: 'push', payload: { before: BEFORE, after: AFTER }, files: repository, inputs: { scope: 'changed' }, api: compare })
    expect(run.requests).toEqual([{ call: `GET /repos/acme/shop/compare/${BEFORE}...${AFTER}?per_page=1`, authorization: `token ${TOKEN}` }])
    expect(run.stdout).toContain('Linting 1 Dockerfile among the 2 files that the push aaaaaaa...bbbbbbb added or modified.')
    expect(run.outputs.files).toBe('1')
    expect(run.stdout).toContain(ROOT_ANNOTATION)
  })

  it('with scope changed on a new branch, says why and lints everything', async () => {
    const run = await runAction({ event: 'push', payload: { before: '0'.repeat(40), after: AFTER }, files: repository, inputs: { scope: 'changed' }, api: compare })
    expect(run.stdout).toContain('Linting every Dockerfile in the workspace: the push created the branch, so there is no earlier commit to compare with.')
    expect(run.outputs.files).toBe('2')
    expect(run.requests).toEqual([])
  })

  it('with scope auto, lints everything without asking the API', async () => {
    const run = await runAction({ event: 'push', payload: { before: BEFORE, after: AFTER }, files: repository, api: compare })
    expect(run.outputs.files).toBe('2')
    expect(run.requests).toEqual([])
  })
})

// The review, the summary comment and the rest of a pull request's life: pr-*.test.ts.
describe('on a pull request (scope auto is changed)', () => {
  it("lints the pull request's changed Dockerfiles, every page of them, and names the one it cannot read", async () => {
    const api: Api = (request, url) => {
      if (url.pathname !== '/repos/acme/shop/pulls/7/files') return { status: 404, body: {} }
      if (url.searchParams.get('page') === '2') return { body: [file('missing/Dockerfile', 'added')] }
      const next = `<http://${request.headers.host}${url.pathname}?per_page=100&page=2>; rel="next"`
      return { body: [file('app/Dockerfile'), file('gone/Dockerfile', 'removed'), file('src/main.go')], headers: { link: next } }
    }
    const run = await runAction({ event: 'pull_request', payload: { pull_request: { number: 7, head: { sha: AFTER } } }, files: repository, inputs: { 'fail-on': 'never', comment: 'off' }, api })
    expect(run.requests.map((r) => r.call)).toEqual(['GET /repos/acme/shop/pulls/7/files?per_page=100', 'GET /repos/acme/shop/pulls/7/files?per_page=100&page=2'])
    expect(run.stdout).toContain('Linting 2 Dockerfiles among the 3 files that pull request #7 added or modified.')
    expect(run.stdout).toContain('::warning::missing/Dockerfile was not linted: no such file')
    expect(run.stdout).toContain(ROOT_ANNOTATION)
    expect(run.outputs.files).toBe('1')
    expect(run.summary).toContain(`/blob/${AFTER}/app/Dockerfile#L2`)
    expect(run.code).toBe(0)
  })

  it('fails with the reason when the files cannot be listed', async () => {
    const run = await runAction({ event: 'pull_request', payload: { pull_request: { number: 7 } }, files: repository, api: () => ({ status: 403, body: { message: 'Resource not accessible by integration' } }) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::Could not list the files of pull request #7: Resource not accessible by integration/m)
  })
})
