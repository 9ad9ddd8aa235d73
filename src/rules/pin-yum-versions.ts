import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-yum-versions',
  title: 'Pin the versions of the packages `yum install` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: distribution mirrors move on to each update and may drop the previous build, so exact pins break builds unless a bot keeps them fresh, and the base image's tag already fixes the release. Turn it on (`pin-yum-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3033.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'high',
  // The cases of hadolint's DL3033 spec and KICS's 6452c424 samples are in the test file. As in hadolint
  // 2.15, where DL3033 and DL3041 share one check, a version is a dash-separated part after the name that
  // starts with a digit (`rpm-sign` is not pinned, `rpm-sign-4.16.1.3` is).
  equivalents: { hadolint: ['DL3033'], kics: ['6452c424'] },
  differences:
    "Beyond hadolint's cases, groups and provides (`@development`, `pkgconfig(x)`), which have no version, are skipped, and a package list held in a variable whose value is known is read. A version from a variable whose value is not known (`tomcat-$VERSION`) is not guessed at: it passes, as in hadolint.",
  rationale:
    'Without a version, `yum install tomcat` installs whatever version the repositories offer on the day of the build. Two builds of the same Dockerfile can then ship different software, and a regression or a vulnerability arrives without any change in the repository to review.',
  fix: 'Append the version after a dash: `yum install -y tomcat-7.0.76` (`yum --showduplicates list tomcat` lists them); a module needs its stream (`yum module install -y nodejs:20`). A package file (`./app.rpm`) counts as pinned.',
  examples: {
    bad: 'FROM amazonlinux:2023\nRUN yum install -y tomcat && yum clean all\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM amazonlinux:2023\nRUN yum install -y tomcat-7.0.76 && yum clean all\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['yum'])
} satisfies Rule
