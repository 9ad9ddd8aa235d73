import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../src/cli.js'
import { lint } from '../src/lint.js'
import { TOOLS } from '../src/rules/types.js'

const REPO = join(import.meta.dirname, '..')
const ROOT_USER = 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER root\n'
const CLEAN = 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n'
const ONLY_WARNINGS = 'FROM alpine:latest\nUSER 10001\nCMD ["sh"]\n' // pin-base-image is a warning

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], options: { cwd?: string; stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin)
    })(),
    cwd: options.cwd ?? dir,
    // The date the end-of-life rules judge by, fixed so that results do not change with the calendar.
    env: { DOCKERFILE_GUARD_TODAY: '2025-12-01', ...options.env }
  })
  return { code, stdout, stderr }
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-cli-'))
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  write('app/Dockerfile', ROOT_USER)
  write('app/worker.Dockerfile', CLEAN)
  write('app/notes.txt', 'not a Dockerfile\n')
  write('clean/Dockerfile', CLEAN)
  write('warn/Dockerfile', ONLY_WARNINGS)
  write('empty-dir/README.md', '# nothing here\n')
  write('custom-name', ROOT_USER)
  write('binary/Dockerfile', '\u0000\u0001\u0002ELF')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('text output and exit codes', () => {
  it('lints every Dockerfile of a directory, with paths relative to the cwd, and exits 1 on an error', async () => {
    const { code, stdout, stderr } = await run(['app'])
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^app\/Dockerfile:3:1 +error +The final stage runs as `root`.*\[no-root-user\]$/m)
    expect(stdout).toContain('1 problem (1 error, 0 warnings, 0 notes) in 2 files')
    expect(code).toBe(1)
  })

  it('searches the current directory when no path is given', async () => {
    const { stdout } = await run([], { cwd: join(dir, 'app') })
    expect(stdout).toMatch(/^Dockerfile:3:1 /m)
  })

  it('exits 0 on a clean file and says so', async () => {
    const { code, stdout } = await run(['clean/Dockerfile'])
    expect(stdout).toBe('No problems in 1 file.\n')
    expect(code).toBe(0)
  })

  it('lints a file named explicitly whatever its name', async () => {
    expect((await run(['custom-name'])).stdout).toContain('custom-name:3:1')
  })

  it('fails on warnings only when --fail-on says so', async () => {
    expect((await run(['warn'])).code).toBe(0)
    expect((await run(['warn', '--fail-on', 'warning'])).code).toBe(1)
    expect((await run(['warn', '--fail-on=note'])).code).toBe(1)
    expect((await run(['app', '--fail-on', 'never'])).code).toBe(0)
  })

  it('turns a binary file into a parse-error finding and still reports the others', async () => {
    const { code, stdout } = await run(['binary', 'app'])
    expect(stdout).toMatch(/^binary\/Dockerfile:1:1 +error +The file could not be parsed/m)
    expect(stdout).toContain('app/Dockerfile:3:1')
    expect(code).toBe(1)
  })

  it('colours only a terminal, and never with NO_COLOR', async () => {
    const ansi = /\u001b\[/
    expect((await run(['app'], { isTTY: true })).stdout).toMatch(ansi)
    expect((await run(['app'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi)
    expect((await run(['app'], { isTTY: false })).stdout).not.toMatch(ansi)
  })
})

describe('errors with one path do not stop the others', () => {
  it('reports a missing file on one stderr line, lints the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await run(['nope/Dockerfile', 'app'])
    expect(stderr).toBe('dockerfile-guard: nope/Dockerfile: no such file\n')
    expect(stdout).toContain('app/Dockerfile:3:1')
    expect(code).toBe(2)
  })

  it('reports a directory without Dockerfiles', async () => {
    const { code, stderr } = await run(['empty-dir', 'clean'])
    expect(stderr).toBe('dockerfile-guard: empty-dir: no Dockerfile found\n')
    expect(code).toBe(2)
  })

  it('reports a file too large to be a Dockerfile', async () => {
    writeFileSync(join(dir, 'huge.Dockerfile'), Buffer.alloc(2 * 1024 * 1024, 0x23))
    try {
      const { code, stderr, stdout } = await run(['huge.Dockerfile', 'clean/Dockerfile'])
      expect(stderr).toBe('dockerfile-guard: huge.Dockerfile: too large for a Dockerfile (2 MB; the limit is 1 MB)\n')
      expect(stdout).toBe('No problems in 1 file.\n')
      expect(code).toBe(2)
    } finally {
      rmSync(join(dir, 'huge.Dockerfile'))
    }
  })

  it('lints a file named twice once', async () => {
    const { stdout } = await run(['app/Dockerfile', 'app', `${dir}/app/Dockerfile`])
    expect(stdout.match(/app\/Dockerfile:3:1/g)).toHaveLength(1)
  })
})

describe('standard input', () => {
  it('reads `-` from stdin and reports it as <stdin>', async () => {
    const { code, stdout } = await run(['-'], { stdin: ROOT_USER })
    expect(stdout).toMatch(/^<stdin>:3:1 +error/m)
    expect(code).toBe(1)
  })

  it('lints stdin next to files', async () => {
    const { stdout } = await run(['-', 'clean', '--format', 'json'], { stdin: CLEAN })
    expect(JSON.parse(stdout).files).toBe(2)
  })
})

describe('formats', () => {
  it('json: version, file count and flat findings', async () => {
    const { code, stdout } = await run(['app', '--format', 'json'])
    expect(JSON.parse(stdout)).toEqual({
      version: JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version,
      files: 2,
      findings: [
        {
          file: 'app/Dockerfile',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          ruleId: 'no-root-user',
          severity: 'error',
          message: expect.stringContaining('root')
        }
      ]
    })
    expect(code).toBe(1)
  })

  it('sarif: relative URIs and line fingerprints, so code scanning tracks the alerts', async () => {
    const { stdout } = await run(['app', '-f', 'sarif'])
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    const [result] = log.runs[0].results
    expect(result.ruleId).toBe('no-root-user')
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('app/Dockerfile')
    expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/)
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('no-root-user')
  })

  it('markdown: the verdict and the finding', async () => {
    const { stdout } = await run(['app', '--format', 'markdown'])
    expect(stdout).toContain('dockerfile-guard found 1 error')
    expect(stdout).toContain('no-root-user')
  })
})

describe('configuration', () => {
  // Each case is a small repository of its own: a Dockerfile that runs as root, and a config file.
  const repo = (name: string, files: Record<string, string>) => {
    const root = join(dir, 'configured', name)
    for (const [path, text] of Object.entries({ Dockerfile: ROOT_USER, ...files })) {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    return root
  }

  it('reads .dockerfile-guard.yml from the current directory: levels, presets and ignore-paths', async () => {
    const cwd = repo('own', {
      '.dockerfile-guard.yml': 'extends: strict\nrules:\n  no-root-user: warning\nignore-paths: [fixtures/**]\n',
      'fixtures/Dockerfile': ROOT_USER
    })
    const { code, stdout, stderr } = await run(['--format', 'json'], { cwd })
    expect(stderr).toBe('')
    const report = JSON.parse(stdout)
    expect(report.files).toBe(1)
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'Dockerfile', ruleId: 'no-root-user', severity: 'warning' }))
    // strict turns on the rules that are off by default.
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'pin-image-digest' }))
    expect(code).toBe(0)
  })

  it('leaves out files named on the command line that ignore-paths matches, as pre-commit names them, and says which', async () => {
    const cwd = repo('named', {
      '.dockerfile-guard.yml': 'ignore-paths: [fixtures/**]\n',
      'fixtures/Dockerfile': ROOT_USER,
      Dockerfile: ROOT_USER
    })
    const some = await run(['--format', 'json', 'fixtures/Dockerfile', 'Dockerfile'], { cwd })
    expect(JSON.parse(some.stdout).files).toBe(1)
    expect(JSON.parse(some.stdout).findings.map((f: { file: string }) => f.file)).not.toContain('fixtures/Dockerfile')
    expect(some.stderr).toBe('dockerfile-guard: 1 file named on the command line left out by ignore-paths in .dockerfile-guard.yml: fixtures/Dockerfile\n')
    expect(some.code).toBe(1)
    // Every named file left out: nothing to lint is not a failure (a commit touching only fixtures).
    const none = await run(['fixtures/Dockerfile'], { cwd })
    expect(none.stdout).toBe('No problems in 0 files.\n')
    expect(none.code).toBe(0)
  })

  it('honours a .hadolint.yaml when there is no own file, and says which codes map to nothing', async () => {
    const cwd = repo('hadolint', { '.hadolint.yaml': 'ignored: [DL3031]\noverride:\n  error: [DL3020]\nfailure-threshold: warning\n', Dockerfile: 'FROM alpine:3.20\nADD app.py /app/\nUSER 10001\n' })
    const { code, stdout, stderr } = await run([], { cwd })
    expect(stderr).toBe('dockerfile-guard: .hadolint.yaml: DL3031: no dockerfile-guard rule matches or relates to this code, so it changes nothing\n')
    expect(stdout).toMatch(/^Dockerfile:2:1 +error .*\[prefer-copy\]$/m)
    expect(code).toBe(1)
  })

  it('takes --config over the file it would find, and --fail-on over failure-threshold', async () => {
    const cwd = repo('explicit', { '.dockerfile-guard.yml': 'rules:\n  no-root-user: note\n', 'ci/strict.yml': 'rules:\n  no-root-user: error\n' })
    expect((await run([], { cwd })).code).toBe(0)
    expect((await run(['--config', 'ci/strict.yml'], { cwd })).code).toBe(1)
    expect((await run(['-c', 'ci/strict.yml', '--fail-on', 'never'], { cwd })).code).toBe(0)
  })

  it('stops with exit 2 on a mistake in the file, naming the file, line and key, and lints nothing', async () => {
    const cwd = repo('broken', { '.dockerfile-guard.yml': 'rules:\n  no-root-usr: off\n' })
    const { code, stdout, stderr } = await run([], { cwd })
    expect(stderr).toBe('dockerfile-guard: .dockerfile-guard.yml:2:3: rules.no-root-usr: unknown rule; did you mean no-root-user?\n')
    expect(stdout).toBe('')
    expect(code).toBe(2)
    expect((await run(['--config', 'missing.yml'], { cwd })).stderr).toBe('dockerfile-guard: missing.yml: no such file\n')
  })
})

