import { isVerb, packageCommands } from '../shell/package-managers.js'
import type { Problem, Rule } from './types.js'

/** apt's verbs that may install and remove packages to upgrade the rest (`full-upgrade` is apt's and aptitude's name). */
const DIST_UPGRADE = new Set(['dist-upgrade', 'full-upgrade'])

export default {
  id: 'no-apt-dist-upgrade',
  title: 'Do not run `apt-get dist-upgrade` in a Dockerfile',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    "Off by default: upgrading the base image's packages during the build is a common way to get security fixes before a new base image is out, and on the official Debian and Ubuntu images, whose package sources name a release, `dist-upgrade` stays within that release. Trivy has deprecated its check (DS024) too. Turn it on to keep what an image holds down to its base image tag.",
  tags: ['reliability'],
  precision: 'high',
  // Trivy's DS024 test cases are all in the test file.
  equivalents: { trivy: ['DS024'] },
  differences:
    "Trivy's DS024 matches the text `apt-get … dist-upgrade`, so it misses a bare `apt-get dist-upgrade` (it needs a word between the two) and `apt-get full-upgrade`, and reports `dist-upgrade` anywhere after `apt-get` (a package name, another command of the same RUN). Here the command is read as apt reads it: `dist-upgrade` or `full-upgrade` as the verb of `apt-get`, `apt` or `aptitude`, wherever a RUN runs it (behind `sudo`, in `sh -c '…'`, in exec form, in a heredoc). `zypper dist-upgrade` is for no-zypper-dist-upgrade.",
  rationale:
    "Unlike `apt-get upgrade`, `apt-get dist-upgrade` (`full-upgrade`) also installs new packages and removes installed ones when that is what it takes to bring everything to what the repositories hold on the day of the build. A rebuild can then drop a package the image relies on without any change to the Dockerfile, and with package sources that follow a suite (`stable`, `testing`) instead of a release name it moves the whole image to the next release of the distribution.",
  fix: 'Build on a newer base image (`FROM debian:bookworm-slim` is rebuilt with fixes regularly). To pick up fixes within the release, use `apt-get upgrade -y`, which never removes a package.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc } of packageCommands(dockerfile)) {
      const verb = pc.verb?.value ?? ''
      // isVerb: apt-cache reads apt's index but upgrades nothing.
      if (pc.manager.index !== 'apt' || !DIST_UPGRADE.has(verb) || !isVerb(pc, 'upgrade')) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${pc.program} ${verb}\` upgrades every package to what the repositories hold today, installing and removing packages as needed: build on a newer base image instead, or use \`${pc.program} upgrade\` for fixes within the release.`
      })
    }
    return problems
  }
} satisfies Rule
