// The npm package as users get it: `npm pack` of the repository (the committed dist/, built by CI
// before the tests; this test builds nothing), installed offline into an empty project, run with
// `npx dockerfile-guard`. Installing offline with an empty cache proves the package needs nothing
// from the registry: the CLI bundle carries its dependencies.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPOSITORY_URL } from '../src/version.js'

const REPO = join(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))

/** The environment without what `npm test` and jest add (npm_config_*, npm_package_*, npm_lifecycle_*, NODE_OPTIONS), as in a user's shell. */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_OPTIONS'))

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

interface Packed {
  filename: string
  files: { path: string }[]
}

let dir: string
let packed: Packed
let project: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-package-'))
  // --ignore-scripts: the tarball is the committed files as they are, whatever a future prepack might do.
  packed = (JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], REPO)) as Packed[])[0]
  project = join(dir, 'project')
  mkdirSync(project)
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
  npm(['install', '--offline', '--no-audit', '--no-fund', '--cache', join(dir, 'empty-cache'), join(dir, packed.filename)], project)
  writeFileSync(join(project, 'Dockerfile'), 'FROM alpine:3.20\nUSER root\n')
  mkdirSync(join(project, 'clean'))
  writeFileSync(join(project, 'clean', 'Containerfile'), 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n')
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** `npx dockerfile-guard …` in the consumer project, never reaching for the registry. */
function npx(args: string[]) {
  const run = spawnSync('npx', ['--offline', 'dockerfile-guard', ...args], { cwd: project, env: { ...env, NO_COLOR: '1', DOCKERFILE_GUARD_TODAY: '2025-12-01' }, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('the published package', () => {
  it('ships the CLI bundle, README, LICENSE and third-party licences, and nothing else', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['LICENSE', 'README.md', 'dist/cli/index.js', 'dist/cli/package.json', 'dist/licenses.txt', 'package.json'])
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} dockerfile-guard contributors\n/)
  })

  it('makes users install nothing: no dependencies, and it is publishable', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/dockerfile-guard/package.json'), 'utf8'))
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'private']) expect(installed[field]).toBeUndefined()
    // What npm installed: the package alone.
    expect(Object.keys(JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')).packages)).toEqual(['', 'node_modules/dockerfile-guard'])
  })

  it('points npm users to the repository the reports link to', () => {
    expect(manifest.repository.url).toBe(`git+${REPOSITORY_URL}.git`)
    expect(manifest.homepage).toBe(`${REPOSITORY_URL}#readme`)
    expect(manifest.bugs.url).toBe(`${REPOSITORY_URL}/issues`)
    expect(manifest.license).toBe('MIT')
    expect(manifest.engines.node).toBe('>=20')
  })

  it('npx dockerfile-guard reports the findings and fails on an error (exit 1)', () => {
    const { code, stdout, stderr } = npx(['Dockerfile', 'clean/Containerfile'])
    expect(stderr).toBe('')
    expect(stdout).toContain('Dockerfile:2:1  error')
    expect(stdout).toContain('[no-root-user]')
    expect(stdout).toContain('1 problem (1 error, 0 warnings, 0 notes) in 2 files')
    expect(code).toBe(1)
  }, 20_000)

  it('npx dockerfile-guard searches a directory and passes a clean one (exit 0)', () => {
    expect(npx(['clean'])).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' })
  }, 20_000)

  it('--version prints the version in package.json', () => {
    expect(npx(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' })
  }, 20_000)
})
