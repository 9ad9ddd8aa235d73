// One ShellCheck process for many scripts, and what happens when ShellCheck is missing or misbehaves:
// one warning saying so, never an exception, never findings made up.
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findOnPath, ShellcheckBatch, type ShellcheckOutcome } from '../../src/shellcheck/check.js'
import { runShellcheck } from '../../src/shellcheck/run.js'
import { fakeProgram, removeFakePrograms, SHELLCHECK } from './helpers.js'

afterAll(removeFakePrograms)

const FILES = { 'a/Dockerfile': 'FROM debian\nRUN echo $a\n', 'b/Dockerfile': 'FROM debian\nRUN echo "$b"\nRUN echo ok\n' }

describe('runShellcheck', () => {
  it('runs one process over all the scripts and hands back each one’s comments', async () => {
    // A ShellCheck that logs its arguments, then runs the real one.
    const log = fakeProgram('shellcheck', `echo "$@" >> "$(dirname "$0")/calls"\nexec ${SHELLCHECK} "$@"`)
    const comments = await runShellcheck(['#!/bin/sh\necho $a\n', '#!/bin/sh\necho ok\n', '#!/bin/bash\ncd /tmp\n'], { binary: log.path })
    expect(comments.map((list) => list.map((c) => c.code))).toEqual([[2154, 2086], [], [2164]])
    expect(readFileSync(join(log.dir, 'calls'), 'utf8')).toBe('--norc --format=json1 --exclude=1090,1091,2187 0.sh 1.sh 2.sh\n')
  })

  it('spreads a large run over a few processes, one per core at most', async () => {
    const log = fakeProgram('shellcheck', `echo x >> "$(dirname "$0")/calls"\nexec ${SHELLCHECK} "$@"`)
    const scripts = Array.from({ length: 450 }, (_, i) => `#!/bin/sh\necho $v${i}\n`)
    const comments = await runShellcheck(scripts, { binary: log.path, processes: 2 })
    expect(comments.every((list, i) => list.some((c) => c.code === 2154 && c.message === `v${i} is referenced but not assigned.`))).toBe(true)
    expect(readFileSync(join(log.dir, 'calls'), 'utf8')).toBe('x\nx\n')
  })

  it('runs a ShellCheck older than --norc without it', async () => {
    const old = fakeProgram('shellcheck', `case "$1" in --norc) echo "unrecognized option \\\`--norc'" >&2; exit 3;; esac\nexec ${SHELLCHECK} "$@"`)
    const [comments] = await runShellcheck(['#!/bin/sh\necho $a\n'], { binary: old.path })
    expect(comments.map((c) => c.code)).toEqual([2154, 2086])
  })
})

describe('a ShellCheck that is missing or misbehaves', () => {
  const outcome = (binary: string | undefined, timeoutMs?: number): Promise<ShellcheckOutcome> => {
    const batch = new ShellcheckBatch({})
    for (const [path, text] of Object.entries(FILES)) batch.lint({ path, text })
    return batch.run(binary, { timeoutMs })
  }

  it('works when it is there', async () => {
    const result = await outcome(SHELLCHECK)
    expect(result.findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(['a/Dockerfile SC2086', 'a/Dockerfile SC2154', 'b/Dockerfile SC2154'])
    expect(result.warning).toBeUndefined()
    expect(result.scripts).toBe(3)
  })

  it('not found: one warning on how to install it', async () => {
    const result = await outcome(undefined)
    expect(result).toEqual({
      findings: [],
      scripts: 0,
      warning: 'ShellCheck checks were skipped: shellcheck was not found on PATH; install it (apt-get install shellcheck, brew install shellcheck) to check the shell code of RUN instructions'
    })
    expect((await outcome('/nonexistent/shellcheck')).warning).toBe('ShellCheck checks were skipped: /nonexistent/shellcheck was not found')
  })

  it('printing garbage: one warning quoting what it said', async () => {
    const garbage = fakeProgram('shellcheck', 'echo "Segmentation fault, or so"\necho "some error" >&2\nexit 1')
    expect(await outcome(garbage.path)).toEqual({ findings: [], scripts: 0, warning: 'ShellCheck checks were skipped: ShellCheck exited with code 1 without json1 output (some error)' })
  })

  it('printing JSON that is not json1', async () => {
    const wrong = fakeProgram('shellcheck', `echo '{"comments": [{"file": "0.sh", "line": "one"}]}'`)
    expect((await outcome(wrong.path)).warning).toBe('ShellCheck checks were skipped: ShellCheck exited with code 0 and its output is not json1')
  })

  it('crashing: one warning naming the signal', async () => {
    const crash = fakeProgram('shellcheck', 'kill -SEGV $$')
    expect((await outcome(crash.path)).warning).toBe('ShellCheck checks were skipped: ShellCheck was killed by SIGSEGV without json1 output')
  })

  it('failing on its options: one warning with its message', async () => {
    const usage = fakeProgram('shellcheck', 'echo "unrecognized option \\`--format=json1\'" >&2\nexit 3')
    expect((await outcome(usage.path)).warning).toBe("ShellCheck checks were skipped: ShellCheck exited with code 3 without json1 output (unrecognized option `--format=json1')")
  })

  it('hanging: killed after the time-out, one warning', async () => {
    const hang = fakeProgram('shellcheck', 'exec sleep 30')
    const started = Date.now()
    expect((await outcome(hang.path, 300)).warning).toBe(`ShellCheck checks were skipped: ${hang.path} did not finish within 0.3 s`)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})

describe('findOnPath', () => {
  it('finds an executable on PATH, skipping what is not one', () => {
    const program = fakeProgram('tool', 'true')
    const plain = fakeProgram('tool', 'true')
    chmodSync(plain.path, 0o644)
    expect(findOnPath('tool', { PATH: [plain.dir, program.dir].join(':') }, 'linux')).toBe(program.path)
    expect(findOnPath('tool', { PATH: plain.dir }, 'linux')).toBeUndefined()
    expect(findOnPath('tool', { PATH: '' }, 'linux')).toBeUndefined()
  })

  it('looks where a POSIX shell would when PATH is not set', () => {
    expect(findOnPath('sh', {}, 'linux')).toMatch(/\/sh$/)
  })
})
