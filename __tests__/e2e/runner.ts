// Runs the committed bundle the way the Actions runner does: `node24 dist/index.js` in a clean
// environment with the inputs as INPUT_* variables (action.yml defaults included, hyphens kept),
// the GITHUB_* variables and files, and a local HTTP server standing in for the GitHub API.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BUNDLE = join(ROOT, 'dist/index.js')
/** Installed by the devDependency `node` (24.x), which ships a real Node binary. */
export const NODE24 = join(ROOT, 'node_modules/node/bin/node')
/** What `${{ github.token }}` evaluates to in these runs. */
export const TOKEN = 'ghs_e2eFakeToken0123456789'

/** Fails with what to do when the runtime the action declares (`runs.using: node24`) is missing. */
export function assertNode24(): void {
  const version = existsSync(NODE24) ? spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim() : ''
  if (!version.startsWith('v24.')) {
    throw new Error(`The end-to-end tests run dist/index.js on Node 24 like the runner, but ${NODE24} is ${version ? `Node ${version}` : 'missing'}: run \`npm ci\` (package.json has the devDependency "node": "24.x").`)
  }
}

/** action.yml's input defaults, as the runner passes them. A reader for this file's layout only, not general YAML. */
export function actionDefaults(): Record<string, string> {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const inputs = yml.slice(yml.indexOf('\ninputs:\n'), yml.indexOf('\noutputs:\n')).split('\n')
  const defaults: Record<string, string> = {}
  let name = ''
  for (let i = 0; i < inputs.length; i++) {
    const line = inputs[i]
    const input = /^ {2}([a-z-]+):$/.exec(line)
    if (input) name = input[1]
    const value = /^ {4}default: ?(.*)$/.exec(line)?.[1]
    if (value === undefined) continue
    if (value === '|') {
      const block: string[] = []
      while (inputs[i + 1]?.startsWith('      ')) block.push(inputs[++i].slice(6))
      defaults[name] = block.join('\n') + '\n'
    } else {
      defaults[name] = value.replace(/^'(.*)'$/, '$1').replace('${{ github.token }}', TOKEN)
    }
  }
  return defaults
}

export type Reply = { status?: number; body: unknown; headers?: Record<string, string> }
export type Api = (request: IncomingMessage, url: URL) => Reply

export interface Run {
  /** Files of the workspace by relative path; a value `{ symlink }` makes a symbolic link. */
  files: Record<string, string | { symlink: string }>
  event: string
  payload?: object
  inputs?: Record<string, string>
  api?: Api
  /** An API already running (the GitHub-like server of ./server): used instead of `api`. */
  apiUrl?: string
  /** More environment variables, e.g. GITHUB_REF or GITHUB_SHA for the event. */
  env?: Record<string, string>
}

export interface Result {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  /** Requests the action made to the API, as `METHOD /path?query`, with their authorization header (not with `apiUrl`). */
  requests: { call: string; authorization?: string }[]
  /** The action's own wall time: from starting Node to its exit. */
  milliseconds: number
}

const homes: string[] = []

/** Removes the directories of every run so far. */
export function removeRuns(): void {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true })
}

export async function runAction(run: Run): Promise<Result> {
  const home = mkdtempSync(join(tmpdir(), 'dockerfile-guard-e2e-'))
  homes.push(home)
  const workspace = join(home, 'workspace')
  for (const [path, content] of Object.entries(run.files)) {
    const target = join(workspace, path)
    mkdirSync(dirname(target), { recursive: true })
    if (typeof content === 'string') writeFileSync(target, content)
    else symlinkSync(content.symlink, target)
  }
  mkdirSync(workspace, { recursive: true })
  const file = (name: string, content = ''): string => {
    writeFileSync(join(home, name), content)
    return join(home, name)
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_EVENT_PATH: file('event.json', JSON.stringify(run.payload ?? {})),
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary.md'),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: home,
    // The date the end-of-life rules judge by (src/clock.ts), fixed so that results do not change with the calendar.
    DOCKERFILE_GUARD_TODAY: '2025-12-01'
  }
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...run.inputs })) env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(env, run.env)

  const requests: Result['requests'] = []
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    requests.push({ call: `${request.method} ${url.pathname}${url.search}`, authorization: request.headers.authorization })
    const reply = run.api?.(request, url) ?? { status: 404, body: { message: 'Not Found' } }
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
    response.end(JSON.stringify(reply.body))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  env.GITHUB_API_URL = run.apiUrl ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    const started = performance.now()
    const { code, stdout, stderr } = await exec(NODE24, [BUNDLE], { cwd: workspace, env })
    const milliseconds = Math.round(performance.now() - started)
    return { code, stdout, stderr, outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8')), summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), workspace, requests, milliseconds }
  } finally {
    server.close()
  }
}

function exec(command: string, args: string[], options: { cwd: string; env: Record<string, string> }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

/** The `name<<delimiter … delimiter` records @actions/core appends to $GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]] = match[3]
  return outputs
}
