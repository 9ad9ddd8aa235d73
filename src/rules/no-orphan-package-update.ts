import { runsAfter } from '../shell/helpers.js'
import { isVerb, packageCommand, packageCommands, readsIndex } from '../shell/package-managers.js'
import { scriptSource } from '../shell/scripts.js'
import type { Command } from '../shell/types.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-orphan-package-update',
  title: 'Refresh the package index in the same RUN that installs packages',
  severity: 'warning',
  defaults:
    'On, as a warning: a stale index makes later builds fail or miss security fixes, and the fix is to join two RUNs. A RUN that runs a script of the project is given the benefit of the doubt, since the script may install.',
  tags: ['security', 'patching'],
  securitySeverity: 4.0,
  precision: 'high',
  // The cases of Trivy's DS017 tests, Checkov's CKV_DOCKER_5 tests and KICS's 9bae49be samples (3-5
  // rebuilt from its expected results) are in the test file. Checkov's two samples agree, though its
  // code counts refreshes and installs over the file: a refresh and an install in the next RUN pass,
  // which is this rule's main case, so it stays related.
  related: { trivy: ['DS017'], checkov: ['CKV_DOCKER_5'], kics: ['9bae49be'] },
  differences:
    "Checkov's CKV_DOCKER_5 counts refreshes and installs over the whole file: `RUN apt-get update` followed by `RUN apt-get install …` passes there, and that is the case this rule is for (the install's layer reuses a cached, stale index).\n\nTrivy's DS017 takes `yum update`, `dnf update` and `zypper up` for refreshes of the index; they are upgrades, which install packages, and are not reported here.\n\nKICS's 9bae49be reports the install in the RUN after a refresh, where this rule reports the refresh. A refresh that nothing installs from passes there: `RUN apk update` on its own, or `apt update && install nginx` (`install` copies files). It also reads `pacman -Syu` and `yum update` or `dnf update` as refreshes; pacman is not read here, and yum and dnf refresh expired metadata themselves.",
  cis: ['4.7'],
  rationale:
    'A RUN that only refreshes the package index (`apt-get update`, `apk update`) stores that index in its own layer. Docker reuses the cached layer on later builds, so an install in a following RUN works from an index that can be weeks old: packages that were since removed from the mirror fail to download, and security fixes published since are not installed.',
  fix: 'Refresh and install in one RUN, and clean up in the same step: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`, or `RUN apk add --no-cache curl` on Alpine.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command: update, instruction, pc } of packageCommands(dockerfile)) {
      if (!isVerb(pc, 'update')) continue
      // An install from the same index later in the RUN (or a project script, which may hold one) uses the fresh index.
      const used = instruction.shell!.commands.some((c) => runsAfter(c, update) && (runsScript(c) || readsIndexOf(c, pc.manager.index)))
      if (used) continue
      problems.push({
        at: { start: update.start, end: update.end },
        message: `\`${update.program} ${pc.verb!.value}\` is not followed by an install in this RUN: the index is baked into a layer of its own and goes stale. Refresh and install in one RUN.`
      })
    }
    return problems
  }
} satisfies Rule

/** True when the command reads the package index `index` (`apt-get install`, `apk add`, `apt-cache policy`). */
function readsIndexOf(command: Command, index: string): boolean {
  const pc = packageCommand(command)
  return pc !== undefined && pc.manager.index === index && readsIndex(pc)
}

/** A script of the project (`./install-deps.sh`, `bash setup.sh`) may install packages: give it the benefit of the doubt. */
function runsScript(command: Command): boolean {
  return scriptSource(command)?.from === 'file' || (command.name.includes('/') && !/^\/(usr\/)?s?bin\//.test(command.name))
}
