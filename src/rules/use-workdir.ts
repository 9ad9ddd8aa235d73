import { hasLaterCommand } from '../shell/helpers.js'
import type { Command, Script } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'use-workdir',
  title: 'Switch directories with `WORKDIR`, not `cd` in a RUN',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: `cd` in a RUN works, and build scripts that compile from source use it all the time, so this is a style preference. Turn it on to keep every directory change in a `WORKDIR`.',
  tags: ['maintainability'],
  precision: 'high',
  // The test file has hadolint's DL3003 spec cases, Trivy's DS013 rego tests and KICS's positive and
  // negative samples.
  equivalents: { hadolint: ['DL3003'], trivy: ['DS013'], kics: ['f4a6bcd3'] },
  differences:
    "Beyond the other tools' cases, `ONBUILD` triggers and RUN heredocs are checked too, and a `cd` after `;` or inside an `if` is found (KICS looks only at a RUN that starts with `cd`, Trivy at the parts between `&&`). A `cd` whose effect is scoped on purpose passes: in a subshell `(cd x && make)`, in `$(cd x && pwd)`, in a nested `sh -c '…'`, or undone by a later `cd -`.",
  rationale:
    "A `cd` lasts until the end of its RUN only: the next instruction starts in the `WORKDIR` again, which surprises whoever reads `RUN cd /app` and expects the next step to run in `/app`. `WORKDIR` sets the directory for every later instruction and for the container, creates it if needed, and shows it where readers look for it.",
  fix: 'Put `WORKDIR /app` before the RUN and drop the `cd`. When only a few commands need another directory, scope the change in a subshell: `(cd src && make)`.',
  examples: {
    bad: 'FROM node:22-bookworm-slim\nCOPY . /app\nRUN cd /app && npm ci --omit=dev\nUSER 10001\nCMD ["node", "/app/server.js"]\n',
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const instruction of dockerfile.instructions) {
      const script = instruction.shell
      if (!script) continue
      const cds = script.commands.filter((c) => c.program === 'cd' && !scoped(c, script))
      for (const [i, cd] of cds.entries()) {
        // `cd build && make && cd -` returns where it started: the change is scoped on purpose.
        if (isReturn(cd) || isReturn(cds[i + 1])) continue
        problems.push({ at: { start: cd.start, end: cd.end }, message: message(cd, script) })
      }
    }
    return problems
  }
} satisfies Rule

function message(cd: Command, script: Script): string {
  const dir = cd.args.find((a) => a.value === '-' || !a.value.startsWith('-'))?.value
  const code = `\`cd${dir === undefined ? '' : ' ' + dir}\``
  const workdir = `\`WORKDIR ${dir ?? '<dir>'}\``
  if (!hasLaterCommand(script, cd)) {
    return `${code} is the last command of this RUN, so it changes nothing: the next instruction starts in the old directory again. Use ${workdir} instead.`
  }
  return `${code} changes directory for the rest of this RUN only: set it with ${workdir} before the RUN, or scope the commands that need it in a subshell: \`(cd ${dir ?? '<dir>'} && …)\`.`
}

/** `cd -` and `cd "$OLDPWD"` go back to the previous directory. */
function isReturn(cd: Command | undefined): boolean {
  const to = cd?.args[0]?.value
  return to === '-' || to === '$OLDPWD' || to === '${OLDPWD}'
}

/**
 * True when the `cd` cannot outlive the commands around it: it runs in a subshell `( … )`, a
 * command substitution, or a nested shell (`sh -c '…'`, `bash <<EOF`), not in the RUN's own shell.
 */
function scoped(command: Command, script: Script): boolean {
  for (let c: Command | undefined = command; c; c = c.parent) {
    if (c.context === 'substitution' || c.context === 'process-substitution' || c.context === 'shell-string') return true
    if (c.context === 'heredoc-script' && c.parent?.name) return true
  }
  return script.pipelines.some((p) => p.commands.some((c) => c.compound && c.name === '(' && c.start < command.start && command.end <= c.end))
}
