// `npm run docs`: writes docs/rules/<id>.md for every registered rule and the index, and deletes
// the pages of ids no longer registered, and docs/dockerfile-guard.schema.json (the configuration's JSON
// Schema). __tests__/docs.test.ts and __tests__/config/schema.test.ts fail when this needs running.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaFile } from '../src/config/schema.js'
import { docFiles } from '../src/report/rule-doc.js'
import { rules } from '../src/rules/index.js'

const directory = join(import.meta.dirname, '..', 'docs', 'rules')
mkdirSync(directory, { recursive: true })

let changed = 0
/** Writes `content` to `path` (shown as `name`) unless the file already holds it. */
function write(path: string, name: string, content: string): void {
  let current: string | undefined
  try {
    current = readFileSync(path, 'utf8')
  } catch {
    current = undefined
  }
  if (current === content) return
  writeFileSync(path, content)
  changed++
  console.log(`wrote ${name}`)
}

const files = docFiles(rules)
for (const [name, content] of files) write(join(directory, name), `docs/rules/${name}`, content)
for (const name of readdirSync(directory)) {
  if (name.endsWith('.md') && !files.has(name)) {
    rmSync(join(directory, name))
    changed++
    console.log(`deleted docs/rules/${name}`)
  }
}
// The JSON Schema of .dockerfile-guard.yml that editors complete the file from.
write(join(directory, '..', 'dockerfile-guard.schema.json'), 'docs/dockerfile-guard.schema.json', schemaFile(rules))
console.log(changed ? `${changed} doc file(s) updated.` : 'Docs are up to date.')
