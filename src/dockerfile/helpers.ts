// Walks over the model that more than one rule needs. If two rules need the same walk, it belongs here.
import type { Command, Word } from '../shell/types.js'
import type { Arg, Dockerfile, Instruction, Stage } from './model.js'

export function instructionsOf(dockerfile: Dockerfile, ...keywords: string[]): Instruction[] {
  return dockerfile.instructions.filter((i) => keywords.includes(i.keyword))
}

/** The last instruction of `keyword` in the stage, ONBUILD triggers not counted. */
export function lastOf(stage: Stage, keyword: string): Instruction | undefined {
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const instruction = stage.instructions[i]
    if (instruction.keyword === keyword && !instruction.onbuild) return instruction
  }
  return undefined
}

export interface CommandAt {
  command: Command
  instruction: Instruction
}

/**
 * The user the stage's processes run as after its last USER, following `FROM <earlier stage>`;
 * undefined when no USER is set anywhere (the base image decides).
 */
export function finalUser(stage: Stage): Instruction | undefined {
  for (let s: Stage | undefined = stage; s; s = s.image.stage) {
    const user = lastOf(s, 'USER')
    if (user) return user
  }
  return undefined
}

/** True for `root`, `0`, `root:…`, `0:…` (after resolving ARGs where known). */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0].trim()
  return name === 'root' || name === '0'
}

/** The stages whose files end up in the image: the final stage and the stages it is built FROM. */
export function finalStages(dockerfile: Dockerfile): Stage[] {
  const chain: Stage[] = []
  for (let s = dockerfile.finalStage; s; s = s.image.stage) chain.push(s)
  return chain
}

/**
 * True when the image `chain` (from finalStages) builds holds files only: it starts `FROM scratch` and
 * no stage sets CMD or ENTRYPOINT, so it never runs a process. Such an image is an export stage
 * (`docker build --output`) or data for other builds to `COPY --from`.
 */
export function isFilesOnly(chain: readonly Stage[]): boolean {
  const base = chain[chain.length - 1]
  return base !== undefined && base.image.scratch && !chain.some((s) => lastOf(s, 'CMD') || lastOf(s, 'ENTRYPOINT'))
}

/** A span covering a word (for a Problem's `at`). */
export function spanOf(node: { start: number; end: number }): { start: number; end: number } {
  return { start: node.start, end: node.end }
}

export type { Word }

/**
 * What `compute` gives for this file, computed on the first call only: the walks several rules need
 * are done once per file. The result lives on the model and goes with it (a WeakMap keyed by the model
 * did the same, but V8 kept its entries through young-generation collections, so every file's results
 * were promoted to the old generation).
 */
export function perFile<T>(dockerfile: Dockerfile, compute: (dockerfile: Dockerfile) => T): T {
  let value = dockerfile.memo.get(compute) as T | undefined
  if (value === undefined) dockerfile.memo.set(compute, (value = compute(dockerfile)))
  return value
}

/** Every command of every RUN, shell form and exec form (ONBUILD triggers included), with the RUN it is in. */
export function runCommands(dockerfile: Dockerfile): readonly CommandAt[] {
  return perFile(dockerfile, findRunCommands)
}

function findRunCommands(dockerfile: Dockerfile): CommandAt[] {
  const found: CommandAt[] = []
  for (const instruction of dockerfile.instructions) {
    if (instruction.shell) for (const command of instruction.shell.commands) found.push({ command, instruction })
  }
  return found
}

/**
 * The sources of a COPY or ADD as Docker reads them: the JSON form's strings, or the words before the
 * destination with their quotes removed. A heredoc source is its `<<EOF` word (its body is not a source).
 */
export function copySources(instruction: Instruction): Arg[] {
  if (instruction.json) return (instruction.jsonArgs ?? []).slice(0, -1)
  const bodies = instruction.heredocs[0]?.bodyStart ?? instruction.end
  const words = instruction.args.filter((a) => a.start < bodies)
  return words.slice(0, -1).map((a) => ({ ...a, value: a.value.replace(/^(["'])(.*)\1$/s, '$2') }))
}

/**
 * The destination of a COPY or ADD as Docker reads it: the JSON form's last string, or the last word
 * before any heredoc body, quotes removed. Undefined when the instruction names no destination.
 */
export function copyDestination(instruction: Instruction): Arg | undefined {
  if (instruction.json) {
    const strings = (instruction.jsonArgs ?? [])
    return strings.length >= 2 ? strings[strings.length - 1] : undefined
  }
  const bodies = instruction.heredocs[0]?.bodyStart ?? instruction.end
  const words = instruction.args.filter((a) => a.start < bodies)
  if (words.length < 2) return undefined
  const last = words[words.length - 1]
  return { ...last, value: last.value.replace(/^(["'])(.*)\1$/s, '$2') }
}

export interface ExposedPort {
  /** The EXPOSE argument the port range comes from. */
  arg: Arg
  from: number
  to: number
  /** Lower-case; `tcp` when none is written. */
  protocol: string
}

/**
 * The port ranges an EXPOSE lists (`80`, `8000-8010/udp`, `$PORT` when its ARG or ENV is known).
 * Values that are unknown or not a port are left out: other rules report malformed ones.
 */
export function exposedPorts(instruction: Instruction): ExposedPort[] {
  const ports: ExposedPort[] = []
  for (const arg of instruction.args) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(\w+))?$/.exec(instruction.resolve(arg.value) ?? '')
    if (match) ports.push({ arg, from: Number(match[1]), to: Number(match[2] ?? match[1]), protocol: (match[3] ?? 'tcp').toLowerCase() })
  }
  return ports
}
