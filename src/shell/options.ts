// Reads a command line the way getopt does, given which options take a value. Needed where a flag's
// value matters and short flags are clustered: `curl -fsSLo /tmp/x`, `wget -qO- URL`, `tar -xzf F`.
import type { Command, Word } from './types.js'

export interface OptionSpec {
  /** Short option letters that take a value (`o` for `-o FILE`, `-oFILE`, `-sSLo FILE`). */
  short: string
  /** Long options that take a value as the next word when not written `--name=value`. */
  long?: readonly string[]
  /** Options may also start with `+` (`set +o`, `bash +O`). */
  plus?: boolean
}

export interface Option {
  /** `-o`, `--output`, `+o` */
  name: string
  value?: Word
}

export interface Options {
  options: Option[]
  /** The non-option arguments, in order (options may come after them, as GNU tools allow). */
  operands: Word[]
}

export function readOptions(command: Command, spec: OptionSpec): Options {
  const options: Option[] = []
  const operands: Word[] = []
  const args = command.args
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const v = arg.value
    if (v === '--') {
      operands.push(...args.slice(i + 1))
      break
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=')
      const name = eq < 0 ? v : v.slice(0, eq)
      const value = eq >= 0 ? suffix(arg, eq + 1) : spec.long?.includes(name) ? args[++i] : undefined
      options.push({ name, value })
    } else if (v.length > 1 && (v[0] === '-' || (v[0] === '+' && spec.plus))) {
      for (let j = 1; j < v.length; j++) {
        const name = v[0] + v[j]
        if (!spec.short.includes(v[j])) {
          options.push({ name })
          continue
        }
        options.push({ name, value: j + 1 < v.length ? suffix(arg, j + 1) : args[++i] })
        break
      }
    } else {
      operands.push(arg)
    }
  }
  return { options, operands }
}

/** The values of the options named (`-o`, `--output`), in order; a bare flag gives no value. */
export function valuesOf(read: Options, ...names: string[]): Word[] {
  return read.options.filter((o) => names.includes(o.name) && o.value).map((o) => o.value!)
}

export function has(read: Options, ...names: string[]): boolean {
  return read.options.some((o) => names.includes(o.name))
}

/** The part of a word after its first `skip` characters (`/tmp/x` of `-o/tmp/x`). */
function suffix(word: Word, skip: number): Word {
  const exact = word.raw.length === word.value.length
  return { ...word, value: word.value.slice(skip), raw: exact ? word.raw.slice(skip) : word.raw, start: exact ? word.start + skip : word.start }
}
