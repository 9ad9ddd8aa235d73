import { createRequire } from 'node:module'
import { runBodies } from './spike-corpus.js'
import { DockerfileParser } from 'dockerfile-ast'
const require = createRequire(import.meta.url)
const mvdan = require('mvdan-sh'); const p = mvdan.syntax.NewParser()
const ok = runBodies.map((b) => b.replace(/\\\n/g, ' ')).filter((b) => { try { p.Parse(b, ''); return true } catch { return false } })
for (let i = 0; i < 200; i++) for (const b of ok) p.Parse(b, '')
let t = process.hrtime.bigint(); const N = 200
for (let i = 0; i < N; i++) for (const b of ok) p.Parse(b, '')
console.log('mvdan µs/RUN', Number(process.hrtime.bigint() - t) / 1000 / (N * ok.length))
const df = 'FROM node:20\n' + ok.slice(0, 8).map((b) => 'RUN ' + b).join('\n') + '\nCMD ["node"]\n'
for (let i = 0; i < 500; i++) DockerfileParser.parse(df)
t = process.hrtime.bigint()
for (let i = 0; i < 2000; i++) DockerfileParser.parse(df)
console.log('dockerfile-ast µs/file (8 RUNs)', Number(process.hrtime.bigint() - t) / 1000 / 2000)
