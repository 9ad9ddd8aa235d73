// Where an interpreter takes the code it runs from: `sh` reads stdin, `sh x.sh` a file, `sh -c '…'`
// a string. Rules about running downloaded code ask this; they must not mistake data for code
// (`curl … | python3 -c 'import json, sys; …'` reads JSON from stdin, it does not run it).
import { SHELLS } from './parse.js'
import { has, readOptions, valuesOf, type OptionSpec } from './options.js'
import type { Command, Word } from './types.js'
import { table } from '../lookup.js'

export type ScriptSource =
  | { from: 'stdin' }
  | { from: 'file'; word: Word }
  | { from: 'code'; words: Word[] }
  /** The interpreter runs neither (`python3 -m venv /venv`, `node --version`). */
  | { from: 'none' }

interface Interpreter extends OptionSpec {
  /** Options whose value is the code to run (`-e` of perl); for shells the string is the first operand after `-c`. */
  code: readonly string[]
  /** Options after which the interpreter runs something else (`-m` of python). */
  other?: readonly string[]
}

const SHELL: Interpreter = { short: 'oO', long: ['--rcfile', '--init-file'], plus: true, code: [] }
const PYTHON: Interpreter = { short: 'cmWX', code: ['-c'], other: ['-m', '--version', '-V', '--help', '-h'] }
const INTERPRETERS = table<Interpreter>({
  perl: { short: 'eE', code: ['-e', '-E'], other: ['-v', '--version', '-c'] },
  ruby: { short: 'eIrCE', code: ['-e'], other: ['-v', '--version', '-c'] },
  node: { short: 'eprC', long: ['--eval', '--print', '--require', '--import', '--input-type'], code: ['-e', '-p', '--eval', '--print'], other: ['-v', '--version', '-c', '--check'] },
  php: { short: 'rfdcz', code: ['-r'], other: ['-v', '--version', '-m', '-i', '-l'] }
})

function interpreter(program: string): Interpreter | undefined {
  if (SHELLS.has(program)) return SHELL
  if (/^python[0-9.]*$/.test(program)) return PYTHON
  return Object.hasOwn(INTERPRETERS, program) ? INTERPRETERS[program] : undefined
}

/** What an interpreter command runs; undefined when the command is not an interpreter. */
export function scriptSource(command: Command): ScriptSource | undefined {
  if (command.program === 'eval') return { from: 'code', words: command.args }
  // PowerShell's `iex` runs its argument, or what is piped into it (`iwr https://… | iex`).
  if (command.program === 'invoke-expression') return command.args.length ? { from: 'code', words: command.args } : { from: 'stdin' }
  if (command.program === 'source' || command.program === '.') {
    return command.args[0] ? file(command.args[0]) : { from: 'none' }
  }
  const spec = interpreter(command.program)
  if (!spec) return undefined
  const read = readOptions(command, spec)
  const operand = read.operands[0]
  if (spec === SHELL) {
    if (has(read, '-c')) return operand ? { from: 'code', words: [operand] } : { from: 'none' }
    if (has(read, '-s')) return { from: 'stdin' }
  } else {
    const code = valuesOf(read, ...spec.code)
    if (code.length) return { from: 'code', words: code }
    if (spec.other && has(read, ...spec.other)) return { from: 'none' }
    if (command.program === 'php' && valuesOf(read, '-f').length) return file(valuesOf(read, '-f')[0])
  }
  return operand ? file(operand) : { from: 'stdin' }
}

function file(word: Word): ScriptSource {
  return word.value === '-' || word.value === '/dev/stdin' ? { from: 'stdin' } : { from: 'file', word }
}
