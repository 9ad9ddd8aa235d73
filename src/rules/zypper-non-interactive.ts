import { missingYes } from './data/assume-yes.js'
import type { Rule } from './types.js'

export default {
  id: 'zypper-non-interactive',
  title: 'Run zypper with `--non-interactive`',
  severity: 'warning',
  defaults: 'A warning, on by default: zypper asks before every install, and a build cannot answer, so the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // The cases of hadolint's DL3034 spec and KICS's 45e1fca5 samples are in the test file; KICS passes a
  // build stage the final image copies from (see differences).
  equivalents: { hadolint: ['DL3034'] },
  related: { kics: ['45e1fca5'] },
  differences:
    "Beyond hadolint's cases, the other verbs that ask for confirmation (`update`, `patch`, `dist-upgrade`, `remove`, …) are checked too, and a command fed answers (`yes | zypper install …`) or with options held in a variable whose value is not known passes.\n\nKICS's 45e1fca5 passes a build stage that the final image copies files from (its own sample), though that stage is built too and its prompt fails the build; every stage is checked here. It reads installs, removals and patches only.",
  rationale:
    '`zypper install` lists what it is about to install and asks "Continue? [y/n/v/...? shows all options] (y)". A build has no terminal to answer from, so zypper stops with `Cannot read input: bad stream or EOF` and the build fails.',
  fix: 'Give zypper the global option `--non-interactive` (or `-n`) before the command: `zypper --non-interactive install curl`. `zypper install -y curl` (`--no-confirm`) works too.',
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean --all\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl && zypper clean --all\nUSER 10001\nCMD ["bash"]\n'
  },
  fixable: true,
  check: (dockerfile) => missingYes(dockerfile, { programs: ['zypper'], flag: '--non-interactive', global: true })
} satisfies Rule
