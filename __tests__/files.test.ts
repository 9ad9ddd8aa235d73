import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_PATTERNS, FileError, MAX_DOCKERFILE_BYTES, findDockerfiles, readDockerfile } from '../src/files.js'
import { globMatcher } from '../src/glob.js'

describe('globMatcher', () => {
  const isDockerfile = globMatcher(DEFAULT_PATTERNS)

  it.each([
    'Dockerfile',
    'services/api/Dockerfile',
    'Dockerfile.dev',
    'docker/api.Dockerfile',
    'web.dockerfile',
    'Containerfile',
    'deploy/Containerfile.prod',
    '.devcontainer/Dockerfile'
  ])('the default patterns match %s', (path) => {
    expect(isDockerfile(path)).toBe(true)
  })

  it.each(['Dockerfile/README.md', 'MyDockerfile', 'docs/dockerfile.md', 'Dockerfiles/x', 'src/Containerfiles'])(
    'the default patterns do not match %s',
    (path) => {
      expect(isDockerfile(path)).toBe(false)
    }
  )

  it('keeps `*` and `?` within one directory, and `**` spans any number', () => {
    expect(globMatcher(['docker/*/Dockerfile'])('docker/api/Dockerfile')).toBe(true)
    expect(globMatcher(['docker/*/Dockerfile'])('docker/a/b/Dockerfile')).toBe(false)
    expect(globMatcher(['docker/**/Dockerfile'])('docker/a/b/Dockerfile')).toBe(true)
    expect(globMatcher(['docker/**/Dockerfile'])('docker/Dockerfile')).toBe(true)
    expect(globMatcher(['docker/**'])('docker/a/b/c')).toBe(true)
    expect(globMatcher(['Dockerfile.?'])('Dockerfile.a')).toBe(true)
    expect(globMatcher(['Dockerfile.?'])('Dockerfile.ab')).toBe(false)
  })

  it('supports character classes, negated with `!`', () => {
    const match = globMatcher(['Dockerfile.[a-c]', 'app.[!x]'])
    expect(['Dockerfile.b', 'Dockerfile.d', 'app.y', 'app.x'].map(match)).toEqual([true, false, true, false])
  })

  it('matches regular-expression characters literally', () => {
    const match = globMatcher(['a+b (1)/$x.Dockerfile'])
    expect(match('a+b (1)/$x.Dockerfile')).toBe(true)
    expect(match('aab (1)/$xxDockerfile')).toBe(false)
  })

  it('excludes with a leading `!`, the last matching pattern deciding', () => {
    const match = globMatcher(['**/Dockerfile', '!test/**', 'test/keep/Dockerfile'])
    expect(match('Dockerfile')).toBe(true)
    expect(match('test/fixtures/Dockerfile')).toBe(false)
    expect(match('test/keep/Dockerfile')).toBe(true)
  })

  it('ignores blank lines and comments in a pattern list (the action input is one per line)', () => {
    expect(globMatcher(['', '# docker files', '  Dockerfile  '])('Dockerfile')).toBe(true)
  })
})

