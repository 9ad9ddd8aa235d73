import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-apt-versions',
  title: 'Pin the versions of the packages `apt-get install` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: Debian and Ubuntu mirrors drop a package's previous version once an update is published, so exact pins break the build within weeks unless a bot keeps them fresh, and the base image's tag already fixes the release. Turn it on (`pin-apt-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3008.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'very-high',
  // The cases of hadolint's DL3008 spec and KICS's 965a08d7 samples are in the test file; KICS takes the
  // release of `-t python` for a package (see differences).
  equivalents: { hadolint: ['DL3008'] },
  related: { kics: ['965a08d7'] },
  differences:
    'Beyond hadolint\'s cases, `apt install` and `aptitude install` are read too, and so is a package list held in a variable whose value is known (`ARG PKGS="curl git"`). A variable whose value is not known is not guessed at, where hadolint reports it (hadolint#928).\n\nKICS\'s 965a08d7 takes the word after `-t` (`--target-release`) for a package, so `apt-get install -y -t python` is reported there (its own sample), though it names a release and installs nothing. It reads `apt-get install` only.',
  rationale:
    'Without a version, `apt-get install curl` installs whatever version the mirror offers on the day of the build. Two builds of the same Dockerfile can then ship different software, and a regression or a vulnerability arrives without any change in the repository to review.',
  fix: 'Write the version after `=`: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12` (`apt-cache policy curl` lists the candidates), or end it with `*` to accept patch releases (`curl=7.88.1-10*`). A package file (`./app.deb`) or a release (`curl/bookworm-backports`) counts as pinned.',
  examples: {
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['apt-get', 'apt', 'aptitude'])
} satisfies Rule
