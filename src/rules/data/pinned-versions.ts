// The installs that name a package without a version, for the pin-*-versions rules: one finding per
// command, naming each unpinned package. How each manager writes a version is in
// shell/package-managers.ts (`pins`); this walk only adds what the Dockerfile knows about variables.
import type { Dockerfile, Instruction } from '../../dockerfile/model.js'
import { assignedNames } from '../../shell/helpers.js'
import { packageCommands, pins } from '../../shell/package-managers.js'
import type { Word } from '../../shell/types.js'
import type { Problem } from '../types.js'

interface Unpinned {
  word: Word
  spec: string
}

/** A finding for each install by one of `programs` (as `packageCommand` names them) that leaves a package unpinned. */
export function* unpinnedInstalls(dockerfile: Dockerfile, programs: readonly string[]): Generator<Problem> {
  for (const { instruction, pc } of packageCommands(dockerfile)) {
    const install = programs.includes(pc.program) ? pins(pc) : undefined
    if (!install) continue
    const unpinned: Unpinned[] = []
    for (const word of install.specs) {
      if (word.literal) {
        if (word.value && !install.pinned(word.value)) unpinned.push({ word, spec: word.value })
      } else {
        for (const spec of variableSpecs(word, instruction)) if (!install.pinned(spec)) unpinned.push({ word, spec })
      }
    }
    if (unpinned.length === 0) continue
    const one = unpinned.length === 1
    yield {
      at: { start: unpinned[0].word.start, end: unpinned[unpinned.length - 1].word.end },
      message: `\`${pc.program} ${install.verb}\` names ${list(unpinned)} without a fixed version, so each build may install ${one ? 'a different one' : 'different ones'}: pin ${one ? 'it' : 'each'}, e.g. \`${install.example(unpinned[0].spec)}\`.`
    }
  }
}

/**
 * The package specs a word that is not literal stands for (a literal one stands for itself): the
 * words of a variable's known value (`$PKGS` with `ARG PKGS="curl git"`); none when its value is
 * unknown (`$PKGS` with no default, `curl=$VERSION`, `$(cat packages.txt)`): those are not guessed at.
 */
function variableSpecs(word: Word, instruction: Instruction): string[] {
  const variable = /^\$(?:(\w+)|\{(\w+)\})$/.exec(word.value)
  const name = variable?.[1] ?? variable?.[2]
  if (!name || assignedNames(instruction.shell!).has(name)) return []
  return instruction.resolve(word.value)?.split(/\s+/).filter(Boolean) ?? []
}

/** `a`, `b` and `c`, with the variable a package comes from at its first one: `gcc` (from `$DEPS`), `make`. */
function list(unpinned: Unpinned[]): string {
  const named = new Set<Word>()
  const names = unpinned.map(({ word, spec }) => {
    if (word.literal || named.has(word)) return `\`${spec}\``
    named.add(word)
    return `\`${spec}\` (from \`${word.value}\`)`
  })
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
