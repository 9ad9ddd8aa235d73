// The CLI's report formats, outputs, colours and progress line, as a user meets them: `main` run
// in-process on real Dockerfiles in a temporary directory, every report read back with a real
// parser (fast-xml-parser for the XML formats, JSON.parse for the JSON ones).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../src/cli.js'
import { TODAY_VARIABLE } from '../src/clock.js'
import { levelOf } from '../src/lint.js'
import { FORMAT_NAMES, type FormatName } from '../src/report/formats.js'
import { rules } from '../src/rules/index.js'
import { progressLine } from '../src/terminal.js'

const REPO = join(import.meta.dirname, '..')
const ROOT_USER = 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER root\n'
const CLEAN = 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n'
const ANSI = /\u001b\[/
// A day when alpine:3.20 was well supported, so the end-of-life rules stay out of these reports.
const TODAY = { [TODAY_VARIABLE]: '2024-06-01' }

interface Run {
  code: number
  stdout: string
  stderr: string
}

interface RunOptions {
  cwd?: string
  env?: Record<string, string>
  stdoutTTY?: boolean
  stderrTTY?: boolean
}

async function run(argv: string[], options: RunOptions = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutTTY },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTTY },
    stdin: (async function* () {})(),
    cwd: options.cwd ?? dir,
    env: { ...TODAY, ...options.env }
  })
  return { code, stdout, stderr }
}

let dir: string
const write = (path: string, text: string | Buffer) => {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), text)
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8')

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-cli-formats-'))
  write('app/Dockerfile', ROOT_USER)
  write('app/worker.Dockerfile', CLEAN)
  for (let i = 0; i < 25; i++) write(`many/s${String(i).padStart(2, '0')}/Dockerfile`, i === 0 ? ROOT_USER : CLEAN)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['file', 'error', 'testsuite', 'testcase'].includes(name)
})
const parseXml = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true)
  return xml.parse(text)
}

/** The rules that run with no configuration: JUnit has a test case for each, per file. */
const defaultRules = rules.filter((rule) => levelOf(rule, {}) !== 'off').map((rule) => rule.id)

// What each format must show of `dockerfile-guard app` (app/Dockerfile runs as root, app/worker.Dockerfile is clean).
const checks: Record<FormatName, (output: string) => void> = {
  text: (out) => {
    expect(out).toMatch(/^app\/Dockerfile:3:1 +error .*\[no-root-user\]$/m)
    expect(out).toContain('1 problem (1 error, 0 warnings, 0 notes) in 2 files')
  },
  json: (out) => {
    const report = JSON.parse(out)
    expect(report.files).toBe(2)
    expect(report.findings).toEqual([expect.objectContaining({ file: 'app/Dockerfile', ruleId: 'no-root-user', line: 3 })])
  },
  sarif: (out) => {
    const log = JSON.parse(out)
    expect(log.version).toBe('2.1.0')
    const [result] = log.runs[0].results
    expect(result).toMatchObject({ ruleId: 'no-root-user', level: 'error' })
    expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/)
  },
  markdown: (out) => {
    expect(out).toContain('dockerfile-guard found 1 error')
    expect(out).toContain('no-root-user')
  },
  checkstyle: (out) => {
    const files = parseXml(out).checkstyle.file
    // The clean file is listed too, so Jenkins counts it as checked.
    expect(files.map((f: { name: string }) => f.name)).toEqual(['app/Dockerfile', 'app/worker.Dockerfile'])
    expect(files[0].error).toEqual([expect.objectContaining({ line: '3', column: '1', severity: 'error', source: 'no-root-user' })])
    expect(files[1].error).toBeUndefined()
  },
  gitlab: (out) => {
    const issues = JSON.parse(out)
    expect(issues).toEqual([
      expect.objectContaining({ check_name: 'no-root-user', severity: expect.any(String), location: { path: 'app/Dockerfile', lines: { begin: 3, end: 3 } } })
    ])
    expect(issues[0].fingerprint).toMatch(/^[0-9a-f]{64}$/)
  },
  codeclimate: (out) => {
    expect(out.endsWith('\0')).toBe(true)
    const issues = out.split('\0').slice(0, -1).map((issue) => JSON.parse(issue))
    expect(issues).toEqual([expect.objectContaining({ type: 'issue', check_name: 'no-root-user', categories: expect.arrayContaining(['Security']) })])
    expect(issues[0].location.path).toBe('app/Dockerfile')
  },
  junit: (out) => {
    const suites = parseXml(out).testsuites.testsuite
    expect(suites.map((s: { name: string }) => s.name)).toEqual(['app/Dockerfile', 'app/worker.Dockerfile'])
    for (const suite of suites) expect(suite.testcase.map((c: { name: string }) => c.name).sort()).toEqual([...defaultRules].sort())
    const failed = suites[0].testcase.filter((c: { failure?: unknown }) => c.failure)
    expect(failed.map((c: { name: string }) => c.name)).toEqual(['no-root-user'])
    expect(suites[1].failures).toBe('0')
  },
  gnu: (out) => {
    expect(out).toMatch(/^app\/Dockerfile:3:1: error: .+ \[no-root-user\]\n$/)
  },
  sonarqube: (out) => {
    const report = JSON.parse(out)
    expect(report.rules.map((r: { id: string }) => r.id)).toEqual(['no-root-user'])
    expect(report.issues).toEqual([
      { ruleId: 'no-root-user', primaryLocation: expect.objectContaining({ filePath: 'app/Dockerfile', textRange: expect.objectContaining({ startLine: 3 }) }) }
    ])
  }
}

