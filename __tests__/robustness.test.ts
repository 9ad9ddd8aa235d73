// No input crashes the engine or keeps it busy: what a hostile or broken file in a pull request can do
// is become a finding. Each case checks that lint() returns, and that what it returns still makes sense.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { lint, type Finding } from '../src/lint.js'

const run = (text: string): Finding[] => lint({ path: 'Dockerfile', text })
const at = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId).map((f) => [f.line, f.column])
const ROOT_TAIL = 'USER root\n'
const WINDOWS_SEEDS = [
  'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN iex ((New-Object System.Net.WebClient).DownloadString(\'https://x.io/i.ps1\')); `\n  Invoke-WebRequest -Uri http://x.io/a.zip -OutFile a.zip; Expand-Archive a.zip -DestinationPath C:\\a\n',
  'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl -fSLo C:\\x.msi http://x.io/x.msi && msiexec /i C:\\x.msi /quiet & if exist C:\\y (echo ^"y^") else (set A=%PATH%)\n'
].join('\n')


describe('lint() on odd but textual input', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace only', ' \n\t\n  \r\n'],
    ['comments only', '# just a comment\n# another\n'],
    ['a file without FROM', 'RUN echo hi\nUSER root\n'],
    ['ONBUILD ONBUILD', 'FROM alpine:3.20\nONBUILD ONBUILD RUN echo\nONBUILD\n'],
    ['instructions without arguments', 'FROM\nFROM alpine:3.20 AS\nCOPY --from= . .\nUSER\nEXPOSE\nHEALTHCHECK\nSHELL []\nENV =\n'],
    ['a final lone escape', 'FROM alpine:3.20\nRUN \\'],
    ['bare carriage returns', 'FROM alpine:3.20\rRUN echo\r'],
    ['broken exec form', 'FROM alpine:3.20\nCMD ["a", \nENTRYPOINT [[[[\nRUN ["x"\n']
  ])('%s: no parse error, no throw', (_, text) => {
    expect(run(text).filter((f) => f.ruleId === 'parse-error')).toEqual([])
  })

  it.each([
    ['echo $ x'],
    ['sed -i s/a$// /etc/f'],
    ['echo $|x $;y $&z a$'],
    ['powershell -Command echo $ `'],
    ['cmd /c echo %'],
  ])('a lone $ and other dangling sigils (%s) are literal text', (body) => {
    expect(run(`FROM alpine:3.20\nRUN ${body}\nUSER root\n`).map((f) => f.ruleId)).toEqual(['no-root-user'])
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('Object.prototype names as commands, packages and groups (%s) are just words', (word) => {
    const text = `FROM alpine:3.20\nRUN ${word} x && sudo ${word} -k && apk add ${word} && useradd -G ${word} u && ${word} --help | sh\nUSER root\n`
    const findings = run(text)
    expect(findings.filter((f) => f.ruleId === 'parse-error' || f.message.includes('internal error'))).toEqual([])
    expect(at(findings, 'no-root-user')).toEqual([[3, 1]])
  })

  it('a binary file (NUL bytes) becomes one parse-error finding', () => {
    expect(run('\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000FROM')).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', line: 1, column: 1, message: expect.stringContaining('binary') })
    ])
  })

  it('invalid UTF-8 (already decoded to U+FFFD) is linted like any text', () => {
    expect(at(run('FROM alpine:3.20\nRUN echo \uFFFD\uFFFD caf\uFFFD\nUSER root\n'), 'no-root-user')).toEqual([[3, 1]])
  })

  it('CRLF line ends give the same lines and columns as LF', () => {
    const lf = 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n  && echo done\nUSER root\n'
    const strip = (findings: Finding[]) => findings.map(({ fix: _fix, ...f }) => f)
    expect(strip(run(lf.replace(/\n/g, '\r\n')))).toEqual(strip(run(lf)))
    expect(at(run(lf.replace(/\n/g, '\r\n')), 'no-root-user')).toEqual([[4, 1]])
  })

  it('a BOM does not shift columns on the first line', () => {
    expect(run('\uFEFFFROM alpine:3.20\nUSER root\n')).toEqual(run('FROM alpine:3.20\nUSER root\n'))
  })

  it('an unterminated quote in one RUN does not stop the rest of the file being linted', () => {
    expect(at(run(`FROM alpine:3.20\nRUN echo "abc\nRUN echo 'x\n${ROOT_TAIL}`), 'no-root-user')).toEqual([[4, 1]])
  })

  it('an unterminated heredoc takes the rest of the file, as Docker does, without throwing', () => {
    expect(run('FROM alpine:3.20\nRUN <<EOF\necho hi\nUSER root\n').filter((f) => f.ruleId === 'parse-error')).toEqual([])
  })
})

