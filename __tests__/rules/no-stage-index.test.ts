import rule from '../../src/rules/no-stage-index.js'
import { testRule } from '../helpers/test-rule.js'

// KICS's assets/queries/dockerfile/using_unnamed_build_stages/test files (positive only: KICS has no negative one).
const kics =
  'FROM golang:1.16\nWORKDIR /go/src/github.com/foo/href-counter/\nRUN go get -d -v golang.org/x/net/html  \nCOPY app.go ./\nRUN CGO_ENABLED=0 GOOS=linux go build -a -installsuffix cgo -o app .\n\nFROM alpine:latest  \nRUN apk --no-cache add ca-certificates\nWORKDIR /root/\nCOPY --from=0 /go/src/github.com/foo/href-counter/app ./\nCMD ["./app"] \n'
const lower = kics.replace(/^[A-Z]+/gm, (k) => k.toLowerCase())
const BUILD = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n'

testRule(rule, {
  valid: [
    { name: 'a stage by name', code: BUILD + 'FROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/\n' },
    { name: 'an image', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n' },
    { name: 'a name from an ARG', code: 'ARG SRC=build\n' + BUILD + 'FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /out/app /app\n' },
    { name: 'an unknown value is not guessed at', code: BUILD + 'FROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /out/app /app\n' },
    { name: 'an index past the last stage is for copy-from-known-stage', code: 'FROM alpine:3.20\nCOPY --from=3 /a /b\n' },
    { name: 'a stage name with digits', code: 'FROM alpine:3.20 AS stage1\nFROM alpine:3.20\nCOPY --from=stage1 /a /b\n' },
    { name: 'an ONBUILD trigger names a stage of another build', code: 'FROM alpine:3.20\nONBUILD COPY --from=0 /a /b\n' },
    { name: 'a mount from a stage by name', code: BUILD + 'FROM alpine:3.20\nRUN --mount=type=bind,from=build,source=/out,target=/out cp /out/app /app\n' },
    { name: 'an ONBUILD mount is not judged', code: 'FROM alpine:3.20\nONBUILD RUN --mount=from=0,target=/x true\n' },
    { name: 'other mount options with digits', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache,uid=0,mode=0755 true\n' }
  ],
  invalid: [
    {
      name: '68a51e22 positive1: COPY --from=0',
      code: kics,
      lines: [10],
      messages: ['`--from=0` picks stage 0 (`FROM golang:1.16` on line 1) by its position: once a stage is added or moved above it, this COPY silently copies from another one. Name the stage (`FROM golang:1.16 AS build`) and write `--from=build`.']
    },
    { name: '68a51e22 positive2: in lower case', code: lower, lines: [10] },
    // beyond KICS
    {
      name: 'a named stage by index is fixed',
      code: BUILD + 'FROM alpine:3.20\nCOPY --from=0 /out/app /usr/local/bin/\n',
      lines: [4],
      messages: ['`--from=0` picks the stage `build` (`FROM golang:1.23 AS build` on line 1) by its position: write `--from=build`'],
      fix: 'build'
    },
    { name: 'a later stage by index', code: 'FROM alpine:3.20 AS base\nFROM golang:1.23 AS tools\nFROM base\nCOPY --from=1 /usr/local/go /go\n', lines: [4], messages: ['the stage `tools`'], fix: 'tools' },
    { name: 'an index from an ARG (no fix)', code: BUILD + 'FROM alpine:3.20\nARG SRC=0\nCOPY --from=${SRC} /out/app /app\n', lines: [5], messages: ['`--from=${SRC}` picks the stage `build`'] },
    { name: 'a duplicated name is not written in (BuildKit takes the last)', code: 'FROM alpine:3.20 AS x\nFROM alpine:3.20 AS x\nFROM alpine:3.20\nCOPY --from=0 /a /b\n', lines: [4] },
    { name: 'on a continuation line', code: BUILD + 'FROM alpine:3.20\nCOPY \\\n  --from=0 \\\n  /out/app /app\n', lines: [5], fix: 'build' },
    {
      name: 'a mount from an index, which BuildKit does not take',
      code: BUILD + 'FROM alpine:3.20\nRUN --mount=type=bind,from=0,source=/out,target=/out cp /out/app /app\n',
      lines: [4],
      messages: ['`from=0` in `--mount` is not a stage index: BuildKit looks for a stage named `0` and, as there is none, pulls an image called `0`, which fails. To mount stage 0, write `from=build`.']
    },
    { name: 'a mount index from an ARG', code: BUILD + 'FROM alpine:3.20\nARG SRC=0\nRUN --mount=from=$SRC,target=/out true\n', lines: [5], messages: ['`from=0` in `--mount`'] },
    { name: 'CRLF line endings', code: 'FROM golang:1.23 AS build\r\nFROM alpine:3.20\r\nCOPY --from=0 /out/app /app\r\n', lines: [3], fix: 'build' },
    { name: 'a mount from an unnamed stage by index', code: 'FROM golang:1.23\nFROM alpine:3.20\nRUN --mount=from=0,target=/go cp /go/bin/app /app\n', lines: [3], messages: ['which fails. Name the stage (`FROM … AS build`) and write `from=build`.'] }
  ]
})
