// The adapters that find the `.dockerignore` of a Dockerfile (the engine reads no file): the CLI and
// the action's readers, on real files, and the look-up they share.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { headReader, readDockerfiles, workspaceReader } from '../src/action/dockerfiles.js'
import { main } from '../src/cli.js'
import { directoryLister, dockerignoreFinder } from '../src/files.js'
import type { GitHub } from '../src/github/client.js'

const COPY_DIST = 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY dist ./dist\nUSER 10001\nCMD ["node", "dist/server.js"]\n'

let dir: string
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), text)
}
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dg-context-'))
  write('web/Dockerfile', COPY_DIST)
  write('web/.dockerignore', 'node_modules\ndist\n')
  // BuildKit reads `<name>.dockerignore` before `.dockerignore`.
  write('web/api.Dockerfile', COPY_DIST)
  write('web/api.Dockerfile.dockerignore', 'node_modules\n')
  write('plain/Dockerfile', COPY_DIST)
  write('odd/Dockerfile', COPY_DIST)
  mkdirSync(join(dir, 'odd/.dockerignore'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(argv: string[], stdin?: string): Promise<{ code: number; findings: { file: string; ruleId: string; message: string }[]; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(['--format', 'json', ...argv], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      if (stdin !== undefined) yield Buffer.from(stdin)
    })(),
    cwd: dir,
    env: {}
  })
  const findings = (JSON.parse(stdout) as { findings: { file: string; ruleId: string; message: string }[] }).findings
  return { code, findings: findings.filter((f) => f.ruleId === 'copy-ignored-file'), stderr }
}

describe('the CLI', () => {
  it("reads each Dockerfile's .dockerignore from its directory, `<name>.dockerignore` first", async () => {
    const { findings, stderr } = await cli(['.'])
    expect(stderr).toBe('')
    expect(findings.map((f) => f.file)).toEqual(['web/Dockerfile'])
    expect(findings[0].message).toContain('`dist` is left out of the build context by `.dockerignore` (line 2: `dist`)')
  })

  it('passes quietly over a .dockerignore it cannot read, and reads none for standard input', async () => {
    expect(await cli(['odd/Dockerfile'])).toMatchObject({ findings: [], stderr: '' })
    const piped = await cli(['-'], COPY_DIST)
    expect(piped.findings).toEqual([])
  })

  it('lints the file as fixed with the same .dockerignore (--fix)', async () => {
    write('fix/Dockerfile', 'FROM node:22-bookworm-slim\nWORKDIR /app\nADD dist.json ./\nUSER 10001\nCMD ["node", "server.js"]\n')
    write('fix/.dockerignore', 'dist.json\n')
    const { findings } = await cli(['--fix', 'fix'])
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('this `COPY` fails with "not found"')])
  })
})

describe("the action's readers", () => {
  it('attach the .dockerignore read from the workspace', async () => {
    const { files, problems } = await readDockerfiles(['web/Dockerfile', 'web/api.Dockerfile', 'plain/Dockerfile', 'odd/Dockerfile'], workspaceReader(dir))
    expect(problems).toEqual([])
    expect(files.map((f) => [f.path, f.dockerignore])).toEqual([
      ['web/Dockerfile', { path: 'web/.dockerignore', text: 'node_modules\ndist\n' }],
      ['web/api.Dockerfile', { path: 'web/api.Dockerfile.dockerignore', text: 'node_modules\n' }],
      ['plain/Dockerfile', undefined],
      ['odd/Dockerfile', undefined]
    ])
  })

  it('read ignore files at the head of a pull_request_target run, also one the pull request adds or deletes', async () => {
    // At the head: plain/ gains a .dockerignore, web/ loses its own; the workspace holds the base.
    const head: Record<string, string> = { 'plain/Dockerfile': COPY_DIST, 'plain/.dockerignore': 'dist\n' }
    const requested: string[] = []
    const octokit = {
      rest: {
        repos: {
          getContent: async ({ path }: { path: string }) => {
            requested.push(path)
            if (path in head) return { data: head[path] }
            throw Object.assign(new Error('Not Found'), { status: 404 })
          }
        }
      }
    } as unknown as GitHub
    const changed = new Set(['plain/Dockerfile', 'plain/.dockerignore'])
    const reader = headReader(octokit, { owner: 'acme', repo: 'shop' }, 'abc1234', changed, dir)
    const { files } = await readDockerfiles(['plain/Dockerfile', 'web/Dockerfile'], reader)
    expect(files.map((f) => [f.path, f.dockerignore?.text])).toEqual([
      ['plain/Dockerfile', 'dist\n'],
      ['web/Dockerfile', undefined]
    ])
    expect(requested.sort()).toEqual(['plain/.dockerignore', 'plain/Dockerfile', 'web/.dockerignore'])
  })
})

describe('the look-up', () => {
  it('lists a directory once and reads its .dockerignore once, however many Dockerfiles it holds', async () => {
    const lister = directoryLister(dir)
    expect(lister('web')).toBe(lister('web'))
    expect(lister('missing').size).toBe(0)
    const listed: string[] = []
    const read: string[] = []
    const find = dockerignoreFinder(
      (d) => {
        listed.push(d)
        return lister(d)
      },
      (path) => {
        read.push(path)
        return 'dist\n'
      }
    )
    await find('web/Dockerfile')
    await find('web/worker.Dockerfile')
    await find('web/api.Dockerfile')
    expect(read).toEqual(['web/.dockerignore', 'web/api.Dockerfile.dockerignore'])
    expect(await find('plain/Dockerfile')).toBeUndefined()
  })
})
