// `npm run bench [-- --files N] [-- --dir PATH]`: how fast the engine is against parsing alone, how
// much memory a 10,000-file run needs, whether cost stays linear in the size of a file, and how long
// the whole CLI process takes on a tree of files against a process that only reads and parses them.
// Targets (design §9, issues 6 and 7): lint with every rule on ≤ 3× dockerfile-ast's parse (aim 2×), under a
// millisecond per typical file, under 200 MB for 10,000 files, the whole process ≤ 3× a read-and-parse process.
import { DockerfileParser } from 'dockerfile-ast'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { findDockerfiles, readDockerfile, readDockerfileSync } from '../src/files.js'
import { lint } from '../src/lint.js'
import { SCALING, corpus } from './bench-corpus.js'

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, dir: { type: 'string' }, 'read-parse': { type: 'string' } } })

// The baseline of the whole-process measurement, run as a child: find, read and parse every Dockerfile, nothing more.
if (values['read-parse']) {
  const root = values['read-parse']
  for (const file of (await findDockerfiles(root)).files) DockerfileParser.parse(readDockerfileSync(join(root, file)))
  process.exit(0)
}
const files = Number(values.files)
if (!Number.isInteger(files) || files < 1) {
  console.error(`bench: --files wants a positive integer, not ${values.files}`)
  process.exit(2)
}

/** Total milliseconds for `fn` over every text, best of `rounds` (the least disturbed by other work). */
function best(texts: readonly string[], fn: (text: string) => unknown, rounds = 5): number {
  let fastest = Infinity
  for (let r = 0; r < rounds; r++) {
    const start = performance.now()
    for (const text of texts) fn(text)
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

const lintText = (text: string) => lint({ path: 'Dockerfile', text })
const EVERY_RULE = { allRules: true }
const lintAll = (text: string) => lint({ path: 'Dockerfile', text }, EVERY_RULE)
const parseText = (text: string) => DockerfileParser.parse(text)

function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String))
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)))
  return cells.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n')
}

function speed(label: string, texts: readonly string[]): void {
  const bytes = texts.reduce((sum, t) => sum + t.length, 0)
  // Warm-up (JIT, lazy regexes, module caches) over at least 3,000 files, not two rounds: two rounds of a
  // small --dir left lint()'s rules half-optimized while parse alone, already hot, was measured at speed.
  const warmUp = Math.max(2, Math.ceil(3000 / texts.length))
  best(texts, lintAll, warmUp)
  best(texts, lintText, warmUp)
  best(texts, parseText, warmUp)
  // Interleaved, best of 7 each: the machine's speed drifts (shared cores), and timing one side after
  // the other turned that drift into the ratio.
  let allMs = Infinity
  let lintMs = Infinity
  let parseMs = Infinity
  for (let round = 0; round < 7; round++) {
    allMs = Math.min(allMs, best(texts, lintAll, 1))
    lintMs = Math.min(lintMs, best(texts, lintText, 1))
    parseMs = Math.min(parseMs, best(texts, parseText, 1))
  }
  const row = (name: string, ms: number) => [name, Math.round((texts.length / ms) * 1000), ((ms * 1000) / texts.length).toFixed(1), (ms / parseMs).toFixed(2) + '×']
  console.log(`\n${label}: ${texts.length} files, ${(bytes / texts.length / 1024).toFixed(1)} KB on average\n`)
  console.log(
    table([
      ['', 'files/s', 'µs/file', '/ parse'],
      row('lint(), every rule on (target ≤ 3× parse)', allMs),
      row('lint(), the rules on by default', lintMs),
      row('dockerfile-ast parse alone', parseMs)
    ])
  )
}

// A full GC on demand, without needing `node --expose-gc`: to tell live memory from garbage not yet collected.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** 10,000 files generated, linted with every rule on and dropped one at a time: what a large repository costs in memory. */
function memory(count: number): void {
  gc()
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  let findings = 0
  const start = performance.now()
  let n = 0
  for (const text of corpus(count, 7)) {
    findings += lintAll(text).length
    // Timers cannot fire inside this loop, so memory is sampled here.
    if (++n % 50 === 0) {
      const now = process.memoryUsage()
      peakRss = Math.max(peakRss, now.rss)
      peakHeap = Math.max(peakHeap, now.heapUsed)
    }
  }
  const seconds = (performance.now() - start) / 1000
  gc()
  const retained = process.memoryUsage().heapUsed
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  console.log(`\nStreaming ${count} files, every rule on: ${seconds.toFixed(2)} s, ${findings} findings\n`)
  console.log(
    table([
      ['', 'start', 'peak', 'after GC'],
      ['RSS (target < 200 MB)', mb(before.rss), mb(peakRss), mb(process.memoryUsage().rss)],
      ['heap used', mb(before.heapUsed), mb(peakHeap), mb(retained)]
    ])
  )
  console.log('(V8 collects lazily: the peak is mostly garbage not yet collected; "after GC" is what the run kept.)')
}

