import type { Dockerfile } from '../dockerfile/model.js'
import { readOptions, type OptionSpec } from '../shell/options.js'
import { scriptSource } from '../shell/scripts.js'
import type { Command, Word } from '../shell/types.js'
import type { Rule } from './types.js'
import { table } from '../lookup.js'

interface Family {
  /** The verbs that only refresh the package index. */
  updates: readonly string[]
  /** Verbs that do not use a fresh index either; any other verb of the family does. */
  idle: readonly string[]
  spec: OptionSpec
}

const APT: Family = { updates: ['update'], idle: ['clean', 'autoclean', 'auto-clean', 'autoremove', 'auto-remove', 'purge', 'remove'], spec: { short: 'octa', long: ['--option', '--config-file', '--target-release'] } }
const RPM: Family = { updates: ['makecache'], idle: ['clean', 'remove', 'erase', 'autoremove'], spec: { short: 'cdex', long: ['--setopt', '--enablerepo', '--disablerepo', '--installroot'] } }
const FAMILIES = table<Family>({
  'apt-get': APT,
  apt: APT,
  'apt-cache': APT,
  apk: { updates: ['update'], idle: ['del', 'cache', 'info', 'stats', 'audit', 'verify', 'manifest'], spec: { short: 'Xp', long: ['--repository', '--root', '--keys-dir', '--repositories-file', '--cache-dir', '--arch'] } },
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  tdnf: RPM,
  zypper: { updates: ['refresh', 'ref'], idle: ['clean', 'cc', 'addrepo', 'ar', 'removerepo', 'rr', 'modifyrepo', 'mr', 'remove', 'rm'], spec: { short: 'RcD', long: ['--root', '--config', '--reposd-dir', '--cache-dir'] } }
})

export default {
  id: 'no-orphan-package-update',
  title: 'Refresh the package index in the same RUN that installs packages',
  severity: 'warning',
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
      // Where each package manager last reads its index in this RUN (or a script may): one pass, not one per update.
      const lastRead = new Map<Family | 'script', number>()
      for (const c of commands) {
        const reader = runsScript(c) ? 'script' : indexReader(c)
        if (reader) lastRead.set(reader, Math.max(lastRead.get(reader) ?? -1, c.start))
      }
      for (const update of commands) {
        const family = familyOf(update)
        const verb = family && verbOf(update, family)
        if (!verb || !family.updates.includes(verb.value)) continue
        if (Math.max(lastRead.get(family) ?? -1, lastRead.get('script') ?? -1) >= update.start) continue
        yield {
          at: { start: update.start, end: update.end },
          message: `\`${update.program} ${verb.value}\` is not followed by an install in this RUN: the index is baked into a layer of its own and goes stale. Refresh and install in one RUN.`
        }
      }
    }
  }
} satisfies Rule

/** The commands of each RUN, shell form or exec form. */
function* commandsByRun(dockerfile: Dockerfile): Generator<Command[]> {
  for (const instruction of dockerfile.instructions) if (instruction.shell) yield instruction.shell.commands
}

function familyOf(command: Command): Family | undefined {
  return Object.hasOwn(FAMILIES, command.program) ? FAMILIES[command.program] : undefined
}

function verbOf(command: Command, family: Family): Word | undefined {
  return readOptions(command, family.spec).operands[0]
}

/** The family of a command that reads the package index (`apt-get install`, `apk add`, `apt-cache policy`). */
function indexReader(command: Command): Family | undefined {
  const family = familyOf(command)
  if (!family) return undefined
  const verb = verbOf(command, family)?.value
  return verb !== undefined && !family.updates.includes(verb) && !family.idle.includes(verb) ? family : undefined
}

/** A script of the project (`./install-deps.sh`, `bash setup.sh`) may install packages: give it the benefit of the doubt. */
function runsScript(command: Command): boolean {
  return scriptSource(command)?.from === 'file' || (command.name.includes('/') && !/^\/(usr\/)?s?bin\//.test(command.name))
}
