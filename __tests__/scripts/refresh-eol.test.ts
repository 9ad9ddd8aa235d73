// scripts/refresh-eol.ts turns endoflife.date's API responses into src/rules/data/eol.ts. Its transform
// is tested on saved responses (__tests__/fixtures/endoflife, in the API's v1 shape), and the data
// file it wrote is checked as a whole: every product listed, every entry readable.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isDate, refresh, releasesFrom, render, type ApiResponse } from '../../scripts/refresh-eol.js'
import { EOL } from '../../src/rules/data/eol.js'
import { PRODUCTS, type Product } from '../../src/rules/data/eol-products.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/endoflife/', import.meta.url))
const fixture = (id: string) => JSON.parse(readFileSync(`${FIXTURES}${id}.json`, 'utf8')) as ApiResponse
const product = (id: string) => PRODUCTS.find((p) => p.id === id) as Product

describe('refresh-eol', () => {
  it('takes the end of security support, LTS marks and no codename where tags do not use them', () => {
    expect(releasesFrom(product('nodejs'), fixture('nodejs'))).toEqual([
      { cycle: '25', eol: '2026-06-01' },
      { cycle: '24', eol: '2028-04-30', lts: true },
      { cycle: '3', eol: true }
    ])
    expect(releasesFrom(product('go'), fixture('go'))).toEqual([
      { cycle: '1.26', eol: false },
      { cycle: '1.24', eol: '2026-02-11' }
    ])
  })

  it("takes Debian's end of LTS, and its end of life where no LTS date is stated", () => {
    expect(releasesFrom(product('debian'), fixture('debian'))).toEqual([
      { cycle: '13', eol: '2030-06-30', codename: 'Trixie' },
      { cycle: '12', eol: '2028-06-30', codename: 'Bookworm' },
      { cycle: '1.1', eol: '1996-12-12', codename: 'Buzz' }
    ])
  })

  it('refuses a response it cannot read', () => {
    const bad = (release: object) => () => releasesFrom(product('go'), { result: { name: 'go', releases: [release as never] } })
    expect(bad({ name: '1.26', isEol: null, eolFrom: null })).toThrow('go 1.26: no end of support')
    expect(bad({ name: '1.26', isEol: true, eolFrom: '2026-02-30' })).toThrow('no end of support')
    expect(() => releasesFrom(product('go'), { result: { name: 'go', releases: [{ name: '1.2', isEol: true }, { name: '1.2', isEol: true }] } })).toThrow('repeated')
  })

  it('writes the data file from saved responses, recording where each came from', async () => {
    const data = await refresh({ from: FIXTURES, today: '2026-12-03', products: ['go', 'nodejs'].map(product) })
    expect(data.read).toBe('2026-12-03')
    expect(data.products.go.source).toBe('https://github.com/endoflife-date/endoflife.date/blob/02ce42c26db5ae0fa13b9b986eadd5541ca56917/products/go.md')
    expect(data.products.nodejs.source).toBe('https://endoflife.date/api/v1/products/nodejs')
    const text = render(data)
    expect(text).toContain("export const EOL: EolData = {\n  read: '2026-12-03',\n  products: {\n    go: {\n")
    expect(text).toContain("        { cycle: '24', eol: '2028-04-30', lts: true },\n")
    expect(text).toContain("        { cycle: '1.26', eol: false },\n")
  })

  it('wrote src/rules/data/eol.ts, which nobody edited by hand since', () => {
    expect(readFileSync(new URL('../../src/rules/data/eol.ts', import.meta.url), 'utf8')).toBe(render(EOL))
  })
})

describe('the end-of-life data', () => {
  it('was read on a date, each product from a source', () => {
    expect(isDate(EOL.read)).toBe(true)
    expect(Object.keys(EOL.products).sort()).toEqual(PRODUCTS.map((p) => p.id).sort())
    for (const { source } of Object.values(EOL.products)) expect(source).toMatch(/^https:\/\//)
  })

  it.each(PRODUCTS.map((p) => [p.id, p] as const))('%s: has releases with unique cycles and readable ends', (id, p) => {
    const { releases } = EOL.products[id]
    expect(releases.length).toBeGreaterThan(0)
    const cycles = releases.map((r) => r.cycle)
    expect(cycles.filter((cycle, i) => cycles.indexOf(cycle) !== i)).toEqual([])
    expect(cycles.filter((cycle) => !/^\d+(\.\d+)*$/.test(cycle))).toEqual([])
    expect(releases.filter((r) => typeof r.eol !== 'boolean' && !isDate(r.eol))).toEqual([])
    const codenames = releases.flatMap((r) => (r.codename ? [r.codename.split(' ')[0].toLowerCase()] : []))
    expect(codenames.length).toBe(p.codenames ? releases.length : 0)
    expect(codenames.filter((name, i) => codenames.indexOf(name) !== i)).toEqual([])
  })

  it('lists each image under one product', () => {
    const images = PRODUCTS.flatMap((p) => p.images)
    expect(images.filter((image, i) => images.indexOf(image) !== i)).toEqual([])
  })
})