describe('--fix', () => {
  const FIXABLE = 'FROM alpine:3.20\r\nADD app.py /app/\r\nUSER root\r\nRUN sudo apk add --no-cache curl\r\n'

  it('writes the mechanical fixes into the file and reports only what is left', async () => {
    const cwd = join(dir, 'fixing')
    mkdirSync(cwd, { recursive: true })
    writeFileSync(join(cwd, 'Dockerfile'), FIXABLE)
    writeFileSync(join(cwd, 'clean.Dockerfile'), CLEAN)
    const { code, stdout, stderr } = await run(['--fix', '--format', 'json'], { cwd })
    expect(readFileSync(join(cwd, 'Dockerfile'), 'utf8')).toBe('FROM alpine:3.20\r\nCOPY app.py /app/\r\nUSER root\r\nRUN apk add --no-cache curl\r\n')
    expect(readFileSync(join(cwd, 'clean.Dockerfile'), 'utf8')).toBe(CLEAN)
    expect(stderr).toBe('dockerfile-guard: fixed 2 problems\n')
    expect(JSON.parse(stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['no-root-user'])
    expect(code).toBe(1)
  })

  it('refuses standard input, which it cannot write back', async () => {
    const { code, stderr } = await run(['--fix', '-'], { stdin: FIXABLE })
    expect(stderr).toMatch(/^dockerfile-guard: --fix cannot write back to standard input\n/)
    expect(code).toBe(2)
  })
})

describe('rule list, help, version, usage errors', () => {
  it('--list-rules --format json: every rule with its metadata and every tool key', async () => {
    const { code, stdout } = await run(['--list-rules', '--format', 'json'])
    const list = JSON.parse(stdout)
    const rootUser = list.find((r: { id: string }) => r.id === 'no-root-user')
    expect(rootUser).toEqual({
      id: 'no-root-user',
      title: expect.any(String),
      severity: 'error',
      enabledByDefault: true,
      tags: expect.arrayContaining(['security']),
      securitySeverity: expect.any(Number),
      fixable: expect.any(Boolean),
      equivalents: expect.objectContaining({ hadolint: expect.any(Array) }),
      related: expect.any(Object)
    })
    for (const rule of list) {
      expect(Object.keys(rule.equivalents).sort()).toEqual([...TOOLS].sort())
      expect(Object.keys(rule.related).sort()).toEqual([...TOOLS].sort())
    }
    expect(code).toBe(0)
  })

  it('--list-rules prints a table', async () => {
    const { stdout } = await run(['--list-rules'])
    expect(stdout).toMatch(/^RULE +SEVERITY/)
    expect(stdout).toMatch(/^no-root-user +error/m)
  })

  it('--help and --version', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^Usage: dockerfile-guard \[options\] \[paths\.\.\.\]/)
    expect((await run(['-v'])).stdout).toBe(`${JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version}\n`)
  })

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['--format', 'xml'], "unknown format 'xml'"],
    [['--fail-on', 'critical'], "unknown --fail-on level 'critical'"],
    [['--format'], "Option '-f, --format <value>' argument missing"]
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv)
    expect(stderr).toContain(`dockerfile-guard: ${message}`)
    expect(stderr).toContain("Try 'dockerfile-guard --help'.")
    expect(stdout).toBe('')
    expect(code).toBe(2)
  })
})

