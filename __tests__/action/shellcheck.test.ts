// Which ShellCheck the action runs, for each value of the `shellcheck` input: real files on disk,
// a real .tar.xz made with tar and xz, served by a local HTTP server in place of GitHub's release
// download, unpacked and cached by the real @actions/tool-cache.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { releaseSource, resolveShellcheck, SHA256_VARIABLE, shellcheckStep, URL_VARIABLE } from '../../src/action/shellcheck.js'
import { RELEASES_URL, SHELLCHECK_ASSETS, SHELLCHECK_VERSION, shellcheckAsset } from '../../src/action/shellcheck-release.js'
import { ShellcheckBatch } from '../../src/shellcheck/check.js'

const ASSET = shellcheckAsset(process.platform, process.arch)!
const FAKE = '#!/bin/sh\necho "fake shellcheck $*"\n'
const VARIABLES = ['PATH', 'RUNNER_TEMP', 'RUNNER_TOOL_CACHE', URL_VARIABLE, SHA256_VARIABLE] as const
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))

let home: string
let workspace: string
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'dockerfile-guard-shellcheck-'))
  workspace = join(home, 'workspace')
  mkdirSync(workspace)
  process.env.RUNNER_TEMP = mkdir('temp')
  process.env.RUNNER_TOOL_CACHE = mkdir('tool-cache')
  delete process.env[URL_VARIABLE]
  delete process.env[SHA256_VARIABLE]
})
afterEach(() => {
  for (const name of VARIABLES) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  rmSync(home, { recursive: true, force: true })
})

function mkdir(name: string): string {
  const path = join(home, name)
  mkdirSync(path, { recursive: true })
  return path
}

/** An executable file at `path` (under the test's home) that prints what it was called with. */
function program(path: string, mode = 0o755): string {
  const file = join(home, path)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, FAKE)
  chmodSync(file, mode)
  return file
}

/** A PATH with tar and xz (to unpack) and nothing called shellcheck. */
function pathWithoutShellcheck(): string {
  const bin = mkdir('bin')
  for (const tool of ['tar', 'xz']) symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool))
  return bin
}

describe('the shellcheck input', () => {
  it('off: no ShellCheck and no warning', async () => {
    expect(await resolveShellcheck('off', { workspace })).toEqual({ source: 'ShellCheck: off (the shellcheck input).' })
  })

  it('a path: that program, a relative path taken from the workspace', async () => {
    const absolute = program('tools/shellcheck')
    expect(await resolveShellcheck({ path: absolute }, { workspace })).toMatchObject({ binary: absolute, source: `ShellCheck: ${absolute} (the shellcheck input).` })
    program('workspace/bin/shellcheck')
    expect((await resolveShellcheck({ path: 'bin/shellcheck' }, { workspace })).binary).toBe(join(workspace, 'bin/shellcheck'))
  })

  it('a bare name: looked up on PATH', async () => {
    const found = program('other/shellcheck-0.9')
    process.env.PATH = [mkdir('empty'), join(home, 'other')].join(delimiter)
    expect((await resolveShellcheck({ path: 'shellcheck-0.9' }, { workspace })).binary).toBe(found)
  })

  it.each([
    ['a missing file', () => join(home, 'nowhere/shellcheck'), 'is not an executable file'],
    ['a file that is not executable', () => program('tools/shellcheck', 0o644), 'is not an executable file'],
    ['a directory', () => mkdir('tools'), 'is not an executable file'],
    ['a bare name not on PATH', () => 'no-such-shellcheck', 'which is not on PATH']
  ])('a path to %s: a warning that says so and how to fix it, and no ShellCheck', async (_, path, why) => {
    const given = path()
    const resolved = await resolveShellcheck({ path: given }, { workspace })
    expect(resolved.binary).toBeUndefined()
    expect(resolved.warning).toContain(`ShellCheck checks were skipped: the shellcheck input names \`${given}\``)
    expect(resolved.warning).toContain(why)
    expect(resolved.warning).toContain('or set `shellcheck: off`. The other rules ran.')
  })
})

describe('auto, with a shellcheck on PATH', () => {
  it('runs the first executable shellcheck on PATH, skipping directories and files that are not executable', async () => {
    program('a/shellcheck', 0o644)
    mkdir('b/shellcheck')
    const found = program('c/shellcheck')
    program('d/shellcheck')
    process.env.PATH = ['a', 'b', 'c', 'd'].map((dir) => join(home, dir)).join(delimiter)
    expect(await resolveShellcheck('auto', { workspace })).toEqual({ binary: found, source: `ShellCheck: ${found} (on PATH).` })
  })
})

