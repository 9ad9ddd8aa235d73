import { finalUser, isRootUser, commandsOf } from '../dockerfile/helpers.js'
import type { Instruction } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-sudo',
  title: 'Do not use sudo in RUN',
  severity: 'warning',
  defaults:
    "On, as a warning: a RUN already runs as root unless a `USER` says otherwise, so sudo is not needed in a build, and installed in the image it lets the image's user become root.",
  tags: ['security', 'least-privilege', 'CWE-250'],
  securitySeverity: 5.0,
  precision: 'very-high',
  // The test file has hadolint's DL3004 spec cases (each also as an ONBUILD trigger), Trivy's DS010
  // rego tests, Checkov's CKV2_DOCKER_1 resources and KICS's positive and negative samples.
  equivalents: { hadolint: ['DL3004'], trivy: ['DS010'], checkov: ['CKV2_DOCKER_1'], kics: ['8ada6e80'] },
  differences:
    "Beyond the other tools' cases, `sudo` is also found after `;` or `||`, in the script of `sh -c '…'`, in RUN heredocs and in exec-form RUNs, while the word `sudo` as an argument (`echo sudo`, `apt-get install sudo`) passes: Checkov flags ` sudo ` anywhere in the RUN's text, and Trivy and KICS any `&&`-separated part that starts with `sudo`, `sudoedit` included. The fix, which drops `sudo`, is offered only where a `USER root` is known to be in effect.",
  rationale:
    '`RUN` already runs as root unless a `USER` says otherwise, so `sudo` either does nothing or means the image lets its non-root user become root through sudo, which undoes the point of running as non-root. sudo also needs a TTY for some settings and changes the environment and signal handling in ways that make builds behave unpredictably.',
  fix: 'Remove `sudo`. Put the steps that need root before the final `USER` (or wrap them in `USER root` … `USER 10001`). To drop from root to another user when the container starts, use `gosu`, `su-exec` or `setpriv`, not sudo.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nUSER root\nRUN sudo apt-get update\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, instruction } of commandsOf(dockerfile, 'sudo')) {
      if (!command.nameWord) continue
      const message = '`sudo` in `RUN`: build steps already run as root unless a `USER` says otherwise, and sudo in the image lets its user become root.'
      // Dropping `sudo` changes nothing only when nothing is passed to it and root is known to be in effect.
      const inner = command.inner
      const plain = inner && command.args[0] === inner.nameWord
      const fix = plain && runsAsRoot(instruction) ? { at: { start: command.nameWord.start, end: inner.start }, text: '' } : undefined
      problems.push({ at: command.nameWord, message, fix })
    }
    return problems
  }
} satisfies Rule

/** True when a `USER root`/`USER 0` is known to be in effect where the RUN runs. */
function runsAsRoot(instruction: Instruction): boolean {
  const stage = instruction.stage
  if (!stage || instruction.onbuild) return false
  const before = stage.instructions.slice(0, stage.instructions.indexOf(instruction))
  const user = before.reverse().find((i) => i.keyword === 'USER' && !i.onbuild) ?? (stage.image.stage && finalUser(stage.image.stage))
  const name = user?.args[0] && user.resolve(user.args[0].value)
  return name !== undefined && isRootUser(name)
}
