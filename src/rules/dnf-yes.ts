import type { Instruction } from '../dockerfile/model.js'
import { missingYes } from './data/assume-yes.js'
import type { Rule } from './types.js'

export default {
  id: 'dnf-yes',
  title: 'Answer dnf\'s confirmation prompt with `-y`',
  severity: 'warning',
  defaults: 'A warning, on by default: dnf asks before every install, and a build cannot answer, so the build fails.',
  tags: ['correctness'],
  precision: 'very-high',
  // The cases of hadolint's DL3038 spec and KICS's 7ebd323c samples are in the test file.
  equivalents: { hadolint: ['DL3038'], kics: ['7ebd323c'] },
  differences:
    "Beyond hadolint's cases, `dnf5` and `tdnf` are checked too, and so are the other verbs that ask for confirmation (upgrades, removals, `dnf group install`, `dnf module install`, …). A command fed answers (`yes | dnf install …`), options held in a variable whose value is not known, and `assumeyes=True` set with `--setopt` or written to dnf's configuration earlier pass. `microdnf` is checked as hadolint does, since on UBI 9 and EL9 it asks like dnf, except in a stage built on an image that names itself EL8 (`ubi8/ubi-minimal`, `oraclelinux:8-slim`), where it assumed yes.",
  rationale:
    '`dnf install` lists what it is about to install and asks "Is this ok [y/N]". A build has no one to answer, so dnf reads nothing, prints `Operation aborted` and the build fails.',
  fix: 'Add `-y` right after the verb: `dnf install -y httpd`. The same goes for `dnf upgrade`, `remove` and `group install`, and for `microdnf install`.',
  examples: {
    bad: 'FROM fedora:44\nRUN dnf install --setopt=install_weak_deps=False httpd && dnf clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n',
    good: 'FROM fedora:44\nRUN dnf install -y --setopt=install_weak_deps=False httpd && dnf clean all\nUSER 10001\nCMD ["httpd", "-DFOREGROUND"]\n'
  },
  fixable: true,
  check: (dockerfile) =>
    missingYes(dockerfile, {
      programs: ['dnf', 'dnf5', 'microdnf', 'tdnf'],
      flag: '-y',
      answered: (pc, run) => pc.program === 'microdnf' && onEl8(run),
      // `assumeyes=True` in dnf.conf, or `--setopt=assumeyes=True`.
      configured: /^\s*assumeyes\s*=\s*(?:1|true|yes|on)\b/im
    })
} satisfies Rule

/**
 * True when the RUN's stage is built on an EL8 image, as its name says (`ubi8/ubi-minimal`,
 * `oraclelinux:8-slim`): the microdnf of EL8 assumed yes, where the one of UBI 9 and EL9 asks.
 */
function onEl8(run: Instruction): boolean {
  let image = run.stage?.image
  while (image?.stage) image = image.stage.image
  if (!image?.repository) return false
  return EL8_IMAGE.test(image.repository) || (EL_IMAGE.test(image.repository) && EL8_TAG.test(image.tag ?? ''))
}

const EL8_IMAGE = /(^|\/)(ubi|rhel)8([/-]|$)/
const EL_IMAGE = /(^|\/)(oraclelinux|rockylinux|almalinux|centos)$/
const EL8_TAG = /^8(\D|$)/
