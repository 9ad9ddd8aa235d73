import { missingYes } from './data/assume-yes.js'
import type { Rule } from './types.js'

export default {
  id: 'yum-yes',
  title: 'Answer yum\'s confirmation prompt with `-y`',
  severity: 'warning',
  defaults: 'A warning, on by default: yum asks before every install, and a build cannot answer, so the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // The cases of hadolint's DL3030 spec and KICS's 6e19193a samples are in the test file.
  equivalents: { hadolint: ['DL3030'], kics: ['6e19193a'] },
  differences:
    "Beyond hadolint's cases, the other verbs that ask for confirmation (update, remove, erase, `yum group install`, …) are checked too. A command fed answers (`yes | yum install …`), options held in a variable whose value is not known, and `assumeyes=1` set with `--setopt` or written to yum's configuration earlier pass.",
  rationale:
    '`yum install` lists what it is about to install and asks "Is this ok [y/N]". A build has no one to answer, so yum reads nothing, prints `Exiting on user command` and the build fails.',
  fix: 'Add `-y` right after the verb: `yum install -y httpd`. The same goes for `yum update`, `remove` and `groupinstall`.',
  examples: {
    bad: 'FROM rockylinux:8.9\nRUN yum install httpd && yum clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM rockylinux:8.9\nRUN yum install -y httpd && yum clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  fixable: true,
  check: (dockerfile) =>
    missingYes(dockerfile, {
      programs: ['yum'],
      flag: '-y',
      // `assumeyes=1` in yum.conf, or `--setopt=assumeyes=1`.
      configured: /^\s*assumeyes\s*=\s*(?:1|true|yes|on)\b/im
    })
} satisfies Rule
