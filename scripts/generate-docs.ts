// `npm run docs`: writes docs/rules/<id>.md for every registered rule and the index, and deletes
// the pages of ids no longer registered. __tests__/docs.test.ts fails when this needs running.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { docFiles } from '../src/report/rule-doc.js'
import { rules } from '../src/rules/index.js'

const directory = join(import.meta.dirname, '..', 'docs', 'rules')
mkdirSync(directory, { recursive: true })

const files = docFiles(rules)
let changed = 0
for (const [name, content] of files) {
  const path = join(directory, name)
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  if (current === content) continue
  writeFileSync(path, content)
  changed++
  console.log(`wrote docs/rules/${name}`)
}
for (const name of readdirSync(directory)) {
  if (name.endsWith('.md') && !files.has(name)) {
    rmSync(join(directory, name))
    changed++
    console.log(`deleted docs/rules/${name}`)
  }
}
console.log(changed ? `${changed} rule doc(s) updated.` : 'Rule docs are up to date.')
