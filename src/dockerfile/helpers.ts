// Walks over the model that more than one rule needs. If two rules need the same walk, it belongs here.
import type { Command, Word } from '../shell/types.js'
import type { Dockerfile, Instruction, Stage } from './model.js'

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

/** Every shell command of every RUN (ONBUILD triggers included), with the RUN it is in. */
export function* commands(dockerfile: Dockerfile): Generator<CommandAt> {
  for (const instruction of dockerfile.instructions) {
    if (instruction.shell) for (const command of instruction.shell.commands) yield { command, instruction }
  }
}

/** Commands whose program is one of `programs`, with the RUN they are in. */
export function commandsNamed(dockerfile: Dockerfile, ...programs: string[]): CommandAt[] {
  const found: CommandAt[] = []
  for (const at of commands(dockerfile)) if (programs.includes(at.command.program)) found.push(at)
  return found
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

/** A span covering a word (for a Problem's `at`). */
export function spanOf(node: { start: number; end: number }): { start: number; end: number } {
  return { start: node.start, end: node.end }
}

export type { Word }
