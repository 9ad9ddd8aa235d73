import { missingYes } from './data/assume-yes.js'
import type { Rule } from './types.js'

export default {
  id: 'dnf-yes',
  title: 'Answer dnf\'s confirmation prompt with `-y`',
  severity: 'warning',
  defaults: 'A warning, on by default: dnf asks before every install, and a build cannot answer, so the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // hadolint's DL3038 spec cases are all in the test file.
  equivalents: { hadolint: ['DL3038'] },
  related: { kics: ['7ebd323c'] },
  differences:
    "Beyond hadolint's cases, `dnf5` and `tdnf` are checked too, and so are the other verbs that ask for confirmation (upgrades, removals, `dnf group install`, `dnf module install`, …). A command fed answers (`yes | dnf install …`), options held in a variable whose value is not known, and `assumeyes=True` set with `--setopt` or written to dnf's configuration earlier pass. `microdnf` is not reported, where hadolint reports it: it never asks, so its `-y` does nothing.",
  rationale:
    '`dnf install` lists what it is about to install and asks "Is this ok [y/N]". A build has no one to answer, so dnf reads nothing, prints `Operation aborted` and the build fails.',
  fix: 'Add `-y` right after the verb: `dnf install -y httpd`. The same goes for `dnf upgrade`, `remove` and `group install`. `microdnf` never asks, so it needs no `-y`.',
  examples: {
    bad: 'FROM fedora:40\nRUN dnf install --setopt=install_weak_deps=False httpd && dnf clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM fedora:40\nRUN dnf install -y --setopt=install_weak_deps=False httpd && dnf clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  fixable: true,
  check: (dockerfile) =>
    missingYes(dockerfile, {
      programs: ['dnf', 'dnf5', 'microdnf', 'tdnf'],
      flag: '-y',
      // `assumeyes=True` in dnf.conf, or `--setopt=assumeyes=True`.
      configured: /^\s*assumeyes\s*=\s*(?:1|true|yes|on)\b/im
    })
} satisfies Rule
