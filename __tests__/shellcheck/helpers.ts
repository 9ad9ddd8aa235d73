// Runs the real ShellCheck (the CI installs it with apt) on Dockerfiles, the way the CLI and the action do.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding, LintOptions } from '../../src/lint.js'
import { findOnPath, ShellcheckBatch, type ShellcheckOutcome } from '../../src/shellcheck/check.js'

export const SHELLCHECK = findOnPath('shellcheck', process.env) ?? ''
if (!SHELLCHECK) throw new Error('These tests run the real ShellCheck: install it (apt-get install shellcheck, brew install shellcheck).')

/** ShellCheck's findings (only: the rules' are left out) on each file, from one run over all of them. */
export async function shellcheckAll(files: Readonly<Record<string, string>>, options: LintOptions = {}, binary = SHELLCHECK): Promise<ShellcheckOutcome> {
  const batch = new ShellcheckBatch(options)
  for (const [path, text] of Object.entries(files)) batch.lint({ path, text })
  return batch.run(binary)
}

/** ShellCheck's findings on one Dockerfile. */
export async function shellcheck(text: string, options: LintOptions = {}): Promise<Finding[]> {
  const outcome = await shellcheckAll({ Dockerfile: text }, options)
  if (outcome.warning) throw new Error(outcome.warning)
  return outcome.findings
}

/** `SC2086 4:13-4:18`: a finding's rule and exact place. */
export const where = (f: Finding): string => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`

/** The Dockerfile's text a finding covers. */
export function covered(text: string, f: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = text.split('\n')
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1
  return text.slice(offset(f.line, f.column), offset(f.endLine, f.endColumn))
}

const made: string[] = []

/** An executable shell script in a directory of its own, e.g. a `shellcheck` that misbehaves; `removeFakePrograms` deletes them. */
export function fakeProgram(name: string, script: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dg-fake-shellcheck-'))
  made.push(dir)
  const path = join(dir, name)
  writeFileSync(path, `#!/bin/sh\n${script}\n`)
  chmodSync(path, 0o755)
  return { dir, path }
}

export function removeFakePrograms(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