describe('auto, without a shellcheck on PATH: the pinned release', () => {
  let server: Server
  let served: Buffer | undefined
  let requests: string[]
  let base: string

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '')
      if (served && request.url === `/v${SHELLCHECK_VERSION}/${ASSET.name}`) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(served)
      else response.writeHead(404).end('Not Found')
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((done) => server.close(() => done())))
  beforeEach(() => {
    requests = []
    served = undefined
    process.env.PATH = pathWithoutShellcheck()
    process.env[URL_VARIABLE] = base
  })

  /** A release archive laid out like ShellCheck's, holding `files`; returns its SHA-256. */
  function serve(files: Record<string, string> = { [ASSET.binary]: FAKE }): string {
    const tree = mkdir('release')
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(tree, path, '..'), { recursive: true })
      writeFileSync(join(tree, path), text, { mode: 0o755 })
    }
    const archive = join(home, ASSET.name)
    execFileSync('tar', ['-cJf', archive, '-C', tree, ...readdirSync(tree)], { env: { PATH: process.env.PATH } })
    served = readFileSync(archive)
    return createHash('sha256').update(served).digest('hex')
  }

  it('downloads it, checks its digest, unpacks it into the tool cache and runs it from there; the next run takes it from the cache', async () => {
    process.env[SHA256_VARIABLE] = serve()
    const first = await resolveShellcheck('auto', { workspace })
    expect(first.warning).toBeUndefined()
    expect(first.binary?.startsWith(join(process.env.RUNNER_TOOL_CACHE!, 'dockerfile-guard-shellcheck', SHELLCHECK_VERSION))).toBe(true)
    expect(first.source).toMatch(/^ShellCheck 0\.10\.0: .* \(the pinned release, downloaded, checked against its pinned SHA-256 and cached \(from DOCKERFILE_GUARD_SHELLCHECK_URL, a setting for tests only\)\)\.$/)
    expect(execFileSync(first.binary!, ['--version'], { encoding: 'utf8' })).toBe('fake shellcheck --version\n')
    expect(requests).toEqual([`/v${SHELLCHECK_VERSION}/${ASSET.name}`])
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([]) // the archive and the unpacked copy are gone

    const second = await resolveShellcheck('auto', { workspace })
    expect(second.binary).toBe(first.binary)
    expect(second.source).toContain('(the pinned release, from the tool cache)')
    expect(requests).toHaveLength(1)
  })

  it('without RUNNER_TOOL_CACHE, runs it from where it was unpacked', async () => {
    process.env[SHA256_VARIABLE] = serve()
    delete process.env.RUNNER_TOOL_CACHE
    const resolved = await resolveShellcheck('auto', { workspace })
    expect(resolved.binary?.startsWith(process.env.RUNNER_TEMP!)).toBe(true)
    expect(resolved.source).toContain('not cached: RUNNER_TOOL_CACHE is not set')
    expect(execFileSync(resolved.binary!, { encoding: 'utf8' })).toBe('fake shellcheck \n')
  })

  it('refuses a download that does not have the pinned digest: deleted unpacked, nothing cached, a warning that says why and how to fix it', async () => {
    const actual = serve() // not ShellCheck's release, so not the digest pinned for it
    const resolved = await resolveShellcheck('auto', { workspace })
    expect(resolved.binary).toBeUndefined()
    expect(resolved.warning).toBe(
      `ShellCheck checks were skipped: the downloaded ${ASSET.name} has SHA-256 ${actual}, not the ${ASSET.sha256} pinned for it, so it was deleted without being unpacked or run. ` +
        'Install ShellCheck in an earlier step (e.g. `sudo apt-get install -y shellcheck` or `brew install shellcheck`) or give its path in the `shellcheck` input, or set `shellcheck: off`. The other rules ran.'
    )
    expect(readdirSync(process.env.RUNNER_TEMP!)).toEqual([])
    expect(readdirSync(process.env.RUNNER_TOOL_CACHE!)).toEqual([])
  })

  it("refuses it just the same when the test digest is not the archive's", async () => {
    serve()
    process.env[SHA256_VARIABLE] = 'f'.repeat(64)
    const resolved = await resolveShellcheck('auto', { workspace })
    expect(resolved.binary).toBeUndefined()
    expect(resolved.warning).toContain(`not the ${'f'.repeat(64)} pinned for it, so it was deleted without being unpacked or run`)
  })

  it('a failed download: a warning naming the URL and the HTTP status', async () => {
    const resolved = await resolveShellcheck('auto', { workspace })
    expect(resolved.binary).toBeUndefined()
    expect(resolved.warning).toMatch(`ShellCheck checks were skipped: could not download ${base}/v${SHELLCHECK_VERSION}/${ASSET.name} (HTTP 404). Install ShellCheck`)
  })

  it('an archive without the program: a warning, and nothing cached', async () => {
    process.env[SHA256_VARIABLE] = serve({ 'README.txt': 'no program here\n' })
    const resolved = await resolveShellcheck('auto', { workspace })
    expect(resolved.binary).toBeUndefined()
    expect(resolved.warning).toContain(`ShellCheck checks were skipped: ${ASSET.name} holds no executable ${ASSET.binary}.`)
    expect(existsSync(join(process.env.RUNNER_TOOL_CACHE!, 'dockerfile-guard-shellcheck'))).toBe(false)
  })

  it('a platform without a pinned release: a warning naming it, and no download', async () => {
    const resolved = await resolveShellcheck('auto', { workspace, arch: 'riscv64' })
    expect(resolved.warning).toContain(`no shellcheck is on PATH, and there is no pinned ShellCheck ${SHELLCHECK_VERSION} release for ${process.platform}/riscv64 to download`)
    expect(requests).toEqual([])
  })
})

