// docs/rules/ is generated from the rule objects; this fails when it was not regenerated.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { docFiles } from '../src/report/rule-doc.js'
import { rules } from '../src/rules/index.js'

const directory = new URL('../docs/rules/', import.meta.url)
const expected = docFiles(rules)
const onDisk = readdirSync(directory).filter((name) => name.endsWith('.md'))

describe('docs/rules (run `npm run docs` when this fails)', () => {
  it('has a page for every registered rule and no page for any other id (run `npm run docs`)', () => {
    expect(onDisk.sort()).toEqual([...expected.keys()].sort())
  })

  it.each([...expected.keys()])('%s is up to date (run `npm run docs`)', (name) => {
    expect(onDisk.includes(name) ? readFileSync(new URL(name, directory), 'utf8') : 'missing: run `npm run docs`').toBe(expected.get(name))
  })
})
