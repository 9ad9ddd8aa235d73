// The CLI runs the shellcheck on PATH after its rules, in-process (`main` with an Io): findings of a
// 10-line RUN at their exact lines and columns in every format; without ShellCheck, or with a broken
// one, one line on stderr and the same exit code as without it; `--no-shellcheck` and `shellcheck: false`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import type * as sarif from 'sarif'
import { main } from '../../src/cli.js'
import { covered, fakeProgram, removeFakePrograms, SHELLCHECK } from './helpers.js'

// Lines 4 to 13: one RUN of ten lines, with a comment line, a tab and a loop.
const DOCKERFILE = [
  'FROM debian:12',
  'ARG VERSION=1.2.3',
  'ENV APP_HOME=/srv/app',
  'RUN set -ux; \\',
  '    # fetch and unpack the release',
  '    curl -fsSLo /tmp/app.tgz "https://example.com/app-$VERSION.tgz"; \\',
  '    mkdir -p "$APP_HOME"; \\',
  '    tar -xzf /tmp/app.tgz -C "$APP_HOME"; \\',
  '\tcd $APP_HOME/bin; \\',
  '    for f in $(ls *.sh); do \\',
  '        chmod +x "$f"; \\',
  '    done; \\',
  '    echo "installed $VERSION to $APP_HOME as $user"',
  'USER 1000',
  ''
].join('\n')

const EXPECTED = [
  ['SC2164', 9, 2, 9, 18, 'warning', "Use 'cd ... || exit' or 'cd ... || return' in case cd fails."],
  ['SC2045', 10, 14, 10, 24, 'error', 'Iterating over ls output is fragile. Use globs.'],
  ['SC2035', 10, 19, 10, 20, 'note', "Use ./*glob* or -- *glob* so names with dashes won't become options."],
  ['SC2154', 13, 46, 13, 51, 'warning', 'user is referenced but not assigned.']
]

let dir: string
const shellcheckDir = dirname(SHELLCHECK)
let emptyDir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-cli-shellcheck-'))
  emptyDir = join(dir, 'no-programs')
  mkdirSync(emptyDir)
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE)
  mkdirSync(join(dir, 'off'))
  writeFileSync(join(dir, 'off', 'Dockerfile'), DOCKERFILE)
  writeFileSync(join(dir, 'off', '.dockerfile-guard.yml'), 'shellcheck: false\n')
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
  removeFakePrograms()
})

async function run(argv: string[], options: { PATH?: string; cwd?: string } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {})(),
    cwd: options.cwd ?? dir,
    env: { PATH: options.PATH ?? shellcheckDir }
  })
  return { code, stdout, stderr }
}

interface JsonFinding {
  ruleId: string
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: string
  message: string
}
const shellcheckRows = (stdout: string) =>
  (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((f) => /^SC\d+$/.test(f.ruleId)).map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.severity, f.message])

describe('the CLI with ShellCheck', () => {
  it('reports the findings of a 10-line RUN at their exact lines and columns', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'Dockerfile'])
    expect(stderr).toBe('')
    expect(shellcheckRows(stdout)).toEqual(EXPECTED)
    const texts = (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId.startsWith('SC')).map((f) => covered(DOCKERFILE, f))
    expect(texts).toEqual(['cd $APP_HOME/bin', '$(ls *.sh)', '*', '$user'])
    expect(code).toBe(1) // SC2045 is an error
  })

  it('prints them among the rules’ findings, in order of position', async () => {
    const { stdout } = await run(['Dockerfile'])
    const lines = stdout.split('\n').filter((line) => line.startsWith('Dockerfile:'))
    expect(lines).toContain("Dockerfile:9:2    warning  Use 'cd ... || exit' or 'cd ... || return' in case cd fails.  [SC2164]")
    const places = lines.map((line) => line.split(/\s/)[0].split(':').slice(1).map(Number))
    expect(places).toEqual([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]))
  })

  it('describes each ShellCheck code in SARIF, with its wiki page, in a valid log', async () => {
    const { stdout } = await run(['--format', 'sarif', 'Dockerfile'])
    const log = JSON.parse(stdout) as sarif.Log
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
    const { $schema: _draft, id, ...body } = schema
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats.default(ajv)
    const validate = ajv.compile({ $id: id, ...body })
    validate(log)
    expect(validate.errors ?? []).toEqual([])
    const driver = log.runs[0].tool.driver
    const result = log.runs[0].results!.find((r) => r.ruleId === 'SC2164')!
    expect(driver.rules![result.ruleIndex!]).toMatchObject({
      id: 'SC2164',
      shortDescription: { text: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails." },
      helpUri: 'https://www.shellcheck.net/wiki/SC2164',
      defaultConfiguration: { level: 'warning' }
    })
    expect(result.locations![0].physicalLocation!.region).toEqual({ startLine: 9, startColumn: 2, endLine: 9, endColumn: 18 })
    expect(result.fixes![0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { startLine: 9, startColumn: 18, endLine: 9, endColumn: 18 }, insertedContent: { text: ' || exit' } })
    expect(driver.rules!.filter((rule) => rule.id.startsWith('SC')).map((rule) => rule.id)).toEqual(['SC2035', 'SC2045', 'SC2154', 'SC2164'])
  })

  it('links each code to its wiki page in the Markdown summary', async () => {
    const { stdout } = await run(['--format', 'markdown', 'Dockerfile'])
    expect(stdout).toContain("| 9 | 🟡 warning | [SC2164](https://www.shellcheck.net/wiki/SC2164) | Use 'cd \\.\\.\\. \\|\\| exit' or 'cd \\.\\.\\. \\|\\| return' in case cd fails\\. |")
  })
})

describe('the CLI without ShellCheck', () => {
  const withoutShellcheck = async (argv: string[], options = {}) => {
    const result = await run(['--format', 'json', ...argv], options)
    return { ...result, rows: shellcheckRows(result.stdout), findings: (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length }
  }

  it('says on one line that the checks were skipped and how to install ShellCheck; the rest is as usual', async () => {
    const { code, stderr, rows, findings } = await withoutShellcheck(['Dockerfile'], { PATH: emptyDir })
    expect(stderr).toBe('dockerfile-guard: ShellCheck checks were skipped: shellcheck was not found on PATH; install it (apt-get install shellcheck, brew install shellcheck) to check the shell code of RUN instructions\n')
    expect(rows).toEqual([])
    expect(findings).toBeGreaterThan(0)
    expect(code).toBe(0)
  })

  it('warns on one line when ShellCheck is broken, with the same findings and exit code', async () => {
    const broken = fakeProgram('shellcheck', 'echo "this is not json"')
    const { code, stderr, rows } = await withoutShellcheck(['Dockerfile'], { PATH: broken.dir })
    expect(stderr).toBe('dockerfile-guard: ShellCheck checks were skipped: ShellCheck exited with code 0 without json1 output\n')
    expect(rows).toEqual([])
    expect(code).toBe(0)
  })

  it('does not run it with --no-shellcheck, or with `shellcheck: false` in the configuration, and says nothing', async () => {
    const log = fakeProgram('shellcheck', 'echo called >> "$(dirname "$0")/calls"; exit 1')
    for (const [argv, cwd] of [[['--no-shellcheck', 'Dockerfile'], dir], [['Dockerfile'], join(dir, 'off')]] as const) {
      const { code, stderr, rows } = await withoutShellcheck([...argv], { PATH: log.dir, cwd })
      expect([stderr, rows, code]).toEqual(['', [], 0])
    }
    expect(() => readFileSync(join(log.dir, 'calls'))).toThrow()
  })
})
