import type { PackageCommand } from '../shell/package-managers.js'
import { missingYes } from './data/assume-yes.js'
import type { Rule } from './types.js'

export default {
  id: 'apt-get-yes',
  title: 'Answer apt-get\'s confirmation prompt with `-y`',
  severity: 'warning',
  defaults:
    'A warning, on by default: an install that cannot answer its prompt aborts, so the build fails as soon as a package brings a dependency along.',
  tags: ['correctness'],
  precision: 'high',
  // The cases of hadolint's DL3014 spec, Trivy's DS021 tests and KICS's 77783205 samples (those stored:
  // positive 4-8, negative 1 and 3-9) are in the test file. DS021 reads `apt-get install` only.
  equivalents: { hadolint: ['DL3014'], trivy: ['DS021'], kics: ['77783205'] },
  differences:
    'Beyond hadolint\'s cases, `apt` is checked too, and so are the other verbs that ask for confirmation (upgrades, removals, `build-dep`, …). A command fed answers (`yes | apt-get install …`), options held in a variable whose value is not known (`apt-get install $APT_OPTS curl`), and `APT::Get::Assume-Yes "true"` set with `-o` or written to apt\'s configuration earlier all pass. hadolint takes a single `-q` for a yes; this rule does not: only quiet level 2 (`-qq`) implies `-y`, as apt-get\'s manual says.',
  rationale:
    'When `apt-get install` has more to do than install exactly the packages named (almost always: they have dependencies), it stops and asks "Do you want to continue? [Y/n]". A build has no one to answer, so apt reads nothing, prints `Abort.` and the build fails.',
  fix: 'Add `-y` right after the verb: `apt-get install -y --no-install-recommends curl`. The same goes for `apt-get upgrade`, `dist-upgrade`, `remove`, `purge` and `autoremove`.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) =>
    missingYes(dockerfile, {
      programs: ['apt-get', 'apt'],
      flag: '-y',
      answered: (pc) => quietLevel(pc) >= 2,
      // `APT::Get::Assume-Yes "true";` in apt.conf.d, or `-o APT::Get::Assume-Yes=true`.
      configured: /\bAssume-Yes\s*(?:=\s*|\s+)["']?(?:1|true|yes|on|with|enable)\b/i
    })
} satisfies Rule

/** apt's quiet level: each `-q` or `--quiet` adds one (`-qq`); `-q=2` or `--quiet=2` sets it. Level 2 implies `-y`. */
function quietLevel(pc: PackageCommand): number {
  const set = pc.command.args.map((a) => /^(?:-q|--quiet)=(\d+)$/.exec(a.value)?.[1]).filter((level) => level !== undefined)
  if (set.length) return Number(set[set.length - 1])
  return pc.options.filter((o) => o.name === '-q' || o.name === '--quiet').length
}
