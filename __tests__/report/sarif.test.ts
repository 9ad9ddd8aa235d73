import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import type * as sarif from 'sarif'
import { lint, type Finding } from '../../src/lint.js'
import { lineHashes } from '../../src/report/fingerprint.js'
import { artifact, toSarif } from '../../src/report/sarif.js'
import { ruleDocUrl } from '../../src/version.js'
import { sampleRules } from './sample-rules.js'

// The SARIF 2.1.0 schema (rtm.5, the approved standard's), byte for byte as Microsoft's SARIF SDK
// ships it in the npm package @microsoft/jest-sarif@1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json,
// MIT). It is draft-04 JSON Schema; its keywords mean the same in Ajv's draft-07, bar the id names.
// One of its patterns (`language`) has a stray `]` that only non-Unicode regular expressions accept.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
const { $schema: _draft, id, ...body } = schema
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats.default(ajv)
const validate = ajv.compile({ $id: id, ...body })

const expectValid = (log: sarif.Log): void => {
  validate(log)
  expect(validate.errors ?? []).toEqual([])
}

const DOCKERFILE = 'from alpine:3.20\nRUN adduser -D app\nUSER root\nrun id\n'
const lintAll = (path: string, text: string): Finding[] => lint({ path, text }, { rules: sampleRules, allRules: true })
const findings = lintAll('services/api/Dockerfile', DOCKERFILE)
const log = toSarif(findings, sampleRules, {
  version: '1.2.3',
  category: 'dockerfile-guard',
  sources: new Map([['services/api/Dockerfile', DOCKERFILE]])
})
const run = log.runs[0]
const descriptors = run.tool.driver.rules ?? []

describe('toSarif', () => {
  it('is valid SARIF 2.1.0', () => {
    expect(findings.map((f) => f.ruleId)).toEqual(['upper-case-keyword', 'no-root-user', 'upper-case-keyword'])
    expectValid(log)
    expectValid(toSarif([], sampleRules, { version: '1.2.3' }))
    expectValid(toSarif(lintAll('/abs/dir with space/Dockerfile', '\0'), sampleRules, { version: '0.0.1' }))
  })

  it('is checked by a validator that rejects invalid SARIF', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] }
    broken.runs[0].results[0].level = 'critical'
    expect(validate(broken)).toBe(false)
  })

  it('describes the tool and every rule that runs, not retired ones', () => {
    expect(run.tool.driver).toMatchObject({ name: 'dockerfile-guard', version: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) })
    expect(descriptors.map((d) => d.id)).toEqual(['parse-error', 'no-root-user', 'upper-case-keyword'])
  })

  it('gives each rule the help GitHub shows next to an alert', () => {
    const rootUser = descriptors[1]
    expect(rootUser).toMatchObject({
      id: 'no-root-user',
      name: 'NoRootUser',
      shortDescription: { text: 'The image should not run as root' },
      helpUri: ruleDocUrl('no-root-user'),
      defaultConfiguration: { level: 'error' }
    })
    expect(rootUser.fullDescription?.text).toMatch(/^The last `USER`/)
    expect(rootUser.help?.markdown).toContain('## How to fix')
    expect(rootUser.help?.markdown).toContain('```dockerfile\nFROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER root')
    expect(rootUser.help?.markdown).toContain('[DL3002](https://github.com/hadolint/hadolint/wiki/DL3002)')
    expect(rootUser.help?.text).toContain('How to fix: Create an unprivileged user')
  })

  it('marks security rules the way code scanning reads them', () => {
    const [parseError, rootUser, casing] = descriptors
    expect(rootUser.properties).toEqual({ tags: ['security', 'least-privilege', 'CWE-250'], precision: 'very-high', 'security-severity': '8.0' })
    expect(parseError.properties?.['security-severity']).toBeUndefined()
    expect(parseError.properties?.['problem.severity']).toBe('error')
    expect(casing.properties?.['problem.severity']).toBe('recommendation')
  })

  it('says which rules are off by default', () => {
    expect(descriptors[2].defaultConfiguration).toEqual({ level: 'note', enabled: false })
    expect(descriptors[1].defaultConfiguration).toEqual({ level: 'error' })
  })

  it('locates results with relative URIs, 1-based regions and the rule index', () => {
    const result = run.results?.[1]
    expect(result).toMatchObject({
      ruleId: 'no-root-user',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'The final stage runs as `root`: switch to an unprivileged user as the last `USER`.' }
    })
    expect(result?.locations?.[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'services/api/Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 }
    })
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it("fingerprints each result's line as upload-sarif would", () => {
    const hashes = lineHashes(DOCKERFILE)
    expect(run.results?.map((r) => r.partialFingerprints?.primaryLocationLineHash)).toEqual([hashes[0], hashes[2], hashes[3]])
    expect(toSarif(findings, sampleRules, { version: '1' }).runs[0].results?.[0].partialFingerprints).toBeUndefined()
  })

  it('carries mechanical fixes', () => {
    expect(run.results?.[0].fixes?.[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 },
      insertedContent: { text: 'FROM' }
    })
    expect(run.results?.[1].fixes).toBeUndefined()
  })

  it('names the category as upload-sarif does (everything before the last slash)', () => {
    expect(run.automationDetails).toEqual({ id: 'dockerfile-guard/' })
    expect(toSarif([], sampleRules, { version: '1', category: 'docker/api/' }).runs[0].automationDetails).toEqual({ id: 'docker/api/' })
    expect(toSarif([], sampleRules, { version: '1' }).runs[0].automationDetails).toBeUndefined()
  })

  it('stays within the limits GitHub enforces on rules', () => {
    for (const d of descriptors) {
      expect(d.shortDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(d.fullDescription!.text.length).toBeLessThanOrEqual(1024)
      expect(d.properties!.tags!.length).toBeLessThanOrEqual(20)
    }
    const long = { ...sampleRules[1], rationale: 'x'.repeat(2000) }
    expect(toSarif([], [long], { version: '1' }).runs[0].tool.driver.rules?.[0].fullDescription?.text).toHaveLength(1024)
  })
})

describe('artifact', () => {
  it.each([
    ['Dockerfile', { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['./docker/Dockerfile', { uri: 'docker/Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['docker\\web\\Dockerfile', { uri: 'docker/web/Dockerfile', uriBaseId: '%SRCROOT%' }],
    ['my app/Dockerfile#1', { uri: 'my%20app/Dockerfile%231', uriBaseId: '%SRCROOT%' }],
    ['/work/repo/Dockerfile', { uri: 'file:///work/repo/Dockerfile' }],
    ['C:\\repo\\Dockerfile', { uri: 'file:///C:/repo/Dockerfile' }]
  ])('%s', (path, expected) => {
    expect(artifact(path)).toEqual(expected)
  })
})
