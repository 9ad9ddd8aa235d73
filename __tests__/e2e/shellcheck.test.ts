// ShellCheck in the bundled action on Node 24, seen where a user looks: the review comments, the
// annotations and the SARIF file, each at the Dockerfile's own line and column of the shell problem.
// With the real `shellcheck` on PATH (CI installs it); and without one, from a local HTTP server
// standing in for GitHub's release download (through DOCKERFILE_GUARD_SHELLCHECK_URL and _SHA256,
// which exist for tests only): an archive with the pinned digest is unpacked, cached and run, one
// without it is refused unpacked with one warning, and the other rules are reported either way.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SHA256_VARIABLE, URL_VARIABLE } from '../../src/action/shellcheck.js'
import { SHELLCHECK_VERSION, shellcheckAsset } from '../../src/action/shellcheck-release.js'
import type { GitHubServer } from './server/index.js'
import { assertNode24, removeRuns, runAction, type Result } from './runner.js'
import { patch, runOnPull, sarifProblems, seedPull, startGitHub } from './pr-harness.js'

jest.setTimeout(60_000)

const FILE = 'app/Dockerfile'
// ShellCheck finds `for f in $(ls …)` (SC2045, an error) on line 6 and `==` in sh (SC3014, a warning) on line 10.
const SHELL_BUGS = [
  'FROM debian:12',
  'ARG NAME=app',
  'RUN apt-get update \\',
  ' && apt-get install -y --no-install-recommends curl \\',
  ' && rm -rf /var/lib/apt/lists/*',
  'RUN for f in $(ls /etc/*.conf); do \\',
  '      echo "$f"; \\',
  '    done \\',
  ' && echo "$NAME" > /tmp/name \\',
  ' && [ "$NAME" == app ]',
  'USER 10001',
  'CMD ["sh"]',
  ''
].join('\n')
const SC2045 = { ruleId: 'SC2045', level: 'error', line: 6, column: 14, endLine: 6, endColumn: 31 }
const SC3014 = { ruleId: 'SC3014', level: 'warning', line: 10, column: 15, endLine: 10, endColumn: 17 }

interface SarifResult {
  ruleId: string
  level: string
  message: { text: string }
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[]
}
const sarifOf = (run: Result) => JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'))
const resultsOf = (run: Result): SarifResult[] => sarifOf(run).runs[0].results
/** The ShellCheck results of the SARIF file, where and how severe. */
const shellcheckResults = (run: Result) =>
  resultsOf(run)
    .filter((r) => /^SC\d{4}$/.test(r.ruleId))
    .map(({ ruleId, level, locations: [{ physicalLocation: p }] }) => ({ ruleId, level, line: p.region.startLine, column: p.region.startColumn, endLine: p.region.endLine, endColumn: p.region.endColumn }))

beforeAll(assertNode24)
afterAll(removeRuns)

