import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-dnf-versions',
  title: 'Pin the versions of the packages `dnf install` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: distribution mirrors move on to each update and may drop the previous build, so exact pins break builds unless a bot keeps them fresh, and the base image's tag already fixes the release. Turn it on (`pin-dnf-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3041.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'high',
  // The cases of hadolint's DL3041 spec and KICS's 93d88cf7 samples are in the test file; KICS passes a
  // package followed by `-v` (see differences).
  equivalents: { hadolint: ['DL3041'] },
  related: { kics: ['93d88cf7'] },
  differences:
    "Beyond hadolint's cases, `dnf5` and `tdnf` are read too, and `dnf module install` must name a stream (`nodejs:20`). Groups and provides (`@development`, `pkgconfig(x)`), which have no version, are skipped, and a package list held in a variable whose value is known is read. A version from a variable whose value is not known (`tomcat-$VERSION`) is not guessed at: it passes, as in hadolint.\n\nKICS's 93d88cf7 passes a package that a `-v` follows (`dnf install zip -v`, in its own sample); for dnf, `-v` is `--verbose`, so `zip` is reported here.",
  rationale:
    'Without a version, `dnf install nginx` installs whatever version the repositories offer on the day of the build. Two builds of the same Dockerfile can then ship different software, and a regression or a vulnerability arrives without any change in the repository to review.',
  fix: 'Append the version after a dash: `dnf install -y nginx-1.26.2` (`dnf --showduplicates list nginx` lists them), with the epoch where the package has one (`openssl-1:3.0.7`); a module needs its stream (`dnf module install -y nodejs:20`). A package file (`./app.rpm`) counts as pinned.',
  examples: {
    bad: 'FROM fedora:44\nRUN dnf install -y nginx && dnf clean all\nUSER 10001\nCMD ["nginx", "-g", "daemon off;"]\n',
    good: 'FROM fedora:44\nRUN dnf install -y nginx-1.26.2 && dnf clean all\nUSER 10001\nCMD ["nginx", "-g", "daemon off;"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['dnf', 'dnf5', 'microdnf', 'tdnf'])
} satisfies Rule