describe('findDockerfiles', () => {
  let root: string
  let outside: string
  const write = (path: string, text = 'FROM alpine:3.20\n') => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }

  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'dg-files-'))
    root = join(base, 'repo')
    outside = join(base, 'outside')
    mkdirSync(outside)
    writeFileSync(join(outside, 'Dockerfile'), 'FROM alpine:3.20\n')
    write('Dockerfile')
    write('services/api/Dockerfile.prod')
    write('services/web/web.Dockerfile')
    write('services/web/Dockerfile.dockerignore', 'node_modules\n')
    write('services/web/README.md', '# web\n')
    write('.git/Dockerfile')
    write('node_modules/pkg/Dockerfile')
    symlinkSync(join(outside, 'Dockerfile'), join(root, 'services/Dockerfile'))
    symlinkSync(outside, join(root, 'linked-outside'))
    symlinkSync(join(root, 'services'), join(root, 'services/api/loop'))
    symlinkSync(join(root, 'Dockerfile'), join(root, 'Containerfile'))
    symlinkSync(join(root, 'missing'), join(root, 'Dockerfile.broken'))
  })
  afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }))

  it('finds matching files, sorted, relative and with `/`, skipping .git, node_modules and .dockerignore files', async () => {
    const found = await findDockerfiles(root)
    expect(found.files).toEqual(['Containerfile', 'Dockerfile', 'services/api/Dockerfile.prod', 'services/web/web.Dockerfile'])
    expect(found.errors).toEqual([])
  })

  it('reads symlinked files inside the root, and says which matching links it skipped: broken or leading out', async () => {
    const found = await findDockerfiles(root)
    expect(found.files).toContain('Containerfile')
    expect(found.skipped).toEqual([
      { path: 'Dockerfile.broken', message: 'broken symlink' },
      { path: 'services/Dockerfile', message: 'symlink leads outside the searched directory' }
    ])
  })

  it('never enters a symlinked directory, so links out of the root and link cycles are not followed', async () => {
    const found = await findDockerfiles(root)
    expect(found.files.filter((f) => f.includes('linked-outside') || f.includes('loop'))).toEqual([])
  })

  it('applies custom patterns with exclusions', async () => {
    const found = await findDockerfiles(root, ['**/*Dockerfile*', '!services/api/**'])
    expect(found.files).toEqual(['Dockerfile', 'services/web/web.Dockerfile'])
  })

  const asRoot = process.getuid?.() === 0
  ;(asRoot ? it.skip : it)('reports a directory it cannot read and goes on', async () => {
    write('locked/Dockerfile')
    chmodSync(join(root, 'locked'), 0o000)
    try {
      const found = await findDockerfiles(root)
      expect(found.errors).toEqual([{ path: 'locked', message: 'permission denied' }])
      expect(found.files).toContain('services/web/web.Dockerfile')
    } finally {
      chmodSync(join(root, 'locked'), 0o755)
      rmSync(join(root, 'locked'), { recursive: true })
    }
  })
})

describe('readDockerfile', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dg-read-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content)
    return join(dir, name)
  }
  const reason = (promise: Promise<unknown>) =>
    promise.then(
      () => 'read',
      (e: unknown) => (e instanceof FileError ? e.reason : `unexpected ${String(e)}`)
    )

  it('keeps a BOM and CRLF line ends for the engine', async () => {
    expect(await readDockerfile(file('bom', '\uFEFFFROM alpine\r\nUSER app\r\n'))).toBe('\uFEFFFROM alpine\r\nUSER app\r\n')
  })

  it('decodes invalid UTF-8 into replacement characters instead of failing', async () => {
    const text = await readDockerfile(file('latin1', Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x20, 0xe9, 0xff, 0x0a])))
    expect(text).toBe('FROM \uFFFD\uFFFD\n')
  })

  it('refuses a file over the size limit, saying so', async () => {
    const big = file('big', Buffer.alloc(2.5 * MAX_DOCKERFILE_BYTES, 0x61))
    expect(await reason(readDockerfile(big))).toBe('too large for a Dockerfile (2.5 MB; the limit is 1 MB)')
    expect(await reason(readDockerfile(file('over', Buffer.alloc(MAX_DOCKERFILE_BYTES + 1, 0x61))))).toMatch(/^too large/)
    expect(await reason(readDockerfile(file('limit', Buffer.alloc(MAX_DOCKERFILE_BYTES, 0x61))))).toBe('read')
  })

  it('says why a path cannot be read', async () => {
    expect(await reason(readDockerfile(join(dir, 'nope')))).toBe('no such file')
    expect(await reason(readDockerfile(dir))).toBe('is a directory')
  })

  it('refuses a FIFO instead of blocking on it', async () => {
    const fifo = join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    expect(await reason(readDockerfile(fifo))).toBe('not a regular file')
  })

  it('with a root, refuses a symlink that leads out of it', async () => {
    const workspace = join(dir, 'workspace')
    mkdirSync(workspace)
    symlinkSync(file('secret', 'FROM x\n'), join(workspace, 'Dockerfile'))
    expect(await reason(readDockerfile(join(workspace, 'Dockerfile'), { root: workspace }))).toBe('leads outside the workspace (symlink), not read')
    expect(await reason(readDockerfile(join(workspace, 'Dockerfile')))).toBe('read')
  })
})
