import { commandsOf } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import { hasFlag, hasLaterCommand } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

const PROGRAMS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim']
/** `service <name> <verb>` verbs that leave a process running. */
const STARTS = new Set(['start', 'restart', 'reload', 'force-reload', 'try-restart'])

export default {
  id: 'no-pointless-commands',
  title: 'Do not run commands that make no sense in an image build (`top`, `vim`, `service … start`)',
  severity: 'note',
  defaults:
    'A note, on by default: such a command is a misunderstanding of how images are built (a RUN is not a login session on a server), but it rarely breaks the image. It fires only where the command cannot do anything useful.',
  tags: ['correctness'],
  precision: 'high',
  // hadolint's DL3001 spec cases and KICS's positive and negative samples are all in the test file.
  equivalents: { hadolint: ['DL3001'], kics: ['9b6b0f38'] },
  differences:
    "KICS also lists `ifconfig` and `nano`, which this rule leaves alone. Beyond the other tools' cases, the uses of these commands that do make sense in a build pass: `service x start` followed by commands that use the service; `kill`, `ps` or `service x stop` after something was started in the same RUN; `vim` driven by a script (`vim +PlugInstall +qall`, `vim -es`); `ssh` in a RUN with an SSH or secret mount (`RUN --mount=type=ssh`); and `mount` in a `--security=insecure` step.",
  rationale:
    'Each RUN runs in a fresh, short-lived container with no terminal: no process survives from one step to the next, nobody can type into an editor, and nothing of the build machine is the machine the image will run on. So `service nginx start` starts a server that is gone before the next instruction, `vim` waits for keys that never come, and `top` or `free` describe the builder, not your deployment.',
  fix: 'Remove the command. Start services when the container starts (`CMD` or `ENTRYPOINT`), edit files with `sed` or COPY them in, and reach private git servers through `RUN --mount=type=ssh`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends redis-server \\\n && rm -rf /var/lib/apt/lists/*\nRUN service redis-server start\nUSER 10001\nCMD ["redis-server"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends redis-server \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["redis-server"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, instruction } of commandsOf(dockerfile, ...PROGRAMS)) {
      if (command.powershell || command.cmd) continue
      const problem = pointless(command, instruction)
      if (problem) problems.push({ at: { start: command.start, end: command.end }, message: `${quote(command)} ${problem}.` })
    }
    return problems
  }
} satisfies Rule

/** Why the command is pointless where it runs, and what to do; undefined when it makes sense there. */
function pointless(command: Command, instruction: Instruction): string | undefined {
  switch (command.program) {
    case 'free':
      return 'shows the memory of the build machine, not of where the image will run: remove it'
    case 'top':
      return 'is an interactive process viewer, and a build has no terminal to show it on: remove it'
    case 'shutdown':
      return 'cannot shut anything down from a build step: remove it'
    case 'vim':
      return scripted(command) ? undefined : 'is an interactive editor, and nobody can type into it during a build: edit files with `sed`, or COPY them in'
    case 'mount':
      if (instruction.flags.some((f) => f.name === 'security' && f.value === 'insecure')) return undefined
      return 'needs privileges a build step does not have, and its mount would end with the step: mount a cache, secret or other image with `RUN --mount=…` instead'
    case 'ssh':
      if (instruction.flags.some((f) => f.name === 'mount' && (f.options.type === 'ssh' || f.options.type === 'secret'))) return undefined
      return 'has no key to log in with during a build (and a key copied into the image leaks with it): forward your SSH agent with `RUN --mount=type=ssh`'
    case 'service':
      if (!STARTS.has(command.args[1]?.value ?? '')) return nothingToSee(command, instruction)
      return hasLaterCommand(instruction.shell!, command) ? undefined : 'starts a process that is stopped when this RUN ends: start the service from `CMD` or `ENTRYPOINT` instead'
    case 'kill':
    case 'ps':
      return nothingToSee(command, instruction)
  }
  return undefined
}

/** `vim +PlugInstall +qall`, `vim -es -c '…'`, `vim --version`: run by a script, not a person. */
function scripted(command: Command): boolean {
  return command.args.some((a) => a.value.startsWith('+')) || hasFlag(command, '-c', '--cmd', '-e', '-E', '-s', '-S', '--version', '--help', '-h')
}

/** `kill`, `ps`, `service x stop`: pointless unless something was started earlier in the same RUN. */
function nothingToSee(command: Command, instruction: Instruction): string | undefined {
  if (runsBefore(command, instruction)) return undefined
  return 'can only see processes started earlier in this same RUN (none survive from earlier steps), and none was: remove it'
}

/** True when another command of the RUN runs before `command` (not the wrapper or shell that runs it). */
function runsBefore(command: Command, instruction: Instruction): boolean {
  return instruction.shell!.commands.some((c) => c.name !== '' && c.end <= command.start)
}

/** `service nginx start` (what it does depends on its operands), `kill`. */
function quote(command: Command): string {
  return command.program === 'service' ? `\`${['service', ...command.args.slice(0, 2).map((a) => a.value)].join(' ')}\`` : `\`${command.program}\``
}
