import rule from '../../src/rules/instruction-arguments.js'
import { testRule } from '../helpers/test-rule.js'

// BuildKit's own cases: frontend/dockerfile/instructions/parse_test.go (TestCommandsExactlyOneArgument,
// TestCommandsAtLeastOneArgument, TestCommandsNoDestinationArgument, TestErrorCases "copyEmptyWhitespace").
const buildkit = {
  invalid: [
    ...['MAINTAINER', 'WORKDIR', 'USER', 'STOPSIGNAL'].map((keyword) => ({
      name: `BuildKit: ${keyword} alone`,
      code: `${keyword}\n`,
      lines: [1],
      messages: [`"${keyword} requires exactly one argument"`]
    })),
    ...['ENV', 'LABEL', 'ONBUILD', 'HEALTHCHECK', 'EXPOSE', 'VOLUME'].map((keyword) => ({
      name: `BuildKit: ${keyword} alone`,
      code: `${keyword}\n`,
      lines: [1],
      messages: [`"${keyword} requires at least one argument"`]
    })),
    ...['ADD', 'COPY'].map((keyword) => ({
      name: `BuildKit: ${keyword} arg1`,
      code: `${keyword} arg1\n`,
      lines: [1],
      messages: [`"${keyword} requires at least two arguments, but only one was provided. Destination could not be determined"`]
    })),
    { name: 'BuildKit: copyEmptyWhitespace', code: 'COPY\t\n\t\tquux \\\n      bar', lines: [1], messages: ['"COPY requires at least two arguments'] }
  ]
}