describe('with shellcheck on PATH', () => {
  let github: GitHubServer
  beforeAll(() => {
    if (!which('shellcheck')) throw new Error('These tests run the real ShellCheck, and there is no shellcheck on PATH: install it (`apt-get install shellcheck`, as .ci/run does).')
  })
  beforeEach(async () => {
    github = await startGitHub()
  })
  afterEach(() => github.stop())

  it('comments on the exact lines of the shell problems, and annotates and reports them at their columns', async () => {
    seedPull(github, [{ filename: FILE, status: 'added', patch: patch(SHELL_BUGS, 'all') }])
    const run = await runOnPull(github, { files: { [FILE]: SHELL_BUGS } })

    expect(github.violations).toEqual([])
    expect(run.stdout).toMatch(/^ShellCheck: \/\S*\/shellcheck \(on PATH\)\.$/m)
    expect(run.stdout).not.toContain('::warning::ShellCheck')

    // The review: one comment on each line ShellCheck found a problem on, not on the RUN's first line.
    const comments = github.state.pull(7).reviewComments
    expect(comments.map((c) => [c.path, c.line])).toEqual([[FILE, 6], [FILE, 10]])
    expect(comments[0].body).toContain('SC2045')
    expect(comments[0].body).toContain('Iterating over ls output is fragile')
    expect(comments[1].body).toContain('SC3014')

    // Annotations at line and column; the error fails the step.
    expect(run.stdout).toMatch(/^::error title=[^,\n]*SC2045[^,\n]*,file=app\/Dockerfile,line=6,endLine=6,col=14::Iterating over ls output is fragile/m)
    expect(run.stdout).toMatch(/^::warning title=[^,\n]*SC3014[^,\n]*,file=app\/Dockerfile,line=10,endLine=10,col=15::In POSIX sh, == in place of = is undefined/m)
    expect(run.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' })
    expect(run.code).toBe(1)

    // SARIF: valid, both results at their regions, and a rule for each code with ShellCheck's wiki page.
    const sarif = sarifOf(run)
    expect(sarifProblems(sarif)).toEqual([])
    expect(shellcheckResults(run)).toEqual([SC2045, SC3014])
    const rules = sarif.runs[0].tool.driver.rules as { id: string; helpUri?: string }[]
    expect(rules.find((r) => r.id === 'SC2045')).toMatchObject({ helpUri: 'https://www.shellcheck.net/wiki/SC2045' })
    expect(rules.find((r) => r.id === 'SC3014')).toMatchObject({ helpUri: 'https://www.shellcheck.net/wiki/SC3014' })
  })

  it.each([
    ['the input shellcheck: off', { inputs: { shellcheck: 'off' } }],
    ["the configuration's shellcheck: false", { files: { '.dockerfile-guard.yml': 'shellcheck: false\n' } }]
  ])('%s runs no ShellCheck, and says nothing about it', async (_, run: { inputs?: Record<string, string>; files?: Record<string, string> }) => {
    const result = await runAction({ event: 'schedule', ...run, files: { [FILE]: SHELL_BUGS, ...run.files } })
    expect(shellcheckResults(result)).toEqual([])
    expect(result.stdout).not.toMatch(/ShellCheck/)
    expect(result.code).toBe(0)
  })
})

describe('auto, without shellcheck on PATH: the pinned release, from a stand-in for GitHub', () => {
  const asset = shellcheckAsset(process.platform, process.arch)!
  let home: string
  let server: Server
  let served: Buffer
  let requests: string[]
  let env: Record<string, string>

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      if (request.url === `/v${SHELLCHECK_VERSION}/${asset.name}`) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(served)
      else response.writeHead(404).end('Not Found')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'dockerfile-guard-e2e-shellcheck-'))
    requests = []
    // PATH has what unpacking needs (tar, xz) and no shellcheck; the tool cache is the test's own.
    const bin = join(home, 'bin')
    mkdirSync(bin)
    for (const tool of ['tar', 'xz']) symlinkSync(which(tool), join(bin, tool))
    const cache = join(home, 'tool-cache')
    mkdirSync(cache)
    env = { PATH: bin, RUNNER_TOOL_CACHE: cache, [URL_VARIABLE]: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  })
  afterEach(() => rmSync(home, { recursive: true, force: true }))

  /** Serves a release archive laid out like ShellCheck's, with `program` as its shellcheck; returns its SHA-256. */
  function serve(program: (path: string) => void): string {
    const tree = join(home, 'release')
    mkdirSync(join(tree, `shellcheck-v${SHELLCHECK_VERSION}`), { recursive: true })
    program(join(tree, asset.binary))
    const archive = join(home, asset.name)
    execFileSync('tar', ['-cJf', archive, '-C', tree, `shellcheck-v${SHELLCHECK_VERSION}`], { env: { ...process.env, XZ_OPT: '-0' } }) // the fastest xz: a real ShellCheck is 20 MB
    served = readFileSync(archive)
    return createHash('sha256').update(served).digest('hex')
  }

  it('with the digest it is checked against: downloads, checks, caches and runs it; the next run takes it from the tool cache', async () => {
    // The real ShellCheck of this machine, packed the way koalaman/shellcheck packs its releases.
    env[SHA256_VARIABLE] = serve((path) => copyFileSync(which('shellcheck'), path))
    const first = await runAction({ event: 'schedule', files: { [FILE]: SHELL_BUGS }, env })

    expect(first.stdout).toContain(`No shellcheck on PATH: downloading ShellCheck ${SHELLCHECK_VERSION} from ${env[URL_VARIABLE]}/v${SHELLCHECK_VERSION}/${asset.name} (from ${URL_VARIABLE}, a setting for tests only).`)
    expect(first.stdout).toMatch(/^ShellCheck 0\.10\.0: \S+ \(the pinned release, downloaded, checked against its pinned SHA-256 and cached \(from DOCKERFILE_GUARD_SHELLCHECK_URL, a setting for tests only\)\)\.$/m)
    expect(first.stdout).not.toContain('::warning::')
    expect(shellcheckResults(first)).toEqual([SC2045, SC3014])
    expect(requests).toEqual([`/v${SHELLCHECK_VERSION}/${asset.name}`])

    const second = await runAction({ event: 'schedule', files: { [FILE]: SHELL_BUGS }, env })
    expect(second.stdout).toMatch(/^ShellCheck 0\.10\.0: \S+ \(the pinned release, from the tool cache\)\.$/m)
    expect(shellcheckResults(second)).toEqual([SC2045, SC3014])
    expect(requests).toHaveLength(1)
  })

  it('downloads nothing when no RUN has shell code to check', async () => {
    const run = await runAction({ event: 'schedule', files: { [FILE]: 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n' }, env })
    expect(requests).toEqual([])
    expect(run.stdout).not.toMatch(/ShellCheck/)
    expect(run.code).toBe(0)
  })

  it('without the pinned digest: refused before it is unpacked or run, one warning, and the other rules still reported', async () => {
    // Not ShellCheck's release, so not its pinned digest; were it ever run, it would leave a mark and report a finding.
    const mark = join(home, 'ran')
    const actual = serve((path) => {
      const comment = { file: '0.sh', line: 2, endLine: 2, column: 1, endColumn: 2, level: 'error', code: 2045, message: 'planted', fix: null }
      writeFileSync(path, `#!/bin/sh\ntouch '${mark}'\necho '${JSON.stringify({ comments: [comment] })}'\nexit 1\n`, { mode: 0o755 })
    })
    const run = await runAction({ event: 'schedule', files: { [FILE]: SHELL_BUGS.replace('USER 10001', 'USER root') }, env })

    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      `::warning::ShellCheck checks were skipped: the downloaded ${asset.name} has SHA-256 ${actual}, not the ${asset.sha256} pinned for it, so it was deleted without being unpacked or run. ` +
        'Install ShellCheck in an earlier step (e.g. `sudo apt-get install -y shellcheck` or `brew install shellcheck`) or give its path in the `shellcheck` input, or set `shellcheck: off`. The other rules ran.'
    ])
    expect(existsSync(mark)).toBe(false)
    expect(shellcheckResults(run)).toEqual([])
    expect(resultsOf(run).map((r) => r.ruleId)).toContain('no-root-user')
    expect(run.stdout).toMatch(/^::error title=The image should not run as root,file=app\/Dockerfile,line=11,/m)
    expect(run.code).toBe(1)
  })
})

/** The program's path on PATH, or '' when there is none. */
function which(program: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}
