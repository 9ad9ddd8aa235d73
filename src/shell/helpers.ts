// The small vocabulary rules use to ask about commands. Flags are given as written on the command
// line: '-y', '--yes'. A one-letter flag also matches inside a cluster (`-y` in `-qqy`).
import { SHELLS } from './parse.js'
import type { Command, Script, Word } from './types.js'

export { SHELLS }

function endOfOptions(command: Command): number {
  const i = command.args.findIndex((a) => a.value === '--')
  return i < 0 ? command.args.length : i
}

/** The first flag of `names` the command carries, as written (`-k` also finds `-sSLk`); undefined if none. */
export function findFlag(command: Command, ...names: string[]): Word | undefined {
  const end = endOfOptions(command)
  for (let i = 0; i < end; i++) {
    const arg = command.args[i]
    const value = arg.value
    if (!value.startsWith('-') || value === '-') continue
    for (const name of names) {
      if (name.startsWith('--')) {
        if (value === name || value.startsWith(name + '=')) return arg
      } else if (value === name || (value[1] !== '-' && name.length === 2 && value.slice(1).includes(name[1]))) {
        return arg
      }
    }
  }
  return undefined
}

export function hasFlag(command: Command, ...names: string[]): boolean {
  return findFlag(command, ...names) !== undefined
}

/**
 * The value given to an option: `--name=value`, `--name value`, `-n value`, `-nvalue`.
 * Returns every value when the option is repeated.
 */
export function flagValues(command: Command, ...names: string[]): Word[] {
  const values: Word[] = []
  const end = endOfOptions(command)
  for (let i = 0; i < end; i++) {
    const arg = command.args[i]
    for (const name of names) {
      if (arg.value === name && command.args[i + 1]) {
        values.push(command.args[++i])
      } else if (name.startsWith('--') && arg.value.startsWith(name + '=')) {
        values.push(suffix(arg, name.length + 1))
      } else if (!name.startsWith('--') && arg.value.startsWith(name) && arg.value.length > name.length && !arg.value.startsWith('--')) {
        values.push(suffix(arg, name.length))
      } else {
        continue
      }
      break
    }
  }
  return values
}

export function flagValue(command: Command, ...names: string[]): Word | undefined {
  return flagValues(command, ...names)[0]
}

function suffix(word: Word, skip: number): Word {
  return { ...word, value: word.value.slice(skip), raw: word.raw.slice(skip), start: word.start + skip }
}

/** The arguments that are not options, skipping the values of the options in `valued`. */
export function positionals(command: Command, valued: readonly string[] = []): Word[] {
  const result: Word[] = []
  let options = true
  for (let i = 0; i < command.args.length; i++) {
    const arg = command.args[i]
    const value = arg.value
    if (options && value === '--') options = false
    else if (options && value.startsWith('-') && value !== '-') {
      if (valued.includes(value)) i++
    } else result.push(arg)
  }
  return result
}

/** The first positional argument: `install` in `apt-get -y install curl`. */
export function subcommand(command: Command, valued: readonly string[] = []): string | undefined {
  return positionals(command, valued)[0]?.value
}

/** Commands whose program is one of `programs`, at any depth. */
export function commandsNamed(script: Script, ...programs: string[]): Command[] {
  return script.commands.filter((c) => programs.includes(c.program))
}

/** The innermost command a wrapper chain runs: `sh` for `sudo -E sh`. */
export function effective(command: Command): Command {
  let c = command
  while (c.inner) c = c.inner
  return c
}

/** True when `later` runs after `earlier` in the same RUN, in source order. */
export function runsAfter(later: Command, earlier: Command): boolean {
  return later.start > earlier.start
}

/** True when the script runs a command after `command` ends (not the wrapper or shell that runs it, which ends with it). */
export function hasLaterCommand(script: Script, command: Command): boolean {
  return script.commands.some((c) => c.name !== '' && c.start >= command.end)
}

/** Every word of a command: its name, arguments and redirect targets. */
export function words(command: Command): Word[] {
  const all = command.nameWord ? [command.nameWord, ...command.args] : [...command.args]
  for (const r of command.redirects) if (r.target) all.push(r.target)
  return all
}

/** True for shells and other interpreters that run a script from stdin or an argument. */
export const INTERPRETERS = new Set([...SHELLS, 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell'])

export function isInterpreter(program: string): boolean {
  return INTERPRETERS.has(program) || /^python3(\.\d+)?$/.test(program)
}

/** Shells that accept `-o pipefail` (busybox `ash` too); `/bin/sh` may be dash, which did not. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh'])

/** True when the shell, by name or path (`/bin/bash`), accepts `-o pipefail`. */
export function acceptsPipefail(shell: string): boolean {
  return PIPEFAIL_SHELLS.has(shell.slice(shell.lastIndexOf('/') + 1))
}

/**
 * The tool a command runs, as rules name it: `python3 -m pip install x` and `pip3.12 install x` are
 * both `pip install x` (a command with program `pip` and the arguments after the module name).
 */
export function asTool(command: Command): Command {
  if (!command.program.startsWith('p')) return command // neither python nor pip: most commands
  if (/^python[0-9.]*$/.test(command.program) && command.args[0]?.value === '-m' && command.args[1]) {
    const module = command.args[1].value
    return { ...command, program: module.replace(/^pip[0-9.]+$/, 'pip'), args: command.args.slice(2) }
  }
  return /^pip[0-9.]+$/.test(command.program) ? { ...command, program: 'pip' } : command
}

/**
 * Variables the script sets itself (`X=…`, `export X=…`, `local X=…`): a `$X` in it is not (only)
 * the ARG or ENV of that name, so its value cannot be taken from the Dockerfile.
 */
export function assignedNames(script: Script): Set<string> {
  const names = new Set<string>()
  const declare = ['export', 'declare', 'local', 'readonly', 'typeset']
  for (const command of script.commands) {
    const words = declare.includes(command.program) ? [...command.assignments, ...command.args] : command.assignments
    for (const word of words) {
      const name = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(word.value)?.[1]
      if (name) names.add(name)
    }
  }
  return names
}

// Downloads (`curl`, `wget`, `fetch`): what they fetch and where they write it; see ./downloads.ts.
export { downloadUrls, downloadedFiles, downloadsToStdout, isDownload } from './downloads.js'
