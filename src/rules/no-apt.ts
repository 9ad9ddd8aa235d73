import { commandsOf } from '../dockerfile/helpers.js'
import { packageCommand } from '../shell/package-managers.js'
import type { Problem, Rule } from './types.js'

/** Verbs `apt` shares with a script-stable tool that does the same: the fix renames the command. */
const SAME_AS: Readonly<Record<string, 'apt-get' | 'apt-cache'>> = {
  install: 'apt-get', remove: 'apt-get', purge: 'apt-get', autoremove: 'apt-get', update: 'apt-get', 'dist-upgrade': 'apt-get',
  clean: 'apt-get', autoclean: 'apt-get', source: 'apt-get', 'build-dep': 'apt-get', download: 'apt-get',
  show: 'apt-cache', search: 'apt-cache', policy: 'apt-cache', depends: 'apt-cache', rdepends: 'apt-cache', showsrc: 'apt-cache'
}

export default {
  id: 'no-apt',
  title: 'Use `apt-get` or `apt-cache` in scripts, not `apt`',
  severity: 'note',
  defaults:
    'A note, on by default: `apt` works today, but its command line may change under a Dockerfile, and the fix is a rename.',
  tags: ['maintainability'],
  precision: 'very-high',
  // The cases of hadolint's DL3027 spec, Checkov's CKV_DOCKER_9 tests and KICS's b84a0b47 samples are in
  // the test file. Checkov reports the first RUN of a file that runs `apt`, this rule each `apt` command.
  equivalents: { hadolint: ['DL3027'], checkov: ['CKV_DOCKER_9'], kics: ['b84a0b47'] },
  differences:
    "Beyond hadolint's cases, `apt` is found wherever a RUN runs it: behind `sudo`, in `sh -c '…'`, in RUN heredocs and in exec form. Where `apt-get` or `apt-cache` does the same, the fix renames the command.",
  rationale:
    '`apt` is made for people at a terminal: its output, defaults and options may change from one release to the next, and it warns "apt does not have a stable CLI interface. Use with caution in scripts." A Dockerfile is a script: `apt-get` and `apt-cache` keep their behaviour stable for it.',
  fix: 'Use `apt-get` to install, upgrade and remove packages (`apt-get install -y curl`), and `apt-cache` to query them (`apt-cache policy curl`). `apt upgrade` also installs new dependencies: its `apt-get` equivalent is `apt-get upgrade --with-new-pkgs`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command } of commandsOf(dockerfile, 'apt')) {
      const name = command.nameWord
      if (!name) continue
      const verb = packageCommand(command)?.verb?.value
      const tool = verb !== undefined && Object.hasOwn(SAME_AS, verb) ? SAME_AS[verb] : undefined
      // The name as written ends with `apt` (`apt`, `/usr/bin/apt`, `"apt"` in exec form): rename that part.
      const at = name.raw.lastIndexOf('apt')
      const exact = dockerfile.text.slice(name.start, name.end) === name.raw && at >= 0
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${verb ? `apt ${verb}` : 'apt'}\`: \`apt\` is made for people at a terminal and its command line may change between releases. Use ${tool ? `\`${tool} ${verb}\`` : '`apt-get` (or `apt-cache` to query packages)'} in a Dockerfile.`,
        fix: tool && exact ? { at: { start: name.start, end: name.end }, text: name.raw.slice(0, at) + tool + name.raw.slice(at + 3) } : undefined
      })
    }
    return problems
  }
} satisfies Rule
