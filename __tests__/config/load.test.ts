import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { rules } from '../../src/rules/index.js'

let dir: string
const repo = (name: string, files: Record<string, string>) => {
  const root = join(dir, name)
  mkdirSync(root, { recursive: true })
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
  return root
}
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-config-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loadConfig', () => {
  it('is the defaults when the repository has no configuration file', async () => {
    const config = await loadConfig(repo('none', { Dockerfile: 'FROM alpine\n' }), rules)
    expect(config).toMatchObject({ preset: 'recommended', levels: {}, ignorePaths: [], settings: {} })
    expect(config.path).toBeUndefined()
  })

  it('prefers our own file to hadolint’s', async () => {
    const root = repo('both', { '.hadolint.yaml': 'ignored: [DL3004]\n', '.dockerfile-guard.yaml': 'rules:\n  no-sudo: note\n' })
    expect(await loadConfig(root, rules)).toMatchObject({ path: '.dockerfile-guard.yaml', levels: { 'no-sudo': 'note' } })
  })

  it('falls back to .hadolint.yml', async () => {
    expect(await loadConfig(repo('hadolint', { '.hadolint.yml': 'ignored: [DL3004]\n' }), rules)).toMatchObject({ path: '.hadolint.yml', format: 'hadolint', levels: { 'no-sudo': 'off' } })
  })

  it('reads the file it is given, relative to the root, and names it when it is missing', async () => {
    const root = repo('explicit', { 'lint.yml': 'extends: security\n' })
    expect(await loadConfig(root, rules, { explicit: 'lint.yml' })).toMatchObject({ path: 'lint.yml', preset: 'security' })
    await expect(loadConfig(root, rules, { explicit: 'nope.yml' })).rejects.toThrow('nope.yml: no such file')
  })

  it('does not follow a symlink out of the repository, unless the CLI was given the path', async () => {
    const outside = repo('outside', { 'policy.yml': 'extends: strict\n' })
    const root = repo('linked', {})
    symlinkSync(join(outside, 'policy.yml'), join(root, '.dockerfile-guard.yml'))
    await expect(loadConfig(root, rules)).rejects.toThrow('.dockerfile-guard.yml: leads outside the workspace (symlink), not read')
    expect(await loadConfig(root, rules, { explicit: join(outside, 'policy.yml'), confined: false })).toMatchObject({ preset: 'strict' })
  })
})
