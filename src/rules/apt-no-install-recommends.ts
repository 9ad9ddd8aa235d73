import { insertFlag, seenBy } from '../dockerfile/helpers.js'
import type { Dockerfile, Instruction } from '../dockerfile/model.js'
import { hasOption, packageCommands } from '../shell/package-managers.js'
import type { Problem, Rule } from './types.js'

/** `-o APT::Install-Recommends=false` on the command line, or `APT::Install-Recommends "0";` written to apt.conf.d. */
const CONFIGURED = /Install-Recommends\s*(=|\s)\s*["']?(0|false|no|off)\b/i

export default {
  id: 'apt-no-install-recommends',
  title: 'Install apt packages with `--no-install-recommends`',
  severity: 'warning',
  defaults:
    'On, as a warning: recommended packages add size, and software to patch, that the image never asked for, and adding the flag is a mechanical fix. Name a recommended package in the install if the image needs it.',
  tags: ['security', 'attack-surface'],
  securitySeverity: 3.0,
  precision: 'very-high',
  // The cases of hadolint's DL3015 spec, Trivy's DS029 tests and KICS's 7384dfb2 samples (those stored:
  // positive2, negative2) are in the test file. DS029 and 7384dfb2 read `apt-get` only.
  equivalents: { hadolint: ['DL3015'], trivy: ['DS029'], kics: ['7384dfb2'] },
  differences:
    'Beyond hadolint\'s cases, `apt install` is checked too, and `APT::Install-Recommends "false"` written to apt\'s configuration by this RUN or an earlier one (of the stage, or of a stage it is built `FROM`) passes.',
  cis: ['4.3'],
  rationale:
    'By default `apt-get install` also installs every package the requested ones *recommend*: often dozens of extra libraries, tools and daemons the image never uses. Each of them is more to download and store, and more code in which a vulnerability can be found and exploited.',
  fix: 'Add `--no-install-recommends` right after `install` (`apt-get install -y --no-install-recommends curl`), and name any recommended package you really need explicitly.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, instruction, pc } of packageCommands(dockerfile)) {
      if ((pc.program !== 'apt-get' && pc.program !== 'apt') || pc.verb?.value !== 'install') continue
      if (hasOption(pc, '--no-install-recommends') || configured(dockerfile, instruction)) continue
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${command.program} install\` without \`--no-install-recommends\` also installs every package the requested ones recommend: write \`${command.program} install --no-install-recommends …\`, and name any recommended package the image needs.`,
        fix: insertFlag(dockerfile, instruction, pc.verb, '--no-install-recommends')
      })
    }
    return problems
  }
} satisfies Rule

/** True when this RUN, or one it sees (earlier in its stage, or in a stage it is built FROM), turns recommends off. */
function configured(dockerfile: Dockerfile, instruction: Instruction): boolean {
  if (CONFIGURED.test(instruction.text)) return true
  for (const earlier of seenBy(dockerfile, instruction)) if (earlier.keyword === 'RUN' && CONFIGURED.test(earlier.text)) return true
  return false
}
