import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-zypper-versions',
  title: 'Pin the versions of the packages `zypper install` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: distribution mirrors move on to each update and may drop the previous build, so exact pins break builds unless a bot keeps them fresh, and the base image's tag already fixes the release. Turn it on (`pin-zypper-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3037.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'very-high',
  // The cases of hadolint's DL3037 spec and KICS's 562952e4 samples are in the test file.
  equivalents: { hadolint: ['DL3037'], kics: ['562952e4'] },
  differences:
    "Beyond hadolint's cases, patterns, patches and products (`-t pattern`, `pattern:devel_basis`), which have no version, are skipped, and a package list held in a variable whose value is known is read.",
  rationale:
    'Without a version, `zypper install curl` installs whatever version the repositories offer on the day of the build. Two builds of the same Dockerfile can then ship different software, and a regression or a vulnerability arrives without any change in the repository to review.',
  fix: "Write the version after `=` (`zypper install -y curl=8.6.0`; `zypper search -s curl` lists them), or a bound such as `'curl>=8.6'` (quoted, so the shell does not read `>` as a redirect). A package file (`./app.rpm`) counts as pinned.",
  examples: {
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean --all\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean --all\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['zypper'])
} satisfies Rule
