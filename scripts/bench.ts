// `npm run bench [-- --files N] [-- --dir PATH]`: how fast the engine is against parsing alone, how
// much memory a 10,000-file run needs, and whether cost stays linear in the size of a file.
// Targets (design §9): lint ≤ 3× dockerfile-ast's parse (aim 2×), under a millisecond per typical
// file, under 200 MB for 10,000 files.
import { DockerfileParser } from 'dockerfile-ast'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { findDockerfiles, readDockerfile } from '../src/files.js'
import { lint } from '../src/lint.js'
import { SCALING, corpus } from './bench-corpus.js'

const { values } = parseArgs({ options: { files: { type: 'string', default: '1000' }, dir: { type: 'string' } } })
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
  best(texts, lintText, warmUp)
  best(texts, parseText, warmUp)
  const lintMs = best(texts, lintText)
  const parseMs = best(texts, parseText)
  const row = (name: string, ms: number) => [name, Math.round((texts.length / ms) * 1000), ((ms * 1000) / texts.length).toFixed(1)]
  console.log(`\n${label}: ${texts.length} files, ${(bytes / texts.length / 1024).toFixed(1)} KB on average\n`)
  console.log(
    table([
      ['', 'files/s', 'µs/file'],
      row('lint() (parse + model + every rule)', lintMs),
      row('dockerfile-ast parse alone', parseMs),
      ['lint / parse', (lintMs / parseMs).toFixed(2) + '×', 'target ≤ 3×']
    ])
  )
}

// A full GC on demand, without needing `node --expose-gc`: to tell live memory from garbage not yet collected.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** 10,000 files generated, linted and dropped one at a time: what a large repository costs in memory. */
function memory(count: number): void {
  gc()
  const before = process.memoryUsage()
  let peakRss = before.rss
  let peakHeap = before.heapUsed
  let findings = 0
  const start = performance.now()
  let n = 0
  for (const text of corpus(count, 7)) {
    findings += lintText(text).length
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
  console.log(`\nStreaming ${count} files: ${seconds.toFixed(2)} s, ${findings} findings\n`)
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
    const perKb = (text: string) => (best([text], lintText, 2) * 1000) / (text.length / 1024)
    const small = make(1000)
    const large = make(4000)
    const [a, b] = [perKb(small), perKb(large)]
    // The engine refuses input whose parse time it cannot bound (src/lint.ts): that is a parse-error, not a speed.
    const refused = (text: string) => lintText(text).some((f) => f.ruleId === 'parse-error')
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

if (values.dir) {
  speed(`Dockerfiles under ${values.dir}`, await realFiles(values.dir))
} else {
  memory(10_000) // first, so that the other measurements' garbage is not counted
  speed('Generated corpus', [...corpus(files)])
  scaling()
}
