import { commandsOf } from '../dockerfile/helpers.js'
import { packageCommand } from '../shell/package-managers.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-zypper-dist-upgrade',
  title: 'Do not run `zypper dist-upgrade` in a Dockerfile',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    'Off by default: on openSUSE Tumbleweed `zypper dup` is the documented way to update, and on Leap a newer base image is the better fix anyway. Turn it on to keep distribution upgrades out of builds.',
  tags: ['reliability'],
  precision: 'high',
  // hadolint's DL3035 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3035'] },
  differences:
    "Beyond hadolint's cases, the command is found wherever a RUN runs it (behind `sudo`, in `sh -c '…'`, in exec form), and only when `dist-upgrade` or `dup` is zypper's command, not any argument.",
  rationale:
    '`zypper dist-upgrade` brings every package to whatever the configured repositories hold, changing vendors and downgrading or removing packages when needed: with a new release in the repositories it upgrades the whole distribution. The image then depends on the day it was built more than on its base image tag, and a build can break without any change to the Dockerfile.',
  fix: 'Build on a newer base image (`FROM opensuse/leap:15.6`) instead. To pick up fixes within the release, use `zypper --non-interactive update`.',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade && zypper clean --all\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive update && zypper clean --all\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command } of commandsOf(dockerfile, 'zypper')) {
      const verb = packageCommand(command)?.verb?.value
      if (verb !== 'dist-upgrade' && verb !== 'dup') continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`zypper ${verb}\` upgrades every package to what the repositories hold today, possibly a new release: build on a newer base image instead, or use \`zypper update\` for fixes within the release.`
      })
    }
    return problems
  }
} satisfies Rule
