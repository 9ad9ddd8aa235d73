import rule from '../../src/rules/combine-consecutive-runs.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'

// KICS's multiple_run_add_copy_instructions_listed/test (0008c003): its positive cases and the negative
// cases the index holds. KICS reports the first of several RUNs (this rule each RUN that could join the one
// before), and also COPYs or ADDs in a row to the same destination, which no rule here reports.
const kics = {
  valid: [
    { name: 'kics 0008c003 (differs): positive2.dockerfile, COPYs to one destination', code: 'FROM ubuntu\nCOPY README.md ./\nCOPY package.json ./\nCOPY gulpfile.js ./\nCOPY __BUILD_NUMBER ./\n' },
    { name: 'kics 0008c003 (differs): positive3.dockerfile, ADDs to one destination', code: 'FROM ubuntu\nADD cairo.spec /rpmbuild/SOURCES\nADD cairo-1.13.1.tar.xz /rpmbuild/SOURCES\nADD cairo-multilib.patch /rpmbuild/SOURCES\n' },
    { name: 'kics 0008c003: negative1.dockerfile', code: 'FROM ubuntu\nRUN apt-get install wget && wget https://…/downloadedfile.tar && tar xvzf downloadedfile.tar && rm downloadedfile.tar && apt-get remove wget\n' },
    { name: 'kics 0008c003: negative2.dockerfile', code: 'FROM ubuntu\nCOPY README.md package.json gulpfile.js __BUILD_NUMBER ./\n' },
    {
      name: 'kics 0008c003: negative5.dockerfile (a build stage)',
      code: 'FROM golang:1.16 AS builder\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go    ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\nADD cairo.spec /rpmbuild/SOURCES\nADD cairo-1.13.1.tar.xz /rpmbuild/SOURCES\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=builder /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"]\nRUN useradd -ms /bin/bash patrick\n\nUSER patrick\n'
    }
  ],
  invalid: [
    {
      name: 'kics 0008c003: positive1.dockerfile (KICS reports line 2)',
      code: 'FROM ubuntu\nRUN apt-get install -y wget\nRUN wget https://…/downloadedfile.tar\nRUN tar xvzf downloadedfile.tar\nRUN rm downloadedfile.tar\nRUN apt-get remove wget\n',
      lines: [3, 4, 5, 6]
    }
  ]
}

testRule(rule, {
  valid: [
    ...kics.valid,
    // hadolint test/Hadolint/Rule/DL3059Spec.hs (a FROM added where the spec has none)
    { name: 'DL3059: no RUN at all', code: 'FROM debian:10\n' },
    { name: 'DL3059: one RUN', code: FROM + 'RUN /foo.sh\n' },
    { name: 'DL3059: two RUNs not consecutive', code: FROM + 'RUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n' },
    { name: 'DL3059: one RUN after a comment', code: FROM + '# a comment\nRUN /foo.sh\n' },
    { name: 'DL3059: flags different 1', code: FROM + 'RUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n' },
    { name: 'DL3059: flags different 2', code: FROM + 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=bar /bar.sh\n' },
    { name: 'DL3059: chained 1', code: FROM + 'RUN foo && bar\nRUN foobar\n' },
    { name: 'DL3059: chained 2', code: FROM + 'RUN foo; bar\nRUN foobar\n' },
    { name: 'DL3059: chained 3', code: FROM + 'RUN foobar\nRUN foo && bar\n' },
    { name: 'DL3059: chained 4', code: FROM + 'RUN foobar\nRUN foo; bar\n' },
    { name: 'DL3059: chained 5', code: FROM + 'RUN foo && bar\nRUN foo; bar\n' },
    // beyond hadolint
    { name: 'a build stage (its layers are thrown away)', code: 'FROM golang:1.23 AS build\nRUN go mod download\nRUN go build -o /app .\nFROM debian:bookworm-slim\nCOPY --from=build /app /app\n' },
    { name: 'a pipe is two commands', code: FROM + 'RUN foo\nRUN curl -fsSL https://example.com | tar -x\n' },
    { name: 'a script in sh -c', code: FROM + "RUN foo\nRUN sh -c 'a && b'\n" },
    { name: 'a heredoc script', code: FROM + 'RUN foo\nRUN <<EOF\na\nb\nEOF\n' },
    { name: 'an ONBUILD in between', code: FROM + 'RUN foo\nONBUILD RUN bar\nRUN baz\n' },
    { name: 'ONBUILD triggers', code: FROM + 'ONBUILD RUN foo\nONBUILD RUN bar\n' },
    { name: 'a new stage in between', code: FROM + 'RUN foo\nFROM debian:bookworm-slim\nRUN bar\n' }
  ],
  invalid: [
    ...kics.invalid,
    // hadolint test/Hadolint/Rule/DL3059Spec.hs
    { name: 'DL3059: two consecutive RUNs', code: FROM + 'RUN /foo.sh\nRUN /bar.sh\n', lines: [3], messages: ['`foo.sh` (line 2) and `bar.sh` run as two RUNs of one command each: join them in one RUN (`foo.sh … && bar.sh …`)'] },
    { name: 'DL3059: separated by a comment', code: FROM + 'RUN /foo.sh\n# a comment\nRUN /bar.sh\n', lines: [4] },
    { name: 'DL3059: separated by two comments', code: FROM + 'RUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh\n', lines: [5] },
    { name: 'DL3059: flags equal', code: FROM + 'RUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n', lines: [3] },
    { name: 'DL3059: more than one RUN with one command in a row', code: FROM + 'RUN foo && bar\nRUN foo\nRUN bar\n', lines: [4] },
    // beyond hadolint
    { name: 'three in a row', code: FROM + 'RUN a\nRUN b\nRUN c\n', lines: [3, 4] },
    { name: 'a wrapper and what it runs are one command', code: FROM + 'RUN sudo apt-get update\nRUN sudo apt-get install -y curl\n', lines: [3], messages: ['`apt-get` (line 2) and `apt-get`'] },
    { name: 'exec form', code: FROM + 'RUN ["a"]\nRUN b\n', lines: [3] },
    { name: 'flags in another order', code: FROM + 'RUN --network=none --mount=type=cache,target=/c a\nRUN --mount=type=cache,target=/c --network=none b\n', lines: [3] },
    { name: 'the stage the final one is built FROM', code: 'FROM debian:bookworm-slim AS base\nRUN a\nRUN b\nFROM base\nRUN c\n', lines: [3] },
    { name: 'a multi-line RUN is reported on its first line', code: FROM + 'RUN a\nRUN b \\\n  --flag\n', lines: [3] }
  ]
})
