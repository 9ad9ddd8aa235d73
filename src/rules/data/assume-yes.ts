// The rules that want a package manager told to answer its own confirmation prompt (`apt-get -y`,
// `dnf -y`, `zypper --non-interactive`) share this walk: they differ only in the programs they look
// at, the flag they suggest and the other ways the answer can be given.
import { insertFlag } from '../../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../../dockerfile/model.js'
import { actionVerb, hasOption, packageCommands, type PackageCommand } from '../../shell/package-managers.js'
import type { Command, Redirect, Word } from '../../shell/types.js'
import type { Problem } from '../types.js'
import { writtenTexts } from './written-text.js'

export interface AssumeYes {
  /** The programs the rule looks at (`apt-get`, `apt`). */
  programs: readonly string[]
  /** The flag the fix adds: after the verb (`install -y`), or before it when `global` (`--non-interactive install`). */
  flag: string
  global?: boolean
  /** Another way the command answers yes: itself (apt-get's `-qq`), or the image its RUN runs in (EL8's microdnf). */
  answered?(pc: PackageCommand, run: Instruction): boolean
  /** A configuration setting that answers yes (`APT::Get::Assume-Yes "true";`), in an option value or written to a file earlier. */
  configured?: RegExp
}

/** A problem for each command of `spec.programs` whose verb asks for confirmation that nothing gives. */
export function* missingYes(dockerfile: Dockerfile, spec: AssumeYes): Generator<Problem> {
  for (const { command, instruction, pc } of packageCommands(dockerfile)) {
    if (!spec.programs.includes(command.program)) continue
    const verb = confirmedVerb(pc)
    if (!verb || hasOption(pc, ...pc.manager.yes) || spec.answered?.(pc, instruction) || readsAnswers(command)) continue
    if (hidesOptions(pc, instruction) || configured(dockerfile, command, pc, spec.configured)) continue
    const action = pc.verb === verb ? verb.value : `${pc.verb!.value} ${verb.value}`
    const example = spec.global ? `${pc.program} ${spec.flag} ${action}` : `${pc.program} ${action} ${spec.flag}`
    yield {
      at: { start: command.start, end: command.end },
      message: `\`${pc.program} ${action}\` without \`${spec.flag}\` asks for confirmation, which no one can give during a build: it aborts and the build fails. Write \`${example} …\`.`,
      fix: insertFlag(dockerfile, instruction, verb, spec.flag, spec.global)
    }
  }
}

/** The verb that asks for confirmation (`install` of `dnf install`, and of `dnf group install`), if the command has one. */
function confirmedVerb(pc: PackageCommand): Word | undefined {
  const { manager } = pc
  if (!manager.yes.length || !pc.verb) return undefined
  const verb = actionVerb(pc)
  const asks = verb && [manager.install, manager.upgrade, manager.remove, manager.confirms ?? []].some((verbs) => verbs.includes(verb.value))
  return asks ? verb : undefined
}

/**
 * True when the prompt may be answered on standard input: the command (or the `sudo`/`env` that runs it)
 * reads a pipe (`yes | apt-get install …`) or a redirect (`< answers.txt`, `<<< y`).
 */
function readsAnswers(command: Command): boolean {
  let c = command
  while (!c.redirects.some(readsStdin)) {
    // A wrapped command shares its wrapper's pipeline: only the outermost one's place in it counts.
    if (c.context !== 'wrapped' || !c.parent) return c.pipeline.commands[0] !== c
    // xargs runs the command with /dev/null as its input, not the pipe xargs reads.
    if (c.parent.program === 'xargs') return false
    c = c.parent
  }
  return true
}

function readsStdin(redirect: Redirect): boolean {
  return redirect.op.startsWith('<') && (redirect.fd ?? '0') === '0'
}

/** True when an argument is a variable that may hold options (`apt-get install $APT_OPTS curl`): unknown, so not guessed at. */
function hidesOptions(pc: PackageCommand, instruction: Instruction): boolean {
  return pc.command.args.some((word) => {
    if (word.literal || !/^[$`]/.test(word.value)) return false
    const value = instruction.resolve(word.value)
    return value === undefined || /(^|\s)-/.test(value)
  })
}

/** True when an option of the command, or a configuration file written before it, sets `pattern`. */
function configured(dockerfile: Dockerfile, command: Command, pc: PackageCommand, pattern: RegExp | undefined): boolean {
  if (!pattern) return false
  return pc.options.some((o) => o.value && pattern.test(o.value.value)) || writtenTexts(dockerfile).some((t) => t.at.start < command.start && pattern.test(t.text))
}