describe('every format', () => {
  it('has a check here', () => {
    expect(Object.keys(checks).sort()).toEqual([...FORMAT_NAMES].sort())
  })

  it.each(FORMAT_NAMES)('--format %s prints the report on stdout, and the findings still fail the run', async (format) => {
    const { code, stdout, stderr } = await run(['app', '--format', format])
    expect(stderr).toBe('')
    checks[format](stdout)
    expect(code).toBe(1)
  })

  it('--help lists every format', async () => {
    const { stdout } = await run(['--help'])
    for (const format of FORMAT_NAMES) expect(stdout).toMatch(new RegExp(`^ {2}${format} +\\S`, 'm'))
  })
})

describe('what the reports take from the run', () => {
  it('junit: a test case for each rule the configuration runs, no more', async () => {
    const cwd = join(dir, 'configured')
    mkdirSync(cwd, { recursive: true })
    writeFileSync(join(cwd, 'Dockerfile'), ROOT_USER)
    writeFileSync(join(cwd, '.dockerfile-guard.yml'), 'extends: security\nrules:\n  no-root-user: off\n')
    const { code, stdout } = await run(['-f', 'junit'], { cwd })
    const names = parseXml(stdout).testsuites.testsuite[0].testcase.map((c: { name: string }) => c.name)
    expect(names).not.toContain('no-root-user')
    expect(names).toContain('no-curl-pipe-shell')
    expect(names).not.toContain('single-cmd') // not a security rule
    expect(code).toBe(0)
  })

  it('gitlab: an issue keeps its fingerprint when an issue of the same rule is added above it', async () => {
    const fingerprintsOf = async (text: string) => {
      write('moving/Dockerfile', text)
      const issues = JSON.parse((await run(['moving', '--format', 'gitlab'])).stdout)
      return issues.map((issue: { fingerprint: string; location: { lines: { begin: number } } }) => [issue.location.lines.begin, issue.fingerprint])
    }
    const before = await fingerprintsOf('FROM alpine:3.20\nADD b.txt /b/\nUSER 10001\n')
    const after = await fingerprintsOf('FROM alpine:3.20\nADD a.txt /a/\nADD b.txt /b/\nUSER 10001\n')
    expect(before).toHaveLength(1)
    expect(after).toHaveLength(2)
    // GitLab would show the ADD of b.txt as unchanged, and only the new one as new.
    expect(after[1]).toEqual([3, before[0][1]])
    expect(after[0][1]).not.toBe(before[0][1])
  })
})

