import type { Dockerfile } from '../dockerfile/model.js'
import { isVerb, packageCommand, readsIndex } from '../shell/package-managers.js'
import { scriptSource } from '../shell/scripts.js'
import type { Command } from '../shell/types.js'
import type { Rule } from './types.js'

export default {
  id: 'no-orphan-package-update',
  title: 'Refresh the package index in the same RUN that installs packages',
  severity: 'warning',
  defaults:
    'On, as a warning: a stale index makes later builds fail or miss security fixes, and the fix is to join two RUNs. A RUN that runs a script of the project is given the benefit of the doubt, since the script may install.',
  tags: ['security', 'patching'],
  securitySeverity: 4.0,
  precision: 'high',
  related: { trivy: ['DS017'], checkov: ['CKV_DOCKER_5'], kics: ['9bae49be'] },
  cis: ['4.7'],
  rationale:
    'A RUN that only refreshes the package index (`apt-get update`, `apk update`) stores that index in its own layer. Docker reuses the cached layer on later builds, so an install in a following RUN works from an index that can be weeks old: packages that were since removed from the mirror fail to download, and security fixes published since are not installed.',
  fix: 'Refresh and install in one RUN, and clean up in the same step: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`, or `RUN apk add --no-cache curl` on Alpine.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: function* (dockerfile) {
    for (const commands of commandsByRun(dockerfile)) {
      // Where each package index is last read in this RUN (or a script may read any): one pass, not one per update.
      const lastRead = new Map<string, number>()
      for (const c of commands) {
        const pc = packageCommand(c)
        const reader = runsScript(c) ? 'script' : pc && readsIndex(pc) ? pc.manager.index : undefined
        if (reader) lastRead.set(reader, Math.max(lastRead.get(reader) ?? -1, c.start))
      }
      for (const update of commands) {
        const pc = packageCommand(update)
        if (!pc || !isVerb(pc, 'update')) continue
        if (Math.max(lastRead.get(pc.manager.index) ?? -1, lastRead.get('script') ?? -1) >= update.start) continue
        yield {
          at: { start: update.start, end: update.end },
          message: `\`${update.program} ${pc.verb!.value}\` is not followed by an install in this RUN: the index is baked into a layer of its own and goes stale. Refresh and install in one RUN.`
        }
      }
    }
  }
} satisfies Rule

/** The commands of each RUN, shell form or exec form. */
function* commandsByRun(dockerfile: Dockerfile): Generator<Command[]> {
  for (const instruction of dockerfile.instructions) if (instruction.shell) yield instruction.shell.commands
}

/** A script of the project (`./install-deps.sh`, `bash setup.sh`) may install packages: give it the benefit of the doubt. */
function runsScript(command: Command): boolean {
  return scriptSource(command)?.from === 'file' || (command.name.includes('/') && !/^\/(usr\/)?s?bin\//.test(command.name))
}
