// Spike: which shell parser turns real RUN bodies into syntax trees best?
// Run with `npx tsx scripts/spike-shell-parser.ts`; the figures go into docs/decisions/shell-parser.md.
import { createRequire } from 'node:module'
import { runBodies } from './spike-corpus.js'

const require = createRequire(import.meta.url)
const bodies = runBodies.map((b) => b.replace(/\\\n/g, ' ')) // Docker joins continuation lines first

type Parse = (src: string) => unknown
async function measure(name: string, parse: Parse | ((s: string) => Promise<unknown>)) {
  let ok = 0
  const failures: string[] = []
  for (const body of bodies) {
    try {
      await parse(body)
      ok++
    } catch {
      failures.push(body.slice(0, 60))
    }
  }
  const rounds = 20
  const start = process.hrtime.bigint()
  for (let r = 0; r < rounds; r++) for (const body of bodies) { try { await parse(body) } catch { /* counted above */ } }
  const us = Number(process.hrtime.bigint() - start) / 1000 / (rounds * bodies.length)
  console.log(`${name}: ${ok}/${bodies.length} parsed, ${us.toFixed(1)} µs per RUN`)
  for (const f of failures) console.log(`   failed: ${f}`)
}

const mvdan = require('mvdan-sh')
const mvParser = mvdan.syntax.NewParser()
await measure('mvdan-sh', (s) => mvParser.Parse(s, 'RUN'))

const bashParser = require('@ericcornelissen/bash-parser')
await measure('@ericcornelissen/bash-parser', (s) => bashParser(s))

const shSyntax = await import('sh-syntax')
await measure('sh-syntax (wasm, async)', (s) => shSyntax.parse(s))
