// File capabilities granted with `setcap` (`setcap cap_net_raw+ep /usr/bin/ping`): a program that
// carries them gets those root powers whoever runs it.
import { readOptions } from '../../shell/options.js'
import type { Command, Word } from '../../shell/types.js'

export interface CapabilityGrant {
  /** The capability text as written (`cap_net_raw+ep`, `'cap_a,cap_b=eip'`). */
  word: Word
  /** Lower-case names granted; `all` for `=ep`/`all+ep`. */
  capabilities: string[]
  files: string[]
}

/**
 * What a `setcap` command grants; undefined when it grants nothing (`setcap -r`, `setcap -v`, a text that only
 * removes, or one that cannot be read, such as `$CAPS`).
 */
export function capabilityGrant(command: Command): CapabilityGrant | undefined {
  if (command.program !== 'setcap') return undefined
  const read = readOptions(command, { short: 'n' })
  // `-r` removes capabilities, `-v` only verifies them.
  if (read.options.some((o) => o.name === '-r' || o.name === '-v')) return undefined
  const [word, ...files] = read.operands
  if (!word?.literal) return undefined
  const capabilities = new Set<string>()
  // The text is clauses separated by spaces: a comma list of names, then operators with flags.
  for (const clause of word.value.trim().toLowerCase().split(/\s+/)) {
    const match = /^([a-z0-9_,]*)((?:[-+=][eip]*)+)$/.exec(clause)
    if (!match) return undefined
    const grants = [...match[2].matchAll(/([-+=])([eip]*)/g)].some(([, op, flags]) => op !== '-' && flags !== '')
    const names = match[1] === '' ? ['all'] : match[1].split(',').filter(Boolean)
    if (grants) for (const name of names) capabilities.add(name)
  }
  return capabilities.size ? { word, capabilities: [...capabilities], files: files.map((f) => f.value) } : undefined
}
