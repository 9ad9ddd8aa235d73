// `dockerfile-guard --resolve-digests`, in-process, against a local registry: the digests in the
// findings and in the files `--fix` writes, one lookup per distinct image however many files use it,
// one warning per image that has none, and no network at all without the flag.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli.js'
import type { JsonReport } from '../../src/report/json.js'
import { TEST_REGISTRY_VARIABLE } from '../../src/registry/digests.js'
import { digestOf, multiPlatform, startRegistry, type FakeRegistry } from './fake-registry.js'

const NODE = multiPlatform('node:22')
const PYTHON = multiPlatform('python:3.13-slim')
const BASE = { manifest: JSON.stringify({ schemaVersion: 2, config: { name: 'acme-base' } }) }

let registry: FakeRegistry
let dir: string
beforeAll(async () => {
  registry = await startRegistry({
    'library/node': { tags: { '22': NODE } },
    'library/python': { tags: { '3.13-slim': PYTHON } },
    'acme/base': { tags: { '1': BASE } }
  })
})
afterAll(() => registry.close())
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A directory with these files; the registry's request log starts empty. */
function workspace(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'dg-digests-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  registry.requests.length = 0
  return dir
}

async function run(argv: string[], options: { stdin?: string; registry?: boolean } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin)
    })(),
    cwd: dir,
    env: options.registry === false ? {} : { [TEST_REGISTRY_VARIABLE]: registry.url }
  })
  return { code, stdout, stderr }
}

const USER = 'USER 10001\nCMD ["sh"]\n'

/** A pull request's worth of Dockerfiles: 20 files, 4 distinct images (one the registry lacks), spelled several ways. */
function twentyDockerfiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < 8; i++) files[`services/node-${i}/Dockerfile`] = `FROM ${i % 2 ? 'docker.io/library/node:22' : 'node:22'}\n${USER}`
  for (let i = 0; i < 5; i++) files[`services/py-${i}/Dockerfile`] = `FROM python:3.13-slim AS build\nFROM build\n${USER}`
  for (let i = 0; i < 4; i++) files[`services/base-${i}/Dockerfile`] = `FROM ghcr.io/acme/base:1\n${USER}`
  for (let i = 0; i < 2; i++) files[`services/gone-${i}/Dockerfile`] = `FROM acme/gone:1\n${USER}`
  files['services/root/Dockerfile'] = 'ARG BASE\nFROM ${BASE}\nFROM scratch\nFROM node:22\nUSER root\n'
  return files
}

describe('--resolve-digests', () => {
  it('a pull request of 20 Dockerfiles adds at most one request chain per distinct image', async () => {
    workspace(twentyDockerfiles())
    const { code, stdout, stderr } = await run(['--resolve-digests', '--format', 'json'])
    const manifests = registry.requests.filter((r) => r.url.includes('/manifests/')).map((r) => r.url)
    const tokens = registry.requests.filter((r) => r.url.startsWith('/token'))
    // Each image: the challenge, its token, the answer.
    expect(manifests.sort()).toEqual([
      ...Array(2).fill('/v2/acme/base/manifests/1'),
      ...Array(2).fill('/v2/acme/gone/manifests/1'),
      ...Array(2).fill('/v2/library/node/manifests/22'),
      ...Array(2).fill('/v2/library/python/manifests/3.13-slim')
    ])
    expect(tokens).toHaveLength(4)

    // One warning for the image the registry lacks, however many files use it; the run goes on.
    expect(stderr).toBe('dockerfile-guard: could not resolve the digest of acme/gone:1: registry answered 404\n')
    const report = JSON.parse(stdout) as JsonReport
    expect(report.files).toBe(20)
    const pins = report.findings.filter((f) => f.ruleId === 'pin-image-digest')
    expect(pins).toHaveLength(20)
    expect(pins.filter((f) => f.message.includes(`@${digestOf(NODE.index!)}`))).toHaveLength(9)
    expect(pins.filter((f) => f.message.includes(`\`python:3.13-slim@${digestOf(PYTHON.index!)}\``))).toHaveLength(5)
    expect(pins.filter((f) => f.message.includes(`\`ghcr.io/acme/base:1@${digestOf(BASE.manifest)}\``))).toHaveLength(4)
    expect(pins.filter((f) => f.message.includes('append `@sha256:…` of the image you tested'))).toHaveLength(2)
    // The other rules' findings still come, and decide the exit code.
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'services/root/Dockerfile', ruleId: 'no-root-user', severity: 'error' }))
    expect(code).toBe(1)
  })

  it('turns pin-image-digest on, as a note, and --fix writes the digests into the files', async () => {
    workspace({ Dockerfile: `FROM --platform=$BUILDPLATFORM node:22 AS build\nFROM ghcr.io/acme/base:1\nCOPY --from=build /app /app\n${USER}` })
    const { code, stdout, stderr } = await run(['--resolve-digests', '--fix', 'Dockerfile'])
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(
      `FROM --platform=$BUILDPLATFORM node:22@${digestOf(NODE.index!)} AS build\nFROM ghcr.io/acme/base:1@${digestOf(BASE.manifest)}\nCOPY --from=build /app /app\n${USER}`
    )
    expect(stderr).toBe('dockerfile-guard: fixed 2 problems\n')
    expect(stdout).toBe('No problems in 1 file.\n')
    expect(code).toBe(0)
  })

  it('reads standard input once, for the lookup and the lint', async () => {
    workspace({})
    const { stdout } = await run(['--resolve-digests', '-'], { stdin: `FROM node:22\n${USER}` })
    expect(stdout).toMatch(/^<stdin>:1:6 +note +The base image/m)
    expect(stdout).toContain(`The base image \`node:22\` is not pinned by digest: pin the digest its tag has now, \`node:22@${digestOf(NODE.index!)}\``)
  })

  it('looks nothing up where the configuration turns the rule off, and says so', async () => {
    workspace({ Dockerfile: `FROM node:22\n${USER}`, '.dockerfile-guard.yml': 'rules:\n  pin-image-digest: off\n' })
    const { code, stdout, stderr } = await run(['--resolve-digests'])
    expect(stderr).toBe('dockerfile-guard: no digest was looked up: the configuration turns pin-image-digest off\n')
    expect(registry.requests).toEqual([])
    expect(stdout).toBe('No problems in 1 file.\n')
    expect(code).toBe(0)
  })

  it('is listed in --help', async () => {
    workspace({})
    expect((await run(['--help'])).stdout).toMatch(/^ {6}--resolve-digests {2}look up at its registry the digest each image tag has now/m)
  })
})

describe('without --resolve-digests', () => {
  const realFetch = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = realFetch
  })

  it('makes no request at all, and the rule gives its general advice', async () => {
    workspace(twentyDockerfiles())
    globalThis.fetch = () => {
      throw new Error('no network without --resolve-digests')
    }
    const { code, stdout, stderr } = await run(['--all-rules', '--format', 'json', '--fix'])
    expect(stderr).not.toContain('digest')
    expect(registry.requests).toEqual([])
    const pins = (JSON.parse(stdout) as JsonReport).findings.filter((f) => f.ruleId === 'pin-image-digest')
    expect(pins).toHaveLength(20)
    expect(pins.every((f) => f.message.endsWith('append `@sha256:…` of the image you tested.'))).toBe(true)
    expect(readFileSync(join(dir, 'services/node-0/Dockerfile'), 'utf8')).toBe(`FROM node:22\n${USER}`)
    expect(code).toBe(1)
  })
})