/** Cost per KB at n and 4n: linear work keeps it flat; a ratio near 4 means work growing with the square. */
function scaling(): void {
  const rows: (string | number)[][] = [['input', 'size n', 'µs/KB at n', 'µs/KB at 4n', 'growth']]
  for (const [name, make] of Object.entries(SCALING)) {
    const perKb = (text: string) => (best([text], lintAll, 2) * 1000) / (text.length / 1024)
    const small = make(1000)
    const large = make(4000)
    const [a, b] = [perKb(small), perKb(large)]
    // The engine refuses input whose parse time it cannot bound (src/lint.ts): that is a parse-error, not a speed.
    const refused = (text: string) => lintAll(text).some((f) => f.ruleId === 'parse-error')
    const growth = refused(large) ? 'refused at 4n (parse-error)' : `${(b / a).toFixed(1)}× ${b / a > 1.5 ? '(superlinear)' : ''}`
    rows.push([name, `${(small.length / 1024).toFixed(0)} KB`, a.toFixed(0), refused(large) ? '-' : b.toFixed(0), growth])
  }
  console.log('\nScaling: one file at n and 4n\n')
  console.log(table(rows))
}

async function realFiles(dir: string): Promise<string[]> {
  const found = await findDockerfiles(dir)
  const texts: string[] = []
  for (const file of found.files) texts.push(await readDockerfile(join(dir, file)).catch(() => ''))
  return texts.filter((text) => text.trim() !== '' && !text.includes('\0'))
}

/** Wall-clock seconds of a child `node` process. */
function seconds(args: string[]): number {
  const start = performance.now()
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed: ${child.stderr}`)
  return (performance.now() - start) / 1000
}

/** The CLI as users run it (`dockerfile-guard --format json <dir>`) against a process that only finds, reads and parses the same files. */
function wholeProcess(label: string, dir: string, count: number): void {
  const here = dirname(fileURLToPath(import.meta.url))
  // Interleaved, best of five each, for the same reason as in speed().
  // The target is for our own rules: ShellCheck, a separate program, is measured on its own (once: it is slow).
  const cliArgs = [join(here, 'cli.mjs'), '--format', 'json', '--fail-on', 'never']
  let cli = Infinity
  let parse = Infinity
  for (let round = 0; round < 5; round++) {
    cli = Math.min(cli, seconds([...cliArgs, '--no-shellcheck', dir]))
    parse = Math.min(parse, seconds([join(here, 'bench.mjs'), '--read-parse', dir]))
  }
  const withShellcheck = spawnSync('shellcheck', ['--version']).status === 0 ? seconds([...cliArgs, dir]) : undefined
  console.log(`\nWhole process, ${label}: ${count} files\n`)
  console.log(
    table([
      ['', 's', 'files/s'],
      ['dockerfile-guard --format json --no-shellcheck <dir>', cli.toFixed(2), Math.round(count / cli)],
      ['find + read + parse only', parse.toFixed(2), Math.round(count / parse)],
      ['process / read-and-parse', (cli / parse).toFixed(2) + '×', 'target ≤ 3×'],
      ...(withShellcheck === undefined
        ? [['with ShellCheck: not measured (no shellcheck on PATH)', '', '']]
        : [['with ShellCheck (the shellcheck on PATH), one run', withShellcheck.toFixed(2), Math.round(count / withShellcheck)]])
    ])
  )
}

/** `count` generated Dockerfiles written as a repository would hold them: nested directories, one per service. */
function generatedTree(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'dockerfile-guard-bench-'))
  let i = 0
  for (const text of corpus(count, 13)) {
    const dir = join(root, `team-${Math.floor(i / 100)}`, `service-${i % 100}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'Dockerfile'), text)
    i++
  }
  return root
}

if (values.dir) {
  const texts = await realFiles(values.dir)
  speed(`Dockerfiles under ${values.dir}`, texts)
  wholeProcess(`Dockerfiles under ${values.dir}`, values.dir, texts.length)
} else {
  memory(10_000) // first, so that the other measurements' garbage is not counted
  speed('Generated corpus', [...corpus(files)])
  scaling()
  const tree = generatedTree(4000)
  try {
    wholeProcess('a generated repository', tree, 4000)
  } finally {
    rmSync(tree, { recursive: true, force: true })
  }
}