describe('--output FORMAT=FILE', () => {
  it('writes several reports in one run, the format without an --output on stdout, even when findings fail the run', async () => {
    const { code, stdout, stderr } = await run([
      'app',
      '--format', 'text',
      '--output', 'sarif=out/report.sarif',
      '--output', 'junit=out/junit.xml',
      '-o', 'checkstyle=out/checkstyle.xml',
      '-o', 'gitlab=gl-code-quality.json',
      '-o', 'sonarqube=out/sonar.json',
      '-o', 'codeclimate=out/cc.json',
      '-o', 'gnu=out/gnu.txt',
      '-o', 'json=out/report.json',
      '-o', 'markdown=out/report.md'
    ])
    expect(stderr).toBe('')
    checks.text(stdout)
    checks.sarif(read('out/report.sarif'))
    checks.junit(read('out/junit.xml'))
    checks.checkstyle(read('out/checkstyle.xml'))
    checks.gitlab(read('gl-code-quality.json'))
    checks.sonarqube(read('out/sonar.json'))
    checks.codeclimate(read('out/cc.json'))
    checks.gnu(read('out/gnu.txt'))
    checks.json(read('out/report.json'))
    checks.markdown(read('out/report.md'))
    expect(code).toBe(1)
  })

  it('alone, picks its format and prints nothing on stdout', async () => {
    const { code, stdout, stderr } = await run(['app', '--output', 'json=alone/report.json'])
    expect(stdout).toBe('')
    expect(stderr).toBe('')
    checks.json(read('alone/report.json'))
    expect(code).toBe(1)
  })

  it('with the same format given to --format, writes only the file', async () => {
    const { stdout } = await run(['app', '--format', 'sarif', '--output', 'sarif=same/report.sarif'])
    expect(stdout).toBe('')
    checks.sarif(read('same/report.sarif'))
  })

  it('writes text without colour, whatever the terminal', async () => {
    await run(['app', '-o', 'text=plain/report.txt', '-f', 'json'], { stdoutTTY: true, env: { FORCE_COLOR: '1' } })
    expect(read('plain/report.txt')).not.toMatch(ANSI)
    checks.text(read('plain/report.txt'))
  })

  it('a report that cannot be written is exit 2 naming the path; the other reports are still written', async () => {
    const { code, stdout, stderr } = await run(['app', '-f', 'gnu', '-o', 'junit=app/Dockerfile/junit.xml', '-o', 'sarif=unwritable/ok.sarif'])
    expect(stderr).toBe('dockerfile-guard: app/Dockerfile/junit.xml: report not written: not a directory\n')
    checks.gnu(stdout)
    checks.sarif(read('unwritable/ok.sarif'))
    expect(code).toBe(2)
  })

  it('a file that cannot be read is exit 2, and the reports of the others are still written', async () => {
    const { code, stderr } = await run(['app', 'missing/Dockerfile', '-o', 'checkstyle=partial/checkstyle.xml'])
    expect(stderr).toBe('dockerfile-guard: missing/Dockerfile: no such file\n')
    checks.checkstyle(read('partial/checkstyle.xml'))
    expect(code).toBe(2)
  })
})

describe('usage errors (exit 2, nothing linted or written)', () => {
  it.each([
    [['--format', 'sarf'], "unknown format 'sarf'; did you mean sarif?"],
    [['--format', 'gitlab_codeclimate'], "unknown format 'gitlab_codeclimate'; did you mean gitlab?"],
    [['--format', 'tty'], "unknown format 'tty'; did you mean text?"],
    [['--format', 'xml'], `unknown format 'xml' (expected ${FORMAT_NAMES.join(', ')})`],
    [['--output', 'chekstyle=bad/c.xml'], "unknown format 'chekstyle'; did you mean checkstyle?"],
    [['--output', 'bad/report.sarif'], "--output 'bad/report.sarif': expected FORMAT=FILE, e.g. sarif=dockerfile-guard.sarif"],
    [['--output', 'sarif='], "--output 'sarif=': expected FORMAT=FILE"],
    [['--format', 'text', '--format', 'json'], 'only one format can be printed, and text and json have no --output: give all but one an --output FORMAT=FILE'],
    [['-f', 'gnu', '-f', 'json', '-f', 'sarif', '-o', 'json=bad/j.json'], 'only one format can be printed, and gnu and sarif have no --output'],
    [['-o', 'json=bad/r.json', '-o', 'sarif=bad/../bad/r.json'], '--output: json and sarif would both be written to bad/../bad/r.json'],
    [['--list-rules', '--output', 'json=bad/rules.json'], '--list-rules prints text or json, to standard output'],
    [['--list-rules', '--format', 'gnu'], '--list-rules prints text or json, to standard output']
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(['app', ...argv])
    expect(stderr).toContain(`dockerfile-guard: ${message}`)
    expect(stderr).toContain("Try 'dockerfile-guard --help'.")
    expect(stdout).toBe('')
    expect(code).toBe(2)
    expect(existsSync(join(dir, 'bad'))).toBe(false)
  })

  it('--format may repeat the one stdout format', async () => {
    const { code, stdout } = await run(['app', '-f', 'gnu', '-f', 'gnu'])
    checks.gnu(stdout)
    expect(code).toBe(1)
  })
})

