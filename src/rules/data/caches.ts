// What package managers leave in a RUN's layer, for the cache rules (apt-clean-lists, apk-no-cache,
// yum-clean-all, dnf-clean-all, zypper-clean, pip-no-cache-dir, yarn-cache-clean). A cache that a
// command fills stays in the layer unless a cache or tmpfs mount of the RUN holds it or a later
// command of the same RUN empties it: deleting it in a later RUN saves nothing, the layer keeps it.
import { envValue, reachesImage, wordValue } from '../../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../../dockerfile/model.js'
import { runsAfter } from '../../shell/helpers.js'
import { actionVerb, CACHES, packageCommand, packageCommands, takesIn, type Cache, type PackageCommand } from '../../shell/package-managers.js'
import type { Command, Word } from '../../shell/types.js'
import { removedPaths } from '../../shell/writes.js'

export interface Filler {
  command: Command
  pc: PackageCommand
  run: Instruction
}

/** The package commands `fills` picks, in the RUNs whose layers reach the image (see reachesImage). */
export function* fillers(dockerfile: Dockerfile, fills: (pc: PackageCommand) => boolean): Generator<Filler> {
  for (const { command, instruction: run, pc } of packageCommands(dockerfile)) {
    if (fills(pc) && reachesImage(dockerfile, run)) yield { command, pc, run }
  }
}

/** The last of each RUN's `fillers`: the one a clean has to follow, so a RUN is reported once. */
export function lastFillers(dockerfile: Dockerfile, fills: (pc: PackageCommand) => boolean): Filler[] {
  const last = new Map<Instruction, Filler>()
  for (const filler of fillers(dockerfile, fills)) last.set(filler.run, filler)
  return [...last.values()]
}

/** True when the command downloads packages: an install or an upgrade (`dnf group install` too). */
export function downloads(pc: PackageCommand): boolean {
  const verb = actionVerb(pc)
  return verb !== undefined && (pc.manager.install.includes(verb.value) || pc.manager.upgrade.includes(verb.value))
}

/**
 * True when the cache `name` (a key of CACHES) that `command` fills stays in the layer of `run`: no
 * cache or tmpfs mount of the RUN holds it, and no later command of the RUN empties it (the manager's
 * clean, or an `rm` of the directory). False when a variable hides where it is.
 */
export function leftInLayer(dockerfile: Dockerfile, run: Instruction, command: Command, name: string): boolean {
  const cache = CACHES[name]
  const dirs = cacheDirs(dockerfile, run, command, cache)
  if (!dirs || mounted(run, dirs)) return false
  return !run.shell!.commands.some((later) => runsAfter(later, command) && empties(later, run, cache, dirs))
}

/** Where the command's cache is: where the manager's option or variable moves it, else its usual place; undefined when unknown. */
function cacheDirs(dockerfile: Dockerfile, run: Instruction, command: Command, cache: Cache): readonly string[] | undefined {
  const option = cache.option ? packageCommand(command)?.options.findLast((o) => o.name === cache.option)?.value : undefined
  const moved = option ? pathOf(option, run) : cache.env ? variable(dockerfile, run, command, cache.env) : 'unset'
  if (moved === 'unset') return cache.dirs
  return moved && !/[$`]/.test(moved) ? [moved] : undefined
}

/** True when a cache or tmpfs mount of the RUN holds one of `dirs`, or may (its target is a variable not known here). */
function mounted(run: Instruction, dirs: readonly string[]): boolean {
  return run.flags.some((f) => {
    const target = f.options.target ?? f.options.dst ?? f.options.destination
    if (f.name !== 'mount' || (f.options.type !== 'cache' && f.options.type !== 'tmpfs') || target === undefined) return false
    return takesIn(run.resolve(target) ?? target, dirs) !== false
  })
}

/** True when the command empties the cache, or may: `rm -rf "$dir"` with a value not known here. */
function empties(command: Command, run: Instruction, cache: Cache, dirs: readonly string[]): boolean {
  if (command.program === 'rm') return removedPaths(command).some((w) => takesIn(pathOf(w, run), dirs) !== false)
  const pc = packageCommand(command)
  return pc !== undefined && cache.cleans(pc)
}

/** A word with the ARG and ENV values it uses filled in where they are known. */
function pathOf(word: Word, run: Instruction): string {
  return wordValue(run, word) ?? word.value
}

/**
 * The value of the environment variable `name` for `command`: set on the command (`NAME=v cmd`, `env
 * NAME=v cmd`), exported earlier in its RUN, or by ENV or ARG (see envValue). Undefined when unknown,
 * 'unset' when nothing in the Dockerfile sets it.
 */
export function variable(dockerfile: Dockerfile, run: Instruction, command: Command, name: string): string | undefined | 'unset' {
  const prefix = `${name}=`
  const assignment = (words: Word[]) => words.findLast((w) => w.value.startsWith(prefix))
  let found: Word | undefined
  for (let c: Command | undefined = command; c && !found; c = c.context === 'wrapped' ? c.parent : undefined) {
    found = assignment(c.program === 'env' ? [...c.assignments, ...c.args] : c.assignments)
  }
  found ??= assignment(run.shell!.commands.filter((c) => c.program === 'export' && c.start < command.start).flatMap((c) => c.args))
  if (!found) return envValue(dockerfile, run, name)
  const value = found.value.slice(prefix.length)
  return found.literal ? value : run.resolve(value)
}