describe('lint() on large or deep input', () => {
  it('a RUN of 10,000 continued lines, with findings after it on the right line', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `    echo step-${i} && \\\n`).join('')
    const findings = run(`FROM alpine:3.20\nRUN ${body}    true\n${ROOT_TAIL}`)
    expect(at(findings, 'no-root-user')).toEqual([[10_003, 1]])
  })

  it('5,000 nested $(…) end the shell parse ("nesting too deep") instead of overflowing the stack', () => {
    const nested = 'echo ' + '$('.repeat(5000) + 'x' + ')'.repeat(5000)
    const findings = run(`FROM alpine:3.20\nRUN ${nested}\n${ROOT_TAIL}`)
    expect(findings.filter((f) => f.ruleId === 'parse-error')).toEqual([])
    expect(at(findings, 'no-root-user')).toEqual([[3, 1]])
  })

  it.each([
    ['{ … }', '{ '.repeat(5000) + 'x; ' + '}; '.repeat(5000)],
    ['if … fi', 'if true; then '.repeat(5000) + 'x; ' + 'fi; '.repeat(5000)],
    ['( … )', '( '.repeat(5000) + 'x' + ' )'.repeat(5000)],
    ['sudo sudo …', 'sudo '.repeat(2000) + 'apk add curl']
  ])('5,000 levels of %s do not overflow the stack', (_, body) => {
    expect(at(run(`FROM alpine:3.20\nRUN ${body}\n${ROOT_TAIL}`), 'no-root-user')).toEqual([[3, 1]])
  })

  it('lines of 400 KB', () => {
    const long = 'a'.repeat(400 * 1024)
    const findings = run(`FROM alpine:3.20\nRUN echo ${long}\nLABEL description="${long}"\n${ROOT_TAIL}`)
    expect(at(findings, 'no-root-user')).toEqual([[4, 1]])
  }, 60_000)

  it('refuses text over 1 MiB, and stages × comments that would take unbounded time, as one parse-error', () => {
    expect(run('FROM alpine:3.20\n' + '# padding\n'.repeat(120_000))).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', message: expect.stringContaining('over 1 MiB') })
    ])
    expect(run('FROM a\n# c\n'.repeat(1500))).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', message: expect.stringContaining('1500 stages and 1500 comment lines') })
    ])
  })

  it('thousands of stages, with and without comments', () => {
    expect(at(run('FROM alpine:3.20\n'.repeat(3000) + ROOT_TAIL), 'no-root-user')).toEqual([[3001, 1]])
    expect(at(run('FROM alpine:3.20\n# a comment\nRUN true\n'.repeat(1000) + ROOT_TAIL), 'no-root-user')).toEqual([[3001, 1]])
  }, 60_000)

  // Seeded mutations of every example we ship (rule examples, examples/, Windows bodies) with the
  // characters that matter to the parsers. In a child process with a timeout, so that a parser that
  // loops forever fails this test instead of hanging the suite (a lone `$` once did).
  it('3,000 mutated Dockerfiles: none throws, loops, or trips an internal error', () => {
    const script = [
      `import { lint } from ${JSON.stringify(join(import.meta.dirname, '../src/lint.ts'))}`,
      `import { rules } from ${JSON.stringify(join(import.meta.dirname, '../src/rules/index.ts'))}`,
      "import { readFileSync, readdirSync } from 'node:fs'",
      `const dir = ${JSON.stringify(join(import.meta.dirname, '../examples'))}`,
      'const texts = [...rules.flatMap((r) => [r.examples.bad, r.examples.good]), ...readdirSync(dir).map((f) => readFileSync(dir + "/" + f, "utf8")),',
      `  ${JSON.stringify(WINDOWS_SEEDS)}]`,
      `const pieces = ${JSON.stringify(['"', "'", '`', '$(', ')', '(', '{', '}', '[', ']', '\\', '\n', '|', '&&', ';', '<<EOF\n', '^', '%', '$', '#', ' ', '@(', 'iex ', '> ', '\r\n'])}`,
      'let seed = 42',
      'const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n }',
      'const problems = []',
      'for (let i = 0; i < 3000; i++) {',
      '  let t = texts[rnd(texts.length)]',
      '  for (let e = 1 + rnd(6); e > 0; e--) {',
      '    const at = rnd(t.length + 1), op = rnd(3)',
      '    t = op === 0 ? t.slice(0, at) + pieces[rnd(pieces.length)] + t.slice(at) : op === 1 ? t.slice(0, at) + t.slice(at + 1 + rnd(20)) : t.slice(0, at) + t.slice(rnd(t.length + 1)).slice(0, 200) + t.slice(at)',
      '  }',
      '  try {',
      '    const bad = lint({ path: "Dockerfile", text: t }, { allRules: true }).filter((f) => f.message.includes("internal error") || (f.ruleId === "parse-error" && f.message.includes("TypeError")))',
      '    if (bad.length) problems.push([t, bad[0].message])',
      '  } catch (e) { problems.push([t, String(e)]) }',
      '}',
      'console.log(JSON.stringify(problems.slice(0, 3)))'
    ].join('\n')
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 100_000 })
    expect(child.stderr).toBe('')
    expect(child.signal).toBeNull()
    expect(JSON.parse(child.stdout)).toEqual([])
  }, 110_000)

  // In a child process: under jest's module sandbox the engine runs several times slower than in node.
  it('a 10 MB file: the findings, or one parse-error if the engine refuses its size', () => {
    const unit = '# build step\nRUN apk add --no-cache build-base \\\n && make -j4 && make install\nCOPY . /src\n'
    const text = `'FROM alpine:3.20\\n' + ${JSON.stringify(unit)}.repeat(${Math.ceil((10 * 1024 * 1024) / unit.length)}) + ${JSON.stringify(ROOT_TAIL)}`
    const script = [
      `import { lint } from ${JSON.stringify(join(import.meta.dirname, '../src/lint.ts'))}`,
      `const text = ${text}`,
      "const findings = lint({ path: 'Dockerfile', text })",
      'console.log(JSON.stringify({ bytes: text.length, findings: findings.map((f) => [f.ruleId, f.line]) }))'
    ].join('\n')
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 110_000 })
    expect(child.stderr).toBe('')
    const { bytes, findings } = JSON.parse(child.stdout) as { bytes: number; findings: [string, number][] }
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024)
    const refused = findings.length === 1 && findings[0][0] === 'parse-error'
    expect(refused || findings.some(([id, line]) => id === 'no-root-user' && line > 400_000)).toBe(true)
  }, 120_000)
})
