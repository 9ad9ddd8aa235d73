// Spike: which shell parser turns real RUN bodies into syntax trees best? Parse success over the
// corpus in scripts/spike-corpus.ts and warm parse time per RUN body.
// Run with `npx tsx scripts/spike-shell-parser.ts`; the figures are in docs/decisions/shell-parser.md.
import { createRequire } from 'node:module'
import { parseShell } from '../src/shell/parse.js'
import { runBodies } from './spike-corpus.js'

const require = createRequire(import.meta.url)
// Docker joins continuation lines and drops the comment lines inside them before the shell sees the body.
const bodies = runBodies.map((b) => b.replace(/\\\n\s*#[^\n]*\n/g, '').replace(/\\\n/g, ' '))

async function measure(name: string, parse: (src: string) => unknown): Promise<void> {
  const failures: string[] = []
  for (const body of bodies) {
    try {
      await parse(body)
    } catch {
      failures.push(body.slice(0, 60))
    }
  }
  const ok = bodies.filter((b) => !failures.includes(b.slice(0, 60)))
  const time = async (rounds: number) => {
    const start = process.hrtime.bigint()
    for (let r = 0; r < rounds; r++) for (const body of ok) await parse(body)
    return Number(process.hrtime.bigint() - start) / 1000 / (rounds * ok.length)
  }
  await time(50) // warm up
  const us = await time(name.includes('wasm') ? 5 : 200)
  console.log(`| ${name} | ${ok.length}/${bodies.length} | ${us.toFixed(1)} µs |`)
  for (const f of failures) console.log(`|   fails on | \`${f}\` | |`)
}

console.log('| parser | parsed | warm time per RUN |\n|---|---|---|')
await measure('hand-written (src/shell/parse.ts)', (s) => {
  const script = parseShell(s)
  if (script.error) throw new Error(script.error.message)
  return script
})
const mvdan = require('mvdan-sh')
const mvParser = mvdan.syntax.NewParser()
await measure('mvdan-sh 0.10.1 (GopherJS)', (s) => mvParser.Parse(s, ''))
const bashParser = require('@ericcornelissen/bash-parser')
await measure('@ericcornelissen/bash-parser 0.5.3', (s) => bashParser(s))
const shSyntax = await import('sh-syntax')
await measure('sh-syntax 0.7.0 (wasm, async)', (s) => shSyntax.parse(s))
