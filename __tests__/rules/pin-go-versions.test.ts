import rule from '../../src/rules/pin-go-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM golang:1.23-bookworm\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant. */
const spec = (name: string, run: string) => [
  { name: `DL3062: ${name}`, code: code(run) },
  { name: `DL3062: ${name} (onbuild)`, code: code('ONBUILD ' + run) }
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3062Spec.hs
    ...spec('go install pinned', 'RUN go install example.com/pkg@v1.2.3'),
    ...spec('go install with local absolute path', 'RUN go install /go/app/foobar'),
    ...spec('go install with local relative path', 'RUN go install ./app/foobar'),
    ...spec('go install local dir', 'RUN go install .'),
    ...spec('go install tool pinned', 'RUN go install tool foobar@v1.2.3'),
    ...spec('go get pinned', 'RUN go get example.com/pkg@v1.2.3'),
    ...spec('go get tool pinned', 'RUN go get -tool foobar@v1.2.3'),
    ...spec('go run pinned', 'RUN go run example.com/pkg@v1.2.3'),
    ...spec('go run pinned with flags (-f)', 'RUN go run example.com/pkg@v1.2.3 -f'),
    ...spec('go run pinned with flags (-foobar)', 'RUN go run example.com/pkg@v1.2.3 -foobar'),
    ...spec('go run pinned with flags (--foobar)', 'RUN go run example.com/pkg@v1.2.3 --foobar'),
    ...spec('go run pinned with arguments', 'RUN go run example.com/pkg@v1.2.3 foobar'),
    ...spec('go run pinned with arguments (--foo bar)', 'RUN go run example.com/pkg@v1.2.3 --foo bar'),
    ...spec('go run with local absolute path', 'RUN go run /go/app/foobar'),
    ...spec('go run with local relative path', 'RUN go run ./app/foobar'),
    ...spec('go run local dir', 'RUN go run .'),
    // hadolint reports these three; without `@version` go.mod decides the version (see `differences`)
    ...spec('go install not pinned', 'RUN go install example.com/pkg'),
    ...spec('go install tool not pinned', 'RUN go install tool foobar'),
    ...spec('go run not pinned', 'RUN go run example.com/pkg'),
    // beyond hadolint
    { name: 'flag values are no packages', code: code(`RUN go install -tags netgo -ldflags '-s -w' -trimpath example.com/cmd/tool@v1.4.0`) },
    { name: 'flags with = and two dashes', code: code('RUN go install -C /src --tags=netgo ./cmd/...') },
    { name: 'go run hands the rest to the program', code: code('RUN go run example.com/gen@v0.3.0 example.com/other@latest') },
    { name: 'go get of local packages and module upgrades with a version', code: code('RUN go get ./... && go get -u example.com/lib@v1.5.0') },
    { name: 'go build and go mod download', code: code('RUN go mod download && go build -o /app ./cmd/app') },
    { name: 'an unknown variable is not guessed at', code: code('RUN go install example.com/cmd/tool@$TOOL_VERSION $TOOLS') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3062Spec.hs
    ...caught(spec('go install pinned as latest', 'RUN go install example.com/pkg@latest'), '`go install` names `example.com/pkg@latest` without a fixed version, so each build may install a different one: pin it, e.g. `example.com/pkg@<version>`.'),
    ...caught(spec('go install tool pinned as latest', 'RUN go install tool foobar@latest'), '`foobar@latest`'),
    ...caught(spec('go get not pinned', 'RUN go get example.com/pkg'), '`go get` names `example.com/pkg` without'),
    ...caught(spec('go get pinned as latest', 'RUN go get example.com/pkg@latest')),
    ...caught(spec('go get tool not pinned', 'RUN go get -tool foobar'), '`foobar`'),
    ...caught(spec('go get tool pinned as latest', 'RUN go get -tool foobar@latest')),
    ...caught(spec('go run pinned as latest', 'RUN go run example.com/pkg@latest')),
    // beyond hadolint
    { name: 'a moving query', code: code('RUN go get -u example.com/lib@upgrade'), lines: [2] },
    { name: 'a branch', code: code('RUN go install github.com/org/tool/cmd/tool@main'), lines: [2] },
    { name: 'after valued flags', code: code(`RUN go install -ldflags '-s -w' -o /usr/local/bin/tool example.com/cmd/tool@latest`), lines: [2], messages: ['`example.com/cmd/tool@latest`'] },
    { name: 'a known version that moves', code: FROM + 'ARG TOOL=golang.org/x/tools/cmd/goimports@latest\nRUN go install $TOOL\n', lines: [3] },
    { name: 'in a build stage', code: code('RUN go install golang.org/x/vuln/cmd/govulncheck@latest\nFROM debian:bookworm-slim'), lines: [2] }
  ]
})
