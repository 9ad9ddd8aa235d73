import { instructionsOf, runCommands } from '../dockerfile/helpers.js'
import type { Dockerfile, Span, Stage } from '../dockerfile/model.js'
import { positionals } from '../shell/helpers.js'
import { modeSettings } from './data/file-modes.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-setuid',
  title: 'Do not add setuid or setgid bits',
  severity: 'error',
  defaults:
    'On, as an error: a setuid or setgid program hands root (or its group) back to any process in the container. The setgid bit on a directory the Dockerfile creates, a harmless idiom, is not reported.',
  tags: ['security', 'least-privilege', 'CWE-250'],
  securitySeverity: 7.0,
  precision: 'high',
  cis: ['4.8'],
  rationale:
    'A setuid program runs as its owner (usually root) whoever starts it, and a setgid one with its group. Running the container as a non-root user only helps if nothing in the image hands root back: one bug in a setuid binary, or a setuid shell or interpreter, lets any process in the container become root again.',
  fix: 'Drop the `s` bit (`chmod 0755` instead of `4755`, no `u+s`/`g+s`) and give the program what it needs another way: run it as the right user, or grant one capability at run time (`docker run --cap-add`). To strip the bits the base image ships, end the final stage with `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (check nothing you rely on breaks).',
  examples: {
    bad: 'FROM alpine:3.22\nCOPY --chmod=0755 app /usr/local/bin/app\nRUN chmod u+s /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM alpine:3.22\nCOPY --chmod=0755 app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
  },
  check: (dockerfile) => {
    let directories: Map<string, { stage?: Stage; at: Span }[]> | undefined
    const problems: Problem[] = []
    // Every stage counts: a build stage has no use for a setuid bit except to COPY the file out with it.
    for (const setting of modeSettings(dockerfile)) {
      const { bits, how, paths } = setting
      if (!bits.setuid && !bits.setgid) continue
      // On a directory no program runs: setgid only makes new files inherit its group (a common,
      // harmless idiom) and Linux ignores setuid. `-R` reaches the files inside, so it still counts.
      const stage = setting.instruction.stage
      const known = (directories ??= knownDirectories(dockerfile)) // only for files that set one of the bits
      const madeEarlier = (p: string) => (known.get(p.replace(/(.)\/+$/, '$1')) ?? []).some((d) => d.stage === stage && d.at.start < setting.at.start)
      const onDirectories = !setting.recursive && paths.length > 0 && paths.every(madeEarlier)
      if (onDirectories) continue
      const bit = bits.setuid && bits.setgid ? 'setuid and setgid bits' : bits.setuid ? 'setuid bit' : 'setgid bit'
      const on = paths.length ? ` on \`${paths.join(' ')}\`` : ''
      problems.push({ at: setting.at, message: `\`${how}\` sets the ${bit}${on}: the program runs with its owner's privileges whoever starts it.` })
    }
    return problems
  }
} satisfies Rule

/** Paths the Dockerfile creates as directories (`mkdir`, `WORKDIR`, `install -d`): where, in which stage. */
function knownDirectories(dockerfile: Dockerfile): Map<string, { stage?: Stage; at: Span }[]> {
  const directories = new Map<string, { stage?: Stage; at: Span }[]>()
  const add = (path: string, stage: Stage | undefined, at: Span) => {
    const key = path.replace(/(.)\/+$/, '$1')
    directories.set(key, [...(directories.get(key) ?? []), { stage, at }])
  }
  for (const { command, instruction } of runCommands(dockerfile)) {
    const isDirectory = command.program === 'mkdir' || (command.program === 'install' && command.args.some((a) => /^(-[a-zA-Z]*d[a-zA-Z]*|--directory)$/.test(a.value)))
    if (isDirectory) for (const path of positionals(command, ['-m', '--mode', '-o', '-g'])) add(path.value, instruction.stage, command)
  }
  for (const workdir of instructionsOf(dockerfile, 'WORKDIR')) if (workdir.args[0]) add(workdir.args[0].value, workdir.stage, workdir)
  return directories
}