describe('colour', () => {
  it.each<[string, RunOptions, boolean]>([
    ['a terminal', { stdoutTTY: true }, true],
    ['a pipe', { stdoutTTY: false }, false],
    ['a terminal with NO_COLOR', { stdoutTTY: true, env: { NO_COLOR: '1' } }, false],
    ['a terminal with an empty NO_COLOR (unset, says no-color.org)', { stdoutTTY: true, env: { NO_COLOR: '' } }, true],
    ['a terminal with TERM=dumb', { stdoutTTY: true, env: { TERM: 'dumb' } }, false],
    ['a terminal with TERM=xterm-256color', { stdoutTTY: true, env: { TERM: 'xterm-256color' } }, true],
    ['a pipe with FORCE_COLOR=1', { stdoutTTY: false, env: { FORCE_COLOR: '1' } }, true],
    ['a pipe with FORCE_COLOR=true', { stdoutTTY: false, env: { FORCE_COLOR: 'true' } }, true],
    ['a dumb terminal with FORCE_COLOR=1', { stdoutTTY: true, env: { FORCE_COLOR: '1', TERM: 'dumb' } }, true],
    ['FORCE_COLOR=1 over NO_COLOR, as in Node.js', { stdoutTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }, true],
    ['a terminal with FORCE_COLOR=0', { stdoutTTY: true, env: { FORCE_COLOR: '0' } }, false],
    ['a terminal with FORCE_COLOR=false', { stdoutTTY: true, env: { FORCE_COLOR: 'false' } }, false],
    ['a pipe with an empty FORCE_COLOR', { stdoutTTY: false, env: { FORCE_COLOR: '' } }, false]
  ])('text on %s: coloured %s', async (_, options, coloured) => {
    const { stdout } = await run(['app'], options)
    if (coloured) expect(stdout).toMatch(ANSI)
    else expect(stdout).not.toMatch(ANSI)
    expect(stdout.replace(/\u001b\[\d+m/g, '')).toContain('app/Dockerfile:3:1')
  })

  it('never in the machine formats', async () => {
    for (const format of FORMAT_NAMES.filter((f) => f !== 'text')) {
      expect((await run(['app', '-f', format], { stdoutTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    }
  })
})

describe('progress line', () => {
  const LINE = 'linting 1/25 Dockerfiles…'

  it('on a terminal, with 25 files: written on stderr, rewritten in place and erased at the end', async () => {
    const { code, stdout, stderr } = await run(['many'], { stderrTTY: true })
    expect(stderr.startsWith(`\r${LINE}`)).toBe(true)
    expect(stderr.endsWith(`\r${' '.repeat(LINE.length)}\r`)).toBe(true)
    expect(stderr).not.toContain('\n')
    expect(stdout).toContain('1 problem (1 error, 0 warnings, 0 notes) in 25 files')
    expect(code).toBe(1)
  })

  it('also while the reports go to files', async () => {
    const { stdout, stderr } = await run(['many', '-o', 'sarif=progress/report.sarif'], { stderrTTY: true })
    expect(stdout).toBe('')
    expect(stderr).toContain(LINE)
    expect(JSON.parse(read('progress/report.sarif')).runs[0].results).toHaveLength(1)
  })

  it('not when stderr is not a terminal (a CI log)', async () => {
    expect((await run(['many'], { stderrTTY: false })).stderr).toBe('')
  })

  it('not for a few files', async () => {
    expect((await run(['app'], { stderrTTY: true })).stderr).toBe('')
  })

  it('redraws at most every 100 ms; clear() erases the line (before a message, and at the end) once', () => {
    let written = ''
    let now = 0
    const progress = progressLine({ write: (text: string) => (written += text), isTTY: true }, 450, () => now)
    progress.update(1)
    now = 50
    progress.update(60)
    now = 120
    progress.update(120)
    expect(written).toBe('\rlinting 1/450 Dockerfiles…\rlinting 120/450 Dockerfiles…')
    progress.clear()
    progress.clear()
    expect(written.endsWith(`…\r${' '.repeat('linting 120/450 Dockerfiles…'.length)}\r`)).toBe(true)
  })
})

describe("the README's examples for other CI systems", () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('### Other CI systems'), readme.indexOf('\n## ', readme.indexOf('### Other CI systems')))
  const commands = [...section.matchAll(/npx dockerfile-guard ([^'\n]+)/g)].map((m) => m[1].trim().split(/\s+/))

  it('has one for GitLab, Jenkins, SonarQube and Bitbucket', () => {
    expect(commands).toHaveLength(4)
  })

  it.each(commands.map((argv): [string, string[]] => [argv.join(' '), argv]))('%s: works as written', async (_, argv) => {
    const cwd = mkdtempSync(join(dir, 'readme-'))
    mkdirSync(join(cwd, 'app'))
    writeFileSync(join(cwd, 'app/Dockerfile'), ROOT_USER)
    writeFileSync(join(cwd, 'app/worker.Dockerfile'), CLEAN)
    const { code, stdout, stderr } = await run(argv, { cwd })
    expect(stderr).toBe('')
    const option = (name: string) => argv.flatMap((arg, i) => (argv[i - 1] === name ? [arg] : []))
    const printed = option('--format')[0] as FormatName | undefined
    if (printed) checks[printed](stdout)
    else expect(stdout).toBe('')
    for (const output of option('--output')) {
      const [format, file] = output.split('=') as [FormatName, string]
      checks[format](readFileSync(join(cwd, file), 'utf8'))
      // Named again where the CI reads it, or (Bitbucket) where it looks without being told.
      if (!file.startsWith('test-results/')) expect(section.split(file).length - 1).toBeGreaterThanOrEqual(2)
    }
    expect(code).toBe(option('--fail-on')[0] === 'never' ? 0 : 1)
  })
})
