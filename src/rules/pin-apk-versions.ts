import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-apk-versions',
  title: 'Pin the versions of the packages `apk add` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: Alpine's mirrors keep only the newest build of each package in a release, so an exact pin breaks the build as soon as a fix is published, and the base image's tag already fixes the release. Turn it on (`pin-apk-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3018.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'very-high',
  // The cases of hadolint's DL3018 spec and KICS's d3499f6d samples are in the test file.
  equivalents: { hadolint: ['DL3018'], kics: ['d3499f6d'] },
  differences:
    'Beyond hadolint\'s cases, apk\'s other version constraints (`curl>8`, `curl<9`) count as pins, and a package list held in a variable whose value is known (`ARG PKGS="curl git"`) is read. One whose value is not known is not guessed at.',
  rationale:
    'Without a version, `apk add curl` installs whatever version the mirror offers on the day of the build. Two builds of the same Dockerfile can then ship different software, and a regression or a vulnerability arrives without any change in the repository to review.',
  fix: 'Write the version after `=` (`apk add --no-cache curl=8.12.1-r0`; `apk policy curl` lists it), or use `~` to accept the newest build of a version (`curl~8.12`), which keeps working when Alpine replaces the exact build. A package file (`./app.apk`) counts as pinned.',
  examples: {
    bad: 'FROM alpine:3.22\nRUN apk add --no-cache curl\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN apk add --no-cache curl~8.12\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['apk'])
} satisfies Rule