describe('the step', () => {
  it("runs the program over the RUNs' shell code, with findings at the Dockerfile's line and column", async () => {
    const shellcheck = execFileSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).trim() // CI installs it
    const batch = new ShellcheckBatch({})
    batch.lint({ path: 'Dockerfile', text: 'FROM debian:12\nRUN for f in $(ls /etc); do echo "$f"; done\n' })
    const { findings, warning } = await shellcheckStep(batch, { path: shellcheck }, workspace)
    expect(warning).toBeUndefined()
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['SC2045', 2, 14]])
  })

  it('looks for no program, and warns of none, when no RUN has shell code', async () => {
    const batch = new ShellcheckBatch({})
    batch.lint({ path: 'Dockerfile', text: 'FROM alpine:3.20\nUSER 10001\n' })
    expect(await shellcheckStep(batch, { path: 'no-such-shellcheck' }, workspace)).toEqual({ findings: [] })
  })
})

describe('where the release comes from', () => {
  const asset = SHELLCHECK_ASSETS['linux-x64']

  it("is GitHub's release asset with the pinned digest, whatever the digest variable says", () => {
    expect(releaseSource(asset, { [SHA256_VARIABLE]: 'f'.repeat(64) })).toEqual({
      url: `https://github.com/koalaman/shellcheck/releases/download/v0.10.0/shellcheck-v0.10.0.linux.x86_64.tar.xz`,
      sha256: '6c881ab0698e4e6ea235245f22832860544f17ba386442fe7e9d629f8cbedf87',
      testing: false
    })
    expect(RELEASES_URL).toBe('https://github.com/koalaman/shellcheck/releases/download')
  })

  it('is the test server, with the pinned digest unless the test gives another', () => {
    expect(releaseSource(asset, { [URL_VARIABLE]: 'http://127.0.0.1:9/' })).toEqual({ url: 'http://127.0.0.1:9/v0.10.0/shellcheck-v0.10.0.linux.x86_64.tar.xz', sha256: asset.sha256, testing: true })
    expect(releaseSource(asset, { [URL_VARIABLE]: 'http://127.0.0.1:9', [SHA256_VARIABLE]: 'ABC' }).sha256).toBe('abc')
  })

  it('pins a well-formed digest for each of the five platforms ShellCheck builds for', () => {
    expect(Object.keys(SHELLCHECK_ASSETS).sort()).toEqual(['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64'])
    for (const { name, sha256 } of Object.values(SHELLCHECK_ASSETS)) {
      expect(name).toMatch(/^shellcheck-v0\.10\.0\.((linux|darwin)\.(x86_64|aarch64)\.tar\.xz|zip)$/)
      expect(sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(new Set(Object.values(SHELLCHECK_ASSETS).map((a) => a.sha256)).size).toBe(5)
  })
})
