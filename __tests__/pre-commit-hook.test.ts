// The pre-commit hook (.pre-commit-hooks.yaml): a well-formed manifest, a `files`/`exclude` pair that
// selects exactly the names the action and the CLI take for Dockerfiles (DEFAULT_PATTERNS), and the
// command it declares, run the way pre-commit runs it: from the repository root, with the staged
// files it selects as arguments.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'
import { DEFAULT_PATTERNS, dockerfileMatcher } from '../src/files.js'

const REPO = join(import.meta.dirname, '..')
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'))
const hooks: Record<string, unknown>[] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8'))
const hook = hooks.find((h) => h.id === 'dockerfile-guard') as Record<string, unknown>

/**
 * The keys pre-commit reads from a manifest entry (https://pre-commit.com/#new-hooks, MANIFEST_HOOK_DICT
 * in pre-commit's clientlib.py). It ignores any other without a word, so a misspelt key would silently do nothing.
 */
const MANIFEST_KEYS = ['id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'minimum_pre_commit_version', 'require_serial', 'stages', 'verbose']

/** Whether pre-commit hands `path` (repository-relative, '/'-separated) to the hook: Python's re.search on `files`, not on `exclude`. */
function selected(path: string): boolean {
  return new RegExp(hook.files as string).test(path) && !new RegExp((hook.exclude as string | undefined) ?? '^$').test(path)
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares the dockerfile-guard hook with the fields pre-commit requires, and no others', () => {
    expect(hooks).toHaveLength(1)
    expect(hook).toBeDefined()
    for (const key of ['id', 'name', 'entry', 'language']) expect(typeof hook[key]).toBe('string')
    expect(Object.keys(hook).filter((key) => !MANIFEST_KEYS.includes(key))).toEqual([])
    expect(hook).toMatchObject({ language: 'node', types: ['file'], pass_filenames: true })
  })

  it('runs a command the npm package installs (package.json `bin`), which is in the repository', () => {
    const program = (hook.entry as string).split(' ')[0]
    expect(Object.keys(manifest.bin)).toContain(program)
    expect(existsSync(join(REPO, manifest.bin[program]))).toBe(true)
  })

  const dockerfiles = [
    'Dockerfile',
    'app/Dockerfile',
    '.devcontainer/Dockerfile',
    'Dockerfile.dev',
    'docker/Dockerfile.prod.arm64',
    'Dockerfile.',
    'api.Dockerfile',
    'services/api/worker.Dockerfile',
    '.Dockerfile',
    'web.dockerfile',
    'Containerfile',
    'build/Containerfile',
    'Containerfile.fedora'
  ]
  const others = [
    'Dockerfile.dockerignore',
    'app/Dockerfile.dockerignore',
    'Containerfile.dockerignore',
    '.dockerignore',
    'dockerfile',
    'app/containerfile',
    'MyDockerfile',
    'Dockerfile-dev',
    'Dockerfile/README.md',
    'Dockerfile.d/base.conf',
    'api.Dockerfile.md',
    'api.DOCKERFILE',
    'docker-compose.yml',
    'README.md'
  ]

  it.each(dockerfiles)('selects %s, as DEFAULT_PATTERNS do', (path) => {
    expect([selected(path), dockerfileMatcher(DEFAULT_PATTERNS)(path)]).toEqual([true, true])
  })

  it.each(others)('passes over %s, as DEFAULT_PATTERNS do', (path) => {
    expect([selected(path), dockerfileMatcher(DEFAULT_PATTERNS)(path)]).toEqual([false, false])
  })
})

describe('the command the hook declares, on staged files', () => {
  let dir: string
  const staged: Record<string, string> = {
    'Dockerfile': 'FROM alpine:3.20\nUSER root\n',
    'app/Dockerfile.dev': 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n',
    'svc/api.Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n',
    'app/Dockerfile.dev.dockerignore': 'node_modules\n',
    'README.md': '# not a Dockerfile\n'
  }

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dg-pre-commit-'))
    for (const [path, text] of Object.entries(staged)) {
      mkdirSync(join(dir, dirname(path)), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** pre-commit's run: `entry`, then `args`, then the selected files, from the repository root; the entry program resolved as npm links it. */
  function runHook(files: string[]) {
    const [program, ...entryArgs] = (hook.entry as string).split(' ')
    const argv = [join(REPO, manifest.bin[program]), ...entryArgs, ...((hook.args as string[] | undefined) ?? []), ...files.filter(selected)]
    // The date is fixed so that the fixtures' base images do not age into end-of-life findings.
    const env = { ...process.env, NODE_OPTIONS: '', PRE_COMMIT: '1', NO_COLOR: '1', DOCKERFILE_GUARD_TODAY: '2025-12-01' }
    const run = spawnSync(process.execPath, argv, { cwd: dir, env, encoding: 'utf8' })
    return { code: run.status, stdout: run.stdout, stderr: run.stderr }
  }

  it('lints the staged Dockerfiles in one run and fails the commit on an error', () => {
    const { code, stdout, stderr } = runHook(Object.keys(staged))
    expect(stderr).toBe('')
    expect(stdout).toContain('Dockerfile:2:1  error')
    expect(stdout).toContain('[no-root-user]')
    expect(stdout).toContain('1 problem (1 error, 0 warnings, 0 notes) in 3 files')
    expect(code).toBe(1)
  })

  it('lets the commit through when the staged Dockerfiles are clean', () => {
    expect(runHook(['app/Dockerfile.dev', 'svc/api.Dockerfile', 'README.md'])).toEqual({ code: 0, stdout: 'No problems in 2 files.\n', stderr: '' })
  })
})