describe('the examples the README points at', () => {
  const read = (name: string) => readFileSync(join(REPO, 'examples', name), 'utf8')

  it('examples/Dockerfile trips the rules a beginner most needs to hear about', () => {
    const fired = new Set(lint({ path: 'examples/Dockerfile', text: read('Dockerfile') }).map((f) => f.ruleId))
    expect([...fired].sort()).toEqual(
      expect.arrayContaining([
        'no-curl-pipe-shell',
        'no-hardcoded-secrets',
        'no-plain-http',
        'no-root-user',
        'no-secrets-in-arg-env',
        'no-tls-bypass',
        'pin-base-image',
        'prefer-copy',
        'verify-remote-add'
      ])
    )
  })

  it('examples/hardened.Dockerfile, the same image fixed, passes every rule that is on by default', () => {
    expect(lint({ path: 'examples/hardened.Dockerfile', text: read('hardened.Dockerfile') })).toEqual([])
  })
})

describe('the bundled CLI (dist/cli/index.js)', () => {
  it('runs as a program on examples/ and exits 1 on its findings', () => {
    const result = spawnSync(process.execPath, [join(REPO, 'dist/cli/index.js'), 'examples/'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DOCKERFILE_GUARD_TODAY: '2025-12-01' } })
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^examples\/Dockerfile:\d+:\d+ +error .*\[no-root-user\]$/m)
    expect(result.stdout).not.toContain('hardened.Dockerfile')
    expect(result.status).toBe(1)
  })
})