testRule(rule, {
  valid: [
    { name: 'FROM with an image', code: 'FROM alpine:3.20\n' },
    { name: 'FROM with a stage name, any case of AS, and a flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.22 as build\nFROM alpine:3.20 AS run\n' },
    { name: 'FROM with a second word other than AS is valid-from’s', code: 'FROM alpine:3.20 builder\n' },
    { name: 'COPY and ADD with sources and a destination', code: 'FROM alpine:3.20\nCOPY . .\nCOPY a b c /d/\nCOPY ["my file", "/app/"]\nCOPY --from=build --chown=app /app /app\nADD https://example.com/app.tar.gz /opt/\n' },
    { name: 'COPY of a heredoc to a destination', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nlisten 80\nEOF\n' },
    { name: 'WORKDIR, MAINTAINER and STOPSIGNAL take the whole line as one argument', code: 'FROM alpine:3.20\nWORKDIR /my app\nMAINTAINER Jane Doe <jane@example.com>\nSTOPSIGNAL SIGTERM\n' },
    // parse_test.go once expected "ARG requires exactly one argument" here; BuildKit now declares both.
    { name: 'ARG with two names', code: 'FROM alpine:3.20\nARG foo bar\n' },
    { name: 'ENV, LABEL, EXPOSE, VOLUME', code: 'FROM alpine:3.20\nENV A=1 B=2\nLABEL a=b\nEXPOSE 80 443\nVOLUME ["/data"]\nVOLUME /cache /logs\n' },
    { name: 'an empty CMD or ENTRYPOINT in JSON form clears the base image’s', code: 'FROM alpine:3.20\nENTRYPOINT []\nCMD []\n' },
    { name: 'USER with a group, an id or variables', code: 'FROM alpine:3.20\nUSER app:staff\nUSER 10001\nUSER ${UID}:${GID}\n' },
    { name: 'a Windows user name may have a space', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER NT AUTHORITY\\SYSTEM\n' },
    { name: 'HEALTHCHECK NONE and CMD', code: 'FROM alpine:3.20\nHEALTHCHECK NONE\nHEALTHCHECK --interval=30s CMD wget -q --spider http://localhost/ || exit 1\n' },
    { name: 'ONBUILD with a trigger', code: 'FROM alpine:3.20\nONBUILD COPY . /app\nONBUILD RUN make\n' },
    { name: 'triggers Docker refuses anyway are valid-onbuild-trigger’s', code: 'FROM alpine:3.20\nONBUILD FROM\nONBUILD MAINTAINER\n' },
    { name: 'SHELL is shell-exec-form’s', code: 'FROM alpine:3.20\nSHELL []\nSHELL\n' },
    { name: 'RUN with nothing is accepted (an empty shell command)', code: 'FROM alpine:3.20\nRUN\n' },
    { name: 'a frontend of its own may read arguments its own way', code: '# syntax=example/frontend:1\nFROM alpine:3.20\nCOPY app\n' }
  ],
  invalid: [
    ...buildkit.invalid,
    { name: 'FROM alone', code: 'FROM\n', lines: [1], messages: ['`FROM` has no arguments, so BuildKit rejects it ("FROM requires either one or three arguments"). Name the base image, e.g. `FROM alpine:3.22`.'] },
    { name: 'FROM … AS with no name', code: 'FROM node:22 AS\n', lines: [1], messages: ['`AS` is not followed by a stage name, so BuildKit rejects it ("FROM requires either one or three arguments"). Name the stage, `FROM node:22 AS build`, or remove `AS`.'] },
    { name: 'a comment after the stage name', code: 'FROM node:22 AS build # compiles the app\n', lines: [1], messages: ['The stage name `build` is followed by `# compiles the app`, so BuildKit rejects it ("FROM requires either one or three arguments"). A Dockerfile has no comments at the end of a line: put the comment on a line of its own, above.'] },
    { name: 'a word after the stage name', code: 'FROM node:22 as build stage\n', lines: [1], messages: ['followed by `stage`, so BuildKit rejects it ("FROM requires either one or three arguments"). Remove the extra words.'] },
    { name: 'COPY with no destination', code: 'FROM alpine:3.20\nCOPY app.jar\n', lines: [2], messages: ['`COPY app.jar` says what to copy but not where to, so BuildKit rejects it ("COPY requires at least two arguments, but only one was provided. Destination could not be determined"). Add the destination, e.g. `COPY app.jar /app/`.'] },
    { name: 'ADD with no destination', code: 'FROM alpine:3.20\nADD https://example.com/app.tar.gz\n', lines: [2], messages: ['says what to add but not where to'] },
    { name: 'COPY in JSON form with one string', code: 'FROM alpine:3.20\nCOPY ["app.jar"]\n', lines: [2], messages: ['`COPY app.jar` says what to copy'] },
    { name: 'COPY with an empty JSON array', code: 'FROM alpine:3.20\nCOPY []\n', lines: [2], messages: ['`COPY` has no arguments'] },
    { name: 'flags are not arguments', code: 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=644 app.jar\n', lines: [2], messages: ['`COPY app.jar`'] },
    { name: 'a heredoc with no destination', code: 'FROM alpine:3.20\nCOPY <<EOF\nlisten 80\nEOF\n', lines: [2], messages: ['`COPY <<EOF` says what to copy'] },
    { name: 'VOLUME with an empty JSON array', code: 'FROM alpine:3.20\nVOLUME []\n', lines: [2], messages: ['"VOLUME requires at least one argument"'] },
    { name: 'ARG alone', code: 'ARG\nFROM alpine:3.20\n', lines: [1], messages: ['"ARG requires at least one argument"'] },
    { name: 'HEALTHCHECK with options only', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s --timeout=3s\n', lines: [2], messages: ['"HEALTHCHECK requires at least one argument"'] },
    {
      name: 'USER with a user and a group',
      code: 'FROM alpine:3.20\nUSER app staff\n',
      lines: [2],
      messages: ['BuildKit reads all of `app staff` as one user name, and no user has a space in its name: the next `RUN`, or the container when it starts, fails with "unable to find user app staff". To set the group too, write `USER app:staff`.']
    },
    { name: 'USER with a comment', code: 'FROM alpine:3.20\nUSER app # drop root\n', lines: [2], messages: ['fails with "unable to find user app # drop root". A Dockerfile has no comments at the end of a line: put the comment on a line of its own, above.'] },
    { name: 'a trigger fails the builds FROM this image', code: 'FROM alpine:3.20\nONBUILD COPY app.jar\n', lines: [2], messages: ['this image builds, but every image built `FROM` it fails ("COPY requires at least two arguments'] },
    { name: 'CMD with nothing', code: 'FROM alpine:3.20\nCMD\n', lines: [2], messages: ['`CMD` with nothing after it sets the command to `/bin/sh -c ""`, which runs nothing, so the container exits as soon as it starts. Write the command, e.g. `CMD ["app"]`, or `CMD []` to clear the base image\'s.'] },
    { name: 'ENTRYPOINT with nothing', code: 'FROM alpine:3.20\nENTRYPOINT\nCMD ["app"]\n', lines: [2], messages: ['which runs nothing and ignores CMD, so the container exits as soon as it starts. Write the program, e.g. `ENTRYPOINT ["app"]`, or `ENTRYPOINT []` to clear the base image\'s.'] },
    { name: 'CMD with nothing in a Windows stage', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD\n', lines: [2], messages: ['`cmd /S /C ""`'] },
    { name: 'CMD with nothing after a SHELL', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD\n', lines: [3], messages: ['`/bin/ash -eo pipefail -c ""`'] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nWORKDIR\r\nCOPY app.jar\r\n', lines: [2, 3] },
    { name: 'lower case', code: 'from alpine:3.20\nworkdir\n', lines: [2], messages: ['"WORKDIR requires exactly one argument"'] }
  ]
})
