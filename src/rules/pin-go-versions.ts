import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-go-versions',
  title: 'Pin the versions of the modules `go install` and `go get` fetch',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default, like the other version pins: a build tool installed at its newest version is often on purpose. Turn it on (`pin-go-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it in place of hadolint's DL3062.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'high',
  // hadolint's DL3062 spec cases are all in the test file, three with the outcome explained below.
  // Beyond them this rule reads Go's flags (`-tags x`, `-ldflags '…'` are no packages), reports the
  // moving queries `@upgrade` and `@patch` and the branches `@master` and `@main` as it does
  // `@latest`, and skips `@none` (a removal).
  related: { hadolint: ['DL3062'] },
  differences:
    'hadolint reports every package without `@version`. Without one, `go install` and `go run` do not fetch anything new: they build the version the main module\'s `go.mod` requires, and fail outside a module (since Go 1.16), so `RUN go install example.com/cmd/tool` after `COPY go.mod go.sum ./` is pinned by `go.sum`. This rule therefore reports them only with a moving version (`@latest`), and reports `go get` (which resolves the newest version) without one. `go install tool x` is `go install` of the module\'s tools, pinned by `go.mod` too.',
  rationale:
    '`go install example.com/cmd/tool@latest` fetches whatever was released last on the day of the build, and `go get example.com/lib` moves the module to the newest release. Two builds of the same Dockerfile can then ship different code, and a compromised release is built in without any change in the repository to review.',
  fix: 'Name the version after `@`: `go install golang.org/x/tools/cmd/goimports@v0.26.0`. For an app, keep the versions in `go.mod` and `go.sum` (`go mod download` after `COPY go.mod go.sum ./`), which Dependabot or Renovate keep fresh.',
  examples: {
    bad: 'FROM golang:1.26-bookworm AS build\nRUN go install golang.org/x/tools/cmd/goimports@latest\n\nFROM debian:bookworm-slim\nCOPY --from=build /go/bin/goimports /usr/local/bin/goimports\nUSER 10001\nCMD ["goimports", "-h"]\n',
    good: 'FROM golang:1.26-bookworm AS build\nRUN go install golang.org/x/tools/cmd/goimports@v0.26.0\n\nFROM debian:bookworm-slim\nCOPY --from=build /go/bin/goimports /usr/local/bin/goimports\nUSER 10001\nCMD ["goimports", "-h"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['go'])
} satisfies Rule
