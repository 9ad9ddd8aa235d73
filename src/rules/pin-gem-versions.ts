import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-gem-versions',
  title: 'Pin the versions of the gems `gem install` installs',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: an app's own gems are pinned by its `Gemfile.lock`, and a tool such as `bundler` installed at its newest version is often on purpose. Turn it on (`pin-gem-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3028.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'very-high',
  // hadolint's DL3028 spec cases are all in the test file, one with the outcome noted below, and so are
  // KICS's 22cd11f7 samples, one too. Beyond them this rule reads a gem list in a known variable.
  related: { hadolint: ['DL3028'], kics: ['22cd11f7'] },
  differences:
    "hadolint skips the word after every option, so `gem install --no-document rails` is not reported. This rule reads `gem`'s options as `gem` does: only the values of the options that take one (`--install-dir DIR`, `--source URL`, …) are skipped, so `rails` is reported there, and so is `true` in hadolint's test case `gem install bundler:2.0.1 --use-system-libraries true`, where `gem` has no such option (build options go after `--`, which this rule skips as hadolint does).\n\nKICS's 22cd11f7 reports the other gem of `gem install grpc -v ${GRPC_RUBY_VERSION} blunder` (its own sample). `gem` refuses `-v` with more than one gem, so that build stops before installing anything; a command with `-v` is not reported here.",
  rationale:
    'Without a version, `gem install rails` installs the newest release on RubyGems on the day of the build. A new major version can break the build or the app, and a compromised release is installed without any change in the repository to review.',
  fix: 'Write the version after `:` (`gem install bundler:2.5.22`) or give it with `-v` (`gem install bundler -v 2.5.22`). For an app, commit `Gemfile.lock` and run `bundle install`.',
  examples: {
    bad: 'FROM ruby:3.3-slim\nRUN gem install bundler\nUSER 10001\nCMD ["bundle", "--version"]\n',
    good: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\nUSER 10001\nCMD ["bundle", "--version"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['gem'])
} satisfies Rule
